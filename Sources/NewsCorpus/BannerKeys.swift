// The corpus's banners, keyed once for the line-by-line check every page makes.

/// Banner texts (normalised, spaces removed) with their scalar keys, lengths and fingerprints.
///
/// Built once for the corpus and shared by every page: keying the corpus's banners again for each
/// file cost more than the check itself on an archive with many recurring banners.
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

  /// These and `more` (a page's own banners); self when `more` adds nothing.
  func adding(_ more: Set<String>) -> BannerKeys {
    more.isSubset(of: texts) ? self : BannerKeys(texts.union(more))
  }
}
