// 站点数量: one row per place, one column per station kind and year; counted, mentioned or gap.
import Analysis
import Extraction
import Xlsx

/// The district table: 地区, a column per kind-year, 来源不一致.
struct StationTableSheet {
  let counts: StationCounts

  func write(to book: ReportBook) throws -> Table {
    let l = book.language
    let header = [l("地区", "Place")] + counts.columns.map { $0.header(l) } + [l("来源不一致", "Sources disagree")]
    let rows: [[CellValue]] = counts.rows.map { [.text($0.label)] }
    let (sheet, table) = try book.addTableSheet(
      "站点数量", about: l(
        "每行一个地区（16区、经开区、全市、京外），每列一种站点一年：数字是文章给出的数量；绿色“有（未计数）”是提到但没给数量（至少1个）；灰色空档是没有数据。",
        "One row per place (16 districts, the development zone, the whole city, outside Beijing), one column per station kind and year: a number is a stated count; green 有（未计数） is named without a count (at least 1); grey is no data."),
      table: "站点数量表", header: header, rows: rows, wrap: [header.count - 1])
    for (r, place) in counts.rows.enumerated() {
      var conflicts: [String] = []
      for (c, column) in counts.columns.enumerated() {
        let at = CellReference(row: r + 1, column: c + 1)
        let subject = "\(place.label) \(column.header(l))"
        switch counts.cell(place, column) {
        case .counted(let cell):
          if let readings = try book.figures.write(cell, at: at, on: sheet, subject: subject) {
            conflicts.append(column.header(l) + l.colon + readings)
          }
        case .mentioned(let mentions): try book.figures.writeMentions(mentions, at: at, on: sheet, subject: subject)
        case .noData: try book.figures.writeGap(at: at, on: sheet)
        }
      }
      try book.figures.writeConflicts(conflicts, row: r + 1, column: header.count - 1, on: sheet)
    }
    try book.finish(sheet, freezeColumns: 1)
    return table
  }
}

extension StationCounts.Column {
  /// `伴考服务站点 2024年` / `伴考服务站点 2024`.
  func header(_ l: Language) -> String { "\(kind) \(l.year(year))" }
}
