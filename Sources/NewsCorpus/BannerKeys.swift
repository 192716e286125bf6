// The corpus's banners, keyed once for the line-by-line check every page makes.

/// Banner texts (normalised, spaces removed) with their scalar keys, lengths and fingerprints.
///
/// Built once for the corpus and shared by every page (a page's own banners get a small set of
/// their own): keying the corpus's banners again for each file cost more than the check itself on
/// an archive with many recurring banners.
public struct BannerKeys: Sendable {
  public let texts: Set<String>
  let keys: Set<LineKey>
  let lengths: Set<Int>
  let fingerprints: Set<UInt64>

  public init(_ texts: Set<String>) {
    self.texts = texts
    keys = Set(texts.map { LineKey(Array($0.unicodeScalars)) })
    lengths = Set(keys.map(\.scalars.count))
    fingerprints = Set(keys.map(\.fingerprint))
  }

  /// Whether a line's normalised scalars, spaces left out, are one of the banners.
  func contains(_ scalars: [Unicode.Scalar]) -> Bool {
    guard !keys.isEmpty, scalars.count <= 80 else { return false }
    // NB: length and fingerprint of the key are read without building it; on a page with many
    // banners most lines fail on one of them, unallocated. A match still compares scalars.
    var length = 0
    var fingerprint = LineKey.offsetBasis
    for scalar in scalars where !scalar.isHorizontalSpace {
      length += 1
      LineKey.mix(scalar, into: &fingerprint)
    }
    guard lengths.contains(length), fingerprints.contains(fingerprint) else { return false }
    return keys.contains(LineKey(scalars.filter { !$0.isHorizontalSpace }))
  }
}
