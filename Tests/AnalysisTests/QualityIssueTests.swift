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
  let conflict = Conflict(subject: "2024年 志愿者", cell: FigureCell(many + [fact(.volunteers, "12名", value: 12, line: 9, articleLine: 1)]))
  #expect(conflict.summary.hasSuffix(":3 等 5 处） 与 12名（\(many[0].file):9）"))
}
