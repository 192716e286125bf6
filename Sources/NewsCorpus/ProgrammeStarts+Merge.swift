// Start years gathered file by file and merged, for loaders that never hold the whole corpus.

extension ProgrammeStarts {
  /// Start years by programme name; empty when nothing is known yet.
  public init(yearsByName: [String: Int] = [:]) {
    self.years = yearsByName
  }

  /// Keeps, for every name, the earlier of the two years (as `collect` does across documents).
  public mutating func merge(_ other: ProgrammeStarts) {
    years.merge(other.years) { Swift.min($0, $1) }
  }
}
