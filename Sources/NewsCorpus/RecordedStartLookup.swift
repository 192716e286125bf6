// Start-year look-ups that remember what they were asked, so a loader that extracted a file with a
// provisional table can tell afterwards whether the corpus-wide table would have answered the same.

/// A table of programme start years (by name or by programme id) whose look-ups are recorded.
///
/// NB: a class and not Sendable on purpose: one per file, asked only on the thread extracting it.
public final class RecordedStartLookup {
  public let years: [String: Int]
  public private(set) var answers = StartAnswers()

  public init(_ years: [String: Int]) {
    self.years = years
  }

  /// The start year of `key`, recorded with its answer.
  public func year(of key: String) -> Int? {
    let year = years[key]
    answers.byKey[key] = year
    return year
  }
}

/// The keys a start-year table was asked for, each with the year it gave (nil: none, which is an
/// answer too: another table might know a year).
public struct StartAnswers: Sendable, Equatable {
  public var byKey: [String: Int?] = [:]

  public init(byKey: [String: Int?] = [:]) {
    self.byKey = byKey
  }

  /// Whether `table` gives every recorded answer: then code that read only these keys would read
  /// the same from `table`.
  public func agree(with table: [String: Int]) -> Bool {
    byKey.allSatisfy { key, answer in table[key] == answer }
  }
}
