// How the model's arrays grow while files are still being merged into them.

/// Room for an array's elements in proportion to the input still to come, so that the model's
/// arrays grow a few times early in a load rather than doubling late.
///
/// NB: doubling moves an array into a buffer twice its size, both resident while it does: near the
/// end of a 100k-article load that held ~70 MB of facts twice. Capacity never written costs address
/// space only (the pages under a large allocation become resident when first written), so a
/// projection that overshoots is cheap and one that falls short only grows again.
struct ProjectedGrowth: Sendable {
  /// The bytes of every file to be merged, and of those merged so far.
  var bytesTotal: Int
  var bytesMerged = 0

  /// Projections start once this share of the bytes is merged: before, the sample is too small.
  static let sample = 1.0 / 64
  /// Room beyond the projection for files denser than those so far.
  static let margin = 1.125

  /// The capacity to give an array that must hold `count` elements and has less room: its share of
  /// the bytes so far scaled to all of them, else (early on, or past the projection) double.
  func capacity(for count: Int, current: Int) -> Int {
    let doubled = max(count, 2 * current)
    let share = Double(bytesMerged) / Double(max(bytesTotal, 1))
    guard share >= Self.sample, share < 1 else { return doubled }
    return max(count, Int((Double(count) / share * Self.margin).rounded(.up)), current + current / 2)
  }
}
