// One dump file: its encoding, its articles, its year.

/// A parsed dump file.
public struct Document: Sendable {
  /// The file's path as given to the loader.
  public var file: String
  public var encoding: TextEncoding
  public var lineCount: Int
  public var articles: [Article]
  /// The page's year, from its articles' explicit years (see `YearResolver`).
  public var year: Int?
  /// The evidence of the first article of the page's year (`noSupport` when no article has one),
  /// or the page's printed date.
  public var yearEvidence: YearEvidence
  /// The date the page prints in its masthead, if it prints one: the page's year.
  public var printedDate: PrintedDate?

  public init(
    file: String, encoding: TextEncoding, lineCount: Int, articles: [Article], year: Int? = nil,
    yearEvidence: YearEvidence = YearEvidence(.unresolved), printedDate: PrintedDate? = nil
  ) {
    self.file = file
    self.encoding = encoding
    self.lineCount = lineCount
    self.articles = articles
    self.year = year
    self.yearEvidence = yearEvidence
    self.printedDate = printedDate
  }

  /// Parses one file on its own: banners are known only from the file itself and programme
  /// anniversaries only from programmes started in this file. `Corpus.load` knows more.
  public static func parse(bytes: [UInt8], file: String) throws(CorpusDiagnostic) -> Document {
    let staged = try StagedFile(bytes: bytes, file: file)
    var document = staged.segment()
    let starts = ProgrammeStarts.collect(from: [document])
    YearResolver.resolve(&document, programmeStarts: starts)
    return document
  }
}
