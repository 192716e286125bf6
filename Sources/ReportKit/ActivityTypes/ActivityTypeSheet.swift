// 活动类型: one row per activity type with articles, places, years, summed participants, examples.
import Analysis
import Extraction
import Xlsx

/// The type table; participants are summed bounds with the count of articles giving no figure.
struct ActivityTypeSheet {
  let summary: ActivityTypeSummary

  func write(to book: ReportBook) throws -> Table {
    let l = book.language
    let header = [
      l("活动类型", "Activity type"), l("文章数", "Articles"), l("主类型文章数", "As primary type"), l("涉及地区", "Places"),
      l("年份", "Years"), l("参与人数下限合计", "Participants, sum of low bounds"), l("参与人数上限合计", "Participants, sum of high bounds"),
      l("给出人数的文章", "Articles with a figure"), l("未给人数的文章", "Articles without a figure"), l("示例标题", "Example headlines"),
    ]
    let rows: [[CellValue]] = summary.rows.map { row in
      [
        .text(l.activity(row.label)), .number(row.articles), .number(row.primaryArticles),
        .text(Scope.list(row.places)), .text(row.years.map(String.init).joined(separator: "、")),
        .blank, .blank, .number(row.articlesWithParticipants), .number(row.articlesWithoutParticipants),
        .text(row.exampleHeadlines.joined(separator: "\n")),
      ]
    }
    let (sheet, table) = try book.addTableSheet(
      "活动类型", about: l(
        "每类活动一行：文章数、涉及地区和年份、参与人数（每篇文章取其最大的人数，不含累计数字，按上下限分别相加；“无上限”表示有“余”“超”等开口数字）、给出与未给人数的文章数、示例标题。",
        "One row per activity type: articles, places and years, participants (each article's largest head count, running totals left out, low and high bounds summed separately; 无上限 where a figure is open above, e.g. 余/超), articles with and without a figure, example headlines."),
      table: "活动类型表", header: header, rows: rows,
      formats: [1: Styles.count, 2: Styles.count, 7: Styles.count, 8: Styles.count], wrap: [3, 4, 9])
    for (r, row) in summary.rows.enumerated() {
      let at = { (column: Int) in CellReference(row: r + 1, column: column) }
      guard row.articlesWithParticipants > 0 else {
        try book.figures.writeGap(at: at(5), on: sheet)
        try book.figures.writeGap(at: at(6), on: sheet)
        continue
      }
      // NB: when no summed figure has a low bound (近80人), the low sum is unknown, not 0.
      if row.participantFacts.contains(where: { $0.low != nil }) {
        try book.figures.writeSum(row.participantsLow, of: row.participantFacts, at: at(5), on: sheet, subject: "\(l.activity(row.label)) \(header[5])")
      } else {
        try book.figures.writeGap(at: at(5), on: sheet)
      }
      if let high = row.participantsHigh {
        try book.figures.writeSum(high, of: row.participantFacts, at: at(6), on: sheet, subject: "\(l.activity(row.label)) \(header[6])")
      } else {
        try sheet.write(l("无上限", "open"), at: at(6), format: Styles.muted)
      }
    }
    try book.finish(sheet, freezeColumns: 1)
    return table
  }
}
