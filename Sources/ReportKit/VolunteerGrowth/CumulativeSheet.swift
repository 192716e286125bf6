// 累计数据: running totals (累计, N年来) with the period each covers, kept apart from yearly figures.
import Analysis
import Xlsx

/// One row per cumulative measure and period.
struct CumulativeSheet {
  let rows: [VolunteerGrowth.CumulativeRow]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [l("指标", "Measure"), l("起始年", "From"), l("截止年", "To"), l("数值", "Figure"), l("单位", "Unit"), l("来源不一致", "Sources disagree")]
    let values: [[CellValue]] = rows.map { row in
      [.text(l.label(row.metric)), .number(row.periodStart), .number(row.periodEnd), .blank, .text(row.cell.leading?.unit)]
    }
    let (sheet, _) = try book.addTableSheet(
      "累计数据", about: l(
        "累计数字（“累计”“N年来”），每行注明起止年份；不与逐年数字相加或比较。",
        "Running totals (累计, N年来), each with its period; never added to or compared with yearly figures."),
      table: "累计数据表", header: header, rows: values, formats: [1: Styles.year, 2: Styles.year], wrap: [5])
    for (r, row) in rows.enumerated() {
      let at = { (column: Int) in CellReference(row: r + 1, column: column) }
      if row.periodStart == nil { try book.figures.writeGap(at: at(1), on: sheet) }
      if row.periodEnd == nil { try book.figures.writeGap(at: at(2), on: sheet) }
      let subject = l("累计（\(l.period(row.periodStart, row.periodEnd))）", "Total (\(l.period(row.periodStart, row.periodEnd)))") + " " + l.label(row.metric)
      try book.figures.write(row.cell, at: at(3), disagreement: at(5), on: sheet, subject: subject)
    }
    try book.finish(sheet)
  }
}
