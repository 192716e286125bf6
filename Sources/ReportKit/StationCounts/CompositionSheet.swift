// 全市构成: the citywide breakdowns articles state (高考/中考, 室外/室内, 新增…), by year.
import Analysis
import Xlsx

/// One row per kind, year and part.
struct CompositionSheet {
  let rows: [StationCounts.CompositionRow]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [l("站点类别", "Kind"), l("年份", "Year"), l("构成", "Part"), l("数量", "Count"), l("来源不一致", "Sources disagree")]
    let values: [[CellValue]] = rows.map { [.text($0.kind), .number($0.year), .text($0.part)] }
    let (sheet, _) = try book.addTableSheet(
      "全市构成", about: l(
        "文章给出的全市站点构成：高考/中考、室外/室内、新增等，每行一项；各项按文章原样列出，不代为相加。",
        "Citywide breakdowns the articles state (高考/中考, 室外/室内, new stations…), one per row, as stated; never added up by the report."),
      table: "全市构成表", header: header, rows: values, formats: [1: Styles.year], wrap: [4])
    try book.figures.writeRows(rows, on: sheet, year: (1, \.year), figure: 3, disagreement: 4, cell: \.cell) { row in
      "\(l("全市", "Citywide")) \(row.kind) \(l.year(row.year)) \(row.part)"
    }
    try book.finish(sheet)
  }
}
