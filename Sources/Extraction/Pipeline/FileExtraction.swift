// What pass 3 keeps of one file: its summary, records, facts and mentions — not its text.
import NewsCorpus

/// One file's contribution to the parsed model.
struct FileExtraction: Sendable {
  var summary: ParsedCorpus.FileSummary
  var articles: [ArticleRecord] = []
  var facts: [Fact] = []
  var stationMentions: [StationMention] = []

  /// Extracts every article of a segmented, year-resolved document.
  init(_ document: Document, bytes: Int, extractor: FactExtractor) {
    summary = ParsedCorpus.FileSummary(document, bytes: bytes)
    for article in document.articles {
      let extraction = extractor.extract(article)
      articles.append(extraction.record)
      facts += extraction.facts
      stationMentions += extraction.stationMentions
    }
  }
}
