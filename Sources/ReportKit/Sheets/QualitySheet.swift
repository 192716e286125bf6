// The 数据质量 sheet: conflicts, input errors, repeated or truncated text, unknown years.
import Analysis
import Xlsx

/// Lists the issues staff should double-check, conflicts first.
enum QualitySheet {
  static func write(_ issues: [QualityIssue], to book: ReportBook) throws {
    let l = book.language
    let header = [l("类型", "Kind"), l("位置", "Location"), l("文章", "Article"), l("说明", "Detail")]
    let rows: [[CellValue]] = issues.map { issue in
      [.text(l(issue.kind.rawValue, issue.kind.englishName)), .text(issue.location), .text(issue.article), .text(issue.detail)]
    }
    let (sheet, _) = try book.addTableSheet(
      "数据质量", about: l(
        "需要核查的地方：来源不一致的数字、无法读取的输入、重复段落、残段、年份不详的文章。",
        "What to double-check: conflicting figures, unreadable input, repeated paragraphs, fragments, articles of unknown year."),
      table: "数据质量表", header: header, rows: rows, wrap: [2, 3])
    for (index, issue) in issues.enumerated() where issue.kind == .conflict {
      try sheet.write(l(issue.kind.rawValue, issue.kind.englishName), at: CellReference(row: index + 1, column: 0), format: Styles.conflictText)
    }
    try book.finish(sheet)
  }
}
