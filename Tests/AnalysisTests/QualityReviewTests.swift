import Testing
import Extraction
@testable import Analysis

/// Two articles with a repeated paragraph each; only the first states a figure.
private let articles = [1, 20].map { line in
  ArticleRecord(
    file: "a.txt", lineStart: line, lineEnd: line + 10, headline: "第\(line)行的文章", year: 2024,
    flags: [ArticleFlag(.repeatedParagraph, line: line + 4)], places: [.citywide], activityTypes: [], paragraphCount: 3)
}
private let corpus = ParsedCorpus(
  files: [], articles: articles,
  facts: [fact(.volunteers, "10名", value: 10, line: 3, articleLine: 1)],
  stationMentions: [StationMention(
    file: "a.txt", line: 22, article: "第20行的文章", articleLine: 20, programme: "暖心伴考", kind: "服务点",
    scope: .district("延庆区"), year: 2024, quote: "设服务点")],
  diagnostics: [.init(file: "b.txt", line: nil, severity: .error, message: "not text")])

@Test func sourceArticlesAreTheArticlesBehindTheFigures() {
  #expect(VolunteerGrowth(facts: corpus.facts).sourceArticles == [ArticleKey(file: "a.txt", line: 1)])
  // A station named without a count is behind the table too.
  #expect(StationCounts(facts: [], mentions: corpus.stationMentions).sourceArticles == [ArticleKey(file: "a.txt", line: 20)])
}

@Test func aTopicReviewKeepsItsArticlesInputErrorsAndConflicts() {
  let whole = QualityReview.corpus(corpus, conflicts: [])
  #expect(whole.coverage == .corpus && whole.issues.filter { $0.kind == .repeatedParagraph }.count == 2)
  let growth = VolunteerGrowth(facts: corpus.facts)
  let conflict = Conflict(subject: .series(programme: "暖心伴考", year: 2024, metric: .volunteers, subtype: nil), cell: FigureCell([
    fact(.volunteers, "10名", value: 10, line: 3, articleLine: 1), fact(.volunteers, "12名", value: 12, line: 4, articleLine: 1),
  ]))
  let topic = QualityReview.sourceArticles(growth.sourceArticles, of: corpus, conflicts: [conflict])
  #expect(topic.coverage == .sourceArticles(1))
  #expect(topic.issues.map(\.kind) == [.conflict, .inputError, .repeatedParagraph])
  #expect(topic.issues.last?.article == "第1行的文章")
}
