import Testing
import Extraction
@testable import Analysis

/// How an article's flags become rows of 数据质量: one per kind, naming every line.
@Test(arguments: [
  ([ArticleFlag(.repeatedParagraph, line: 12)], ["重复段落：第12行整段重复前文，只计一次"]),
  (
    [ArticleFlag(.repeatedParagraph, line: 12), ArticleFlag(.repeatedParagraph, line: 40), ArticleFlag(.repeatedText, line: 77)],
    ["重复段落：第12、40行整段重复前文，只计一次；第77行有一句重复前文，只计一次"]
  ),
  (
    [ArticleFlag(.truncated, line: 9), ArticleFlag(.fragment, line: 5), ArticleFlag(.noHeadline, line: 3)],
    ["残段/截断：第5行的段落开头不完整，前文缺失；第9行的段落在句中断开，后文缺失", "无标题：有正文，没有标题（第3行起）"]
  ),
  ([ArticleFlag(.noBody, line: 2), ArticleFlag(.headlineMismatch, line: 2)], ["标题与正文不符：第2行的标题与正文没有共同的关键词", "无正文：第2行只有标题，没有正文"]),
  ([], []),
])
func flagsGroupByKindInTheSheetsOrder(flags: [ArticleFlag], rows: [String]) {
  #expect(ArticleFlagGroup.groups(of: flags).map { "\($0.kind.rawValue)：\($0.detail)" } == rows)
}

@Test func ranksFollowTheDeclaredOrder() {
  #expect(QualityIssue.Kind.allCases.map(\.rank) == Array(QualityIssue.Kind.allCases.indices))
}

/// Articles are listed in corpus order within a kind (line 9 before line 10, which a text sort
/// of `a.txt:10-…` and `a.txt:9-…` would not give), kinds in the sheet's order.
@Test func issuesComeKindByKindInCorpusOrder() {
  let articles = [9, 10].map { line in
    ArticleRecord(
      file: "a.txt", lineStart: line, lineEnd: line, headline: "第\(line)行", year: line == 9 ? nil : 2024,
      yearEvidence: "unknown", flags: [ArticleFlag(.fragment, line: line), ArticleFlag(.fragment, line: line + 2)],
      places: [], activityTypes: [], paragraphCount: 1)
  }
  let corpus = ParsedCorpus(
    files: [], articles: articles, facts: [], stationMentions: [],
    diagnostics: [.init(file: "b.txt", line: 4, severity: .error, message: "not text")])
  let issues = QualityIssue.all(in: corpus, conflicts: [])
  #expect(issues.map(\.kind) == [.inputError, .fragment, .fragment, .unknownYear])
  #expect(issues.map(\.location) == ["b.txt:4", "a.txt:9-9", "a.txt:10-10", "a.txt:9-9"])
  #expect(issues[1].detail == "第9、11行的段落开头不完整，前文缺失")
}

/// A reading names its first three sources and counts the rest; the 来源 sheet has them all.
@Test func aConflictNamesThreeSourcesPerReading() {
  let many = (1...5).map { fact(.volunteers, "10名", value: 10, line: $0, articleLine: 1) }
  let conflict = Conflict(subject: "2024年 志愿者", cell: FigureCell(many + [fact(.volunteers, "12名", value: 12, line: 9, articleLine: 1)]))
  #expect(conflict.summary.hasSuffix(":3 等 5 处） 与 12名（\(many[0].file):9）"))
}
