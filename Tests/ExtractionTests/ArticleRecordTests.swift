import NewsCorpus
import Testing
@testable import Extraction

/// A record gives back the year evidence it was given.
@Test(arguments: [
  YearEvidence(.latestStated, quote: "2025年", line: 15),
  YearEvidence(.latestStatedForItsEvents, quote: "2025年度区级创新工", line: 47),
  YearEvidence(.anniversary(programme: "暖心伴考", ordinal: 10), quote: "连续第十年", line: 5),
  YearEvidence(.anniversary(programme: "驿站e", ordinal: 100), quote: "\u{301}第100年", line: 1),
  YearEvidence(.relativeToThePage, quote: "日前", line: 95),
  YearEvidence(.pageYear),
  YearEvidence(.relativeWithoutPageYear, quote: "8 月 14 日中午", line: 3),
  YearEvidence(.noSupport),
  YearEvidence(.unresolved),
])
func aRecordGivesBackItsYearEvidence(_ evidence: YearEvidence) {
  var record = ArticleRecord(
    file: "a.txt", lineStart: 1, lineEnd: 9, headline: "标题", year: 2024, yearEvidence: evidence, places: [],
    activityTypes: [], paragraphCount: 1)
  #expect(record.yearEvidence == evidence)
  #expect(record.yearEvidence.quote.unicodeScalars.elementsEqual(evidence.quote.unicodeScalars))
  record.yearEvidence = YearEvidence(.noSupport)
  #expect(record.yearEvidence == YearEvidence(.noSupport))
}

/// On the seeds, every record's year evidence is its article's.
@Test func recordsKeepTheirArticlesYearEvidence() throws {
  let corpus = try Corpus.load(from: SeedModel.seeds)
  let records = ParsedCorpus(corpus).articles
  #expect(records.map(\.yearEvidence) == corpus.articles.map(\.yearEvidence))
  #expect(records.contains { $0.yearEvidence.kind == .anniversary })
}

/// A record made alone (for a listing) is the one extraction makes, on every article of the seeds.
@Test func aRecordMadeWithoutTheFiguresIsTheExtractionsRecord() throws {
  let corpus = try Corpus.load(from: SeedModel.seeds)
  let extractor = FactExtractor(programmeStarts: ["暖心伴考": 2015])
  #expect(!corpus.articles.isEmpty)
  for article in corpus.articles {
    #expect(extractor.record(article) == extractor.extract(article).record, "\(article.file):\(article.lineStart)")
  }
}
