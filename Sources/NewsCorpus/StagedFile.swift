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

  /// Keys of the unpunctuated short lines among the first `bannerZone` content lines.
  static func titleKeys(atTopOf lines: [SourceLine]) -> Set<String> {
    var keys: Set<String> = []
    for line in lines.lazy.filter({ !$0.isBlank }).prefix(StagedFile.bannerZone) {
      let shape = line.shape
      if !shape.endsSentence, shape.width <= BlockReader.maxTitleWidth {
        keys.insert(PageContext.key(line.normalized.scalars))
      }
    }
    return keys
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
    let articles = Segmenter.segment(blocks).map { builder.build($0) }
    return Document(
      file: file, encoding: encoding, lineCount: lines.count, articles: articles,
      printedDate: PrintedDate.find(in: blocks, scalars: scalars))
  }

  /// Banners: top-of-page title lines that recur in two or more files.
  public static func recurringBanners(_ files: [StagedFile]) -> Set<String> {
    BannerSurvey.recurring(files.map(\.topTitleKeys))
  }
}
