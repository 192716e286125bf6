// A decoded file split into analysed lines: the per-file work before corpus-wide facts are known.

/// One decoded file and its lines, ready to be segmented.
public struct StagedFile: Sendable {
  public let file: String
  public let encoding: TextEncoding
  let scalars: [Unicode.Scalar]
  let lines: [SourceLine]

  /// Content lines near the top of a page that a page banner can occupy.
  static let bannerZone = 5

  /// Decodes `bytes` and splits them into lines; throws the diagnostic when the file is not text.
  public init(bytes: [UInt8], file: String) throws(CorpusDiagnostic) {
    let decoded = try TextDecoder.decode(bytes, file: file)
    self.file = file
    self.encoding = decoded.encoding
    self.scalars = decoded.scalars
    self.lines = SourceLine.split(decoded.scalars)
  }

  /// Keys of the unpunctuated short lines at the top of the page: banner candidates.
  var topTitleKeys: Set<String> { Self.titleKeys(atTopOf: lines) }

  /// The fingerprint of the top of the page, where banners are looked for (`topZone(of:)`).
  var topZone: UInt64 { Self.topZone(of: lines) }

  /// A fingerprint (FNV-1a) of the normalised content lines the banner candidates are read from.
  /// Two files with the same top are one page saved twice, and count once towards a banner: a
  /// duplicate must not make its own headline recur.
  static func topZone(of lines: [SourceLine]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x0000_0100_0000_01b3
    for line in lines.lazy.filter({ !$0.isBlank }).prefix(bannerZone + 1) {
      for scalar in line.normalized.scalars { hash = (hash ^ UInt64(scalar.value)) &* prime }
      hash = (hash ^ UInt64(("\n" as Unicode.Scalar).value)) &* prime  // NB: lines stay apart: `ab`+`c` is not `a`+`bc`
    }
    return hash
  }

  /// Keys of the unpunctuated short lines among the first `bannerZone` content lines that stand
  /// over another title line.
  ///
  /// NB: a banner sits above the page's first headline; a headline stands over its byline or its
  /// text. A headline at the top of two pages (a story reprinted, a recurring title) is no banner,
  /// and must not be cut from every page that prints it.
  static func titleKeys(atTopOf lines: [SourceLine]) -> Set<String> {
    var keys: Set<String> = []
    let content = Array(lines.lazy.filter { !$0.isBlank }.prefix(StagedFile.bannerZone + 1))
    for (index, line) in content.prefix(StagedFile.bannerZone).enumerated() where index + 1 < content.count {
      let shape = line.shape
      if !shape.endsSentence, shape.width <= BlockReader.maxTitleWidth, couldBeATitle(content[index + 1]) {
        keys.insert(PageContext.key(line.normalized.scalars))
      }
    }
    return keys
  }

  /// Whether a line can be a title line: short, unpunctuated, no byline.
  static func couldBeATitle(_ next: SourceLine) -> Bool {
    let shape = next.shape
    let text = next.normalized.scalars
    return !shape.endsSentence && !shape.hasInnerPunctuation && shape.width <= BlockReader.maxTitleWidth
      && BylineParser.leading(text) == nil && BylineParser.standalone(text) == nil
  }

  /// Segments the file into articles (years not yet resolved).
  public func segment(banners: Set<String> = []) -> Document {
    segment(banners: BannerKeys(banners))
  }

  /// The same with the corpus's banners keyed once for all its files.
  public func segment(banners: BannerKeys) -> Document {
    let context = PageContext(lines, banners: banners)
    let blocks = BlockReader.read(lines, context: context)
    var builder = ArticleBuilder(scalars: scalars, file: file, context: context)
    var articles = Segmenter.segment(blocks, repeated: context.repeatedLines).map { builder.build($0) }
    // NB: a union's newsletter names its union in the masthead (`门头沟区总工会 2024-07-15`): the
    // unit of every story on the page that names none of its own, so `区总工会`, `我区` have a place.
    if let issuer = Masthead.issuer(in: blocks) {
      for index in articles.indices where articles[index].byline.unit == nil { articles[index].byline.unit = issuer }
    }
    return Document(
      file: file, encoding: encoding, lineCount: lines.count, articles: articles,
      printedDate: PrintedDate.find(in: blocks, scalars: scalars))
  }

  /// Banners: top-of-page title lines that recur in two or more files.
  public static func recurringBanners(_ files: [StagedFile]) -> Set<String> {
    BannerSurvey.recurring(files.map { (zone: $0.topZone, keys: $0.topTitleKeys) })
  }
}
