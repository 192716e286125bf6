// What the extraction keeps of one file: its summary, records, facts and mentions — not its text.
import NewsCorpus

/// One file's contribution to the parsed model.
struct FileExtraction: Sendable {
  var summary: ParsedCorpus.FileSummary
  var articles: [ArticleRecord] = []
  var facts: [Fact] = []
  var stationMentions: [StationMention] = []

  /// Extracts every article of a segmented, year-resolved document with `extract`, which is given
  /// the name of the file (made once for all its articles).
  init(_ document: Document, bytes: Int, extract: (Article, String) -> ArticleExtraction) {
    summary = ParsedCorpus.FileSummary(document, bytes: bytes)
    let file = FileName.of(document.file)
    for article in document.articles {
      let extraction = extract(article, file)
      articles.append(extraction.record)
      facts += extraction.facts
      stationMentions += extraction.stationMentions
    }
    shareQuotes()
  }

  /// Gives the facts and mentions that quote the same sentence (byte for byte) one copy of it.
  ///
  /// NB: each fact and mention makes its own copy of its sentence (~120 bytes), and a sentence
  /// often holds several figures: a fifth of the quotes repeated another of their file.
  private mutating func shareQuotes() {
    var quotes = Set<ExactText>(minimumCapacity: facts.count + stationMentions.count)
    for index in facts.indices {
      facts[index].quote = quotes.insert(ExactText(facts[index].quote)).memberAfterInsert.string
    }
    for index in stationMentions.indices {
      stationMentions[index].quote = quotes.insert(ExactText(stationMentions[index].quote)).memberAfterInsert.string
    }
  }

  /// Segments a file with the corpus's banners, resolves its years with the corpus's programme
  /// start years and extracts it: what the loader gives when everything is known.
  init(
    bytes: [UInt8], file: String, banners: BannerKeys, starts: ProgrammeStarts, extractor: FactExtractor
  ) throws(CorpusDiagnostic) {
    var document = try StagedFile(bytes: bytes, file: file).segment(banners: banners)
    YearResolver.resolve(&document, programmeStarts: starts)
    let starts = extractor.programmeStarts
    self.init(document, bytes: bytes.count) { extractor.extract($0, file: $1) { starts[$0] } }
  }
}
