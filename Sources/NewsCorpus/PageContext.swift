// What the classifier knows about the whole file before reading it line by line.
import ChineseText

/// File-wide facts: the column width lines are broken at, repeated lines, banner lines.
struct PageContext: Sendable {
  /// Display width of a packed column line, when the file is broken at a narrow column.
  var columnWidth: Int?
  /// Line numbers whose content (10 or more scalars) already appeared earlier in the file.
  var repeatedLines: LineNumbers
  /// The corpus's banners, shared by every page, and this page's own others.
  /// NB: kept apart, so a page with a banner of its own never re-keys the corpus's.
  let banners: BannerKeys
  let pageBanners: BannerKeys

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
    var repeated = LineNumbers(upTo: lines.last?.number ?? 0)
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
    self.banners = banners
    pageBanners = BannerKeys(PageContext.pageBanners(lines).subtracting(banners.texts))
  }

  /// A level-1 heading directly followed by a deeper heading or another title: the page's banner.
  /// A byline under it (`本报记者 龙思洁`, `本报讯(记者 邓娜阳)`) makes it a story's headline instead.
  static func pageBanners(_ lines: [SourceLine]) -> Set<String> {
    let content = lines.filter { !$0.isBlank }
    guard content.contains(where: { $0.headingLevel >= 2 }) else { return [] }
    var banners: Set<String> = []
    for (index, line) in content.enumerated() where line.headingLevel == 1 && index + 1 < content.count {
      let next = content[index + 1]
      if next.headingLevel >= 2 || StagedFile.couldBeATitle(next) {
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
    banners.contains(line.normalized.scalars) || pageBanners.contains(line.normalized.scalars)
  }

  /// Whether an unpunctuated line is as wide as a packed column line.
  func isPacked(_ shape: LineShape) -> Bool {
    guard let columnWidth else { return false }
    return Double(shape.width) >= Double(columnWidth) * PageContext.packedShare
  }
}

/// A set of a page's line numbers, one flag a line.
/// NB: asked for every piece of every paragraph; a `Set<Int>` hashed each number with SipHash.
struct LineNumbers: Sendable {
  private var flags: [Bool]

  /// An empty set for lines 1 through `last`.
  init(upTo last: Int) { flags = Array(repeating: false, count: max(last, 0) + 1) }

  func contains(_ number: Int) -> Bool { number >= 0 && number < flags.count && flags[number] }

  mutating func insert(_ number: Int) {
    if number >= flags.count { flags += Array(repeating: false, count: number + 1 - flags.count) }
    flags[number] = true
  }
}
