import Testing
import Extraction
@testable import Analysis

@Test func ranksFollowTheDeclaredOrder() {
  #expect(QualityIssue.Kind.allCases.map(\.rank) == Array(QualityIssue.Kind.allCases.indices))
}

/// Articles are listed in corpus order within a kind (line 9 before line 10, which a text sort
/// of `a.txt:10-…` and `a.txt:9-…` would not give), kinds in the sheet's order.
@Test func issuesComeKindByKindInCorpusOrder() {
  let articles = [9, 10].map { line in
    ArticleRecord(
      file: "a.txt", lineStart: line, lineEnd: line, headline: "第\(line)行", year: line == 9 ? nil : 2024,
      flags: [ArticleFlag(.fragment, line: line), ArticleFlag(.fragment, line: line + 2)],
      places: [], activityTypes: [], paragraphCount: 1)
  }
  let corpus = ParsedCorpus(
    files: [], articles: articles, facts: [], stationMentions: [],
    diagnostics: [.init(file: "b.txt", line: 4, severity: .error, message: "not text")])
  let issues = QualityIssue.all(in: corpus, conflicts: [])
  #expect(issues.map(\.kind) == [.inputError, .fragment, .fragment, .unknownYear])
  #expect(issues.map(\.location) == ["b.txt:4", "a.txt:9-9", "a.txt:10-10", "a.txt:9-9"])
  #expect(issues[1].detail(.zh) == "第9、11行的段落开头不完整，前文缺失")
  #expect(issues[1].detail(.en) == "lines 9, 11 start mid-sentence, the text before is missing")
}

/// A reading names its first three sources and counts the rest; the 来源 sheet has them all.
@Test func aConflictNamesThreeSourcesPerReading() {
  let many = (1...5).map { fact(.volunteers, "10名", value: 10, line: $0, articleLine: 1) }
  let subject = Conflict.Subject.series(programme: "暖心伴考", year: 2024, metric: .volunteers, subtype: nil)
  let conflict = Conflict(subject: subject, cell: FigureCell(many + [fact(.volunteers, "12名", value: 12, line: 9, articleLine: 1)]))
  let file = many[0].file
  #expect(conflict.summary(.zh) == "10名（\(file):1、\(file):2、\(file):3 等 5 处） 与 12名（\(file):9）")
  #expect(conflict.summary(.en) == "10名 (\(file):1, \(file):2, \(file):3 and 2 more) vs 12名 (\(file):9)")
}

/// What a conflict is about, in each language: a growth series' year, or a place's station count.
@Test(arguments: [
  (Conflict.Subject.series(programme: "暖心伴考", year: 2025, metric: .volunteers, subtype: nil), "暖心伴考 2025年 志愿者", "暖心伴考 2025 Volunteers"),
  (
    .series(programme: "暖心伴考", year: 2024, metric: .stations, subtype: "室外"),
    "暖心伴考 2024年 服务站点（室外）", "暖心伴考 2024 Service stations (室外)"
  ),
  (.stations(place: .citywide, kind: "伴考服务站点", year: 2025), "全市 伴考服务站点 2025年", "全市 伴考服务站点 2025"),
  (.stations(place: .district("大兴区"), kind: "户外劳动者暖心驿站", year: nil), "大兴区 户外劳动者暖心驿站 年份不详", "大兴区 户外劳动者暖心驿站 year unknown"),
])
func aConflictsSubjectIsWordedInBothLanguages(subject: Conflict.Subject, zh: String, en: String) {
  #expect(subject.label(.zh) == zh)
  #expect(subject.label(.en) == en)
}

/// A conflict's row says what, then every reading.
@Test func aConflictsRowNamesItsSubjectAndReadings() throws {
  let subject = Conflict.Subject.stations(place: .district("大兴区"), kind: "户外劳动者暖心驿站", year: 2024)
  let cell = FigureCell([
    fact(.stations, "12家", value: 12, line: 3, articleLine: 1), fact(.stations, "38家", value: 38, line: 8, articleLine: 1),
  ])
  let row = try #require(QualityIssue.rows(of: [Conflict(subject: subject, cell: cell)]).first)
  let file = cell.figures[0].primary.file
  #expect(row.detail(.zh) == "大兴区 户外劳动者暖心驿站 2024年：12家（\(file):3） 与 38家（\(file):8）")
  #expect(row.detail(.en) == "大兴区 户外劳动者暖心驿站 2024: 12家 (\(file):3) vs 38家 (\(file):8)")
}
