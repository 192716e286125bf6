// What the classifier knows about the whole file before reading it line by line.
import ChineseText

/// File-wide facts: the column width lines are broken at, repeated lines, banner lines.
struct PageContext: Sendable {
  /// Display width of a packed column line, when the file is broken at a narrow column.
  var columnWidth: Int?
  /// Line numbers whose content (10 or more scalars) already appeared earlier in the file.
  var repeatedLines: Set<Int>
  /// The banners every line is checked against: the corpus's and this page's own.
  let banners: BannerKeys

  /// Below this share of the column width, an unpunctuated line is too short to be a packed body line.
  static let packedShare = 0.85
  /// A file is column-broken when its packed lines are at most this wide (30 Han).
  static let maxColumnWidth = 60
  /// Fewest packed lines needed to estimate a column width.
  static let minPackedLines = 8
  /// Shortest line worth checking for repetition, in scalars.
  static let minRepeatedLength = 10

  init(_ lines: [SourceLine], banners: BannerKeys) {
    var widths: [Int] = []
    var seen: Set<LineKey> = []
    var repeated: Set<Int> = []
    for line in lines where !line.isBlank && line.headingLevel == 0 {
      let shape = line.shape
      if !shape.endsSentence, shape.hasInnerPunctuation { widths.append(shape.width) }
      if line.normalized.scalars.count >= PageContext.minRepeatedLength,
        !seen.insert(LineKey(line.normalized.scalars)).inserted
      {
        repeated.insert(line.number)
      }
    }
    widths.sort()
    if widths.count >= PageContext.minPackedLines, widths[widths.count / 2] <= PageContext.maxColumnWidth {
      columnWidth = widths[widths.count / 2]
    }
    repeatedLines = repeated
    self.banners = banners.adding(PageContext.pageBanners(lines))
  }

  /// A level-1 heading directly followed by a deeper heading or another title: the page's banner.
  static func pageBanners(_ lines: [SourceLine]) -> Set<String> {
    let content = lines.filter { !$0.isBlank }
    guard content.contains(where: { $0.headingLevel >= 2 }) else { return [] }
    var banners: Set<String> = []
    for (index, line) in content.enumerated() where line.headingLevel == 1 && index + 1 < content.count {
      let next = content[index + 1]
      let nextShape = next.shape
      if next.headingLevel >= 2 || (!nextShape.endsSentence && !nextShape.hasInnerPunctuation) {
        banners.insert(key(line.normalized.scalars))
      }
    }
    return banners
  }

  /// The comparison key of a banner: normalised text with spaces removed.
  static func key(_ scalars: [Unicode.Scalar]) -> String {
    String(scalars: scalars.filter { !$0.isHorizontalSpace })
  }

  func isBanner(_ line: SourceLine) -> Bool {
    let scalars = line.normalized.scalars
    guard !banners.keys.isEmpty, scalars.count <= 80 else { return false }
    // NB: length and fingerprint of the key are read without building it; on a page with many
    // banners most lines fail on one of them, unallocated. A match still compares scalars.
    var length = 0
    var fingerprint = LineKey.offsetBasis
    for scalar in scalars where !scalar.isHorizontalSpace {
      length += 1
      LineKey.mix(scalar, into: &fingerprint)
    }
    guard banners.lengths.contains(length), banners.fingerprints.contains(fingerprint) else { return false }
    return banners.keys.contains(LineKey(scalars.filter { !$0.isHorizontalSpace }))
  }

  /// Whether an unpunctuated line is as wide as a packed column line.
  func isPacked(_ shape: LineShape) -> Bool {
    guard let columnWidth else { return false }
    return Double(shape.width) >= Double(columnWidth) * PageContext.packedShare
  }
}
