// A line's normalised scalars as a cheap set member, for finding lines printed twice on a page.

/// A line's scalars as a set member, hashed once with FNV-1a.
/// NB: a `Set<[Unicode.Scalar]>` feeds every scalar of every line through `Hasher`; here the
/// hasher sees one word, and equal hashes still compare the scalars, so membership is exact.
struct LineKey: Hashable {
  let scalars: [Unicode.Scalar]
  let fingerprint: UInt64

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
    fingerprint = hash
  }

  func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

  static func == (lhs: LineKey, rhs: LineKey) -> Bool {
    lhs.fingerprint == rhs.fingerprint && lhs.scalars == rhs.scalars
  }
}
