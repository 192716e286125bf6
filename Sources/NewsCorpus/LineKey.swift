// A line's normalised scalars as a cheap set member, for finding lines printed twice on a page.

/// A line's scalars as a set member, hashed once with FNV-1a.
/// NB: a `Set<[Unicode.Scalar]>` feeds every scalar of every line through `Hasher`; here the
/// hasher sees one word, and equal hashes still compare the scalars, so membership is exact.
struct LineKey: Hashable {
  let scalars: [Unicode.Scalar]
  let fingerprint: UInt64

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var fingerprint = LineKey.offsetBasis
    for scalar in scalars { LineKey.mix(scalar, into: &fingerprint) }
    self.fingerprint = fingerprint
  }

  /// FNV-1a, one scalar at a time: start from `offsetBasis`, `mix` each scalar in.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func mix(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
    hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
  }

  func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

  static func == (lhs: LineKey, rhs: LineKey) -> Bool {
    lhs.fingerprint == rhs.fingerprint && lhs.scalars == rhs.scalars
  }
}
