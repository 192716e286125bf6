// 年度数据: one row per year from the first to the latest, one column per series, gaps kept.
import Analysis
import Xlsx

/// The year table: 年份, a column per series (citywide, non-cumulative), 来源不一致.
struct YearSheet {
  let growth: VolunteerGrowth

  func write(to book: ReportBook) throws -> Table {
    let l = book.language
    let names = VolunteerGrowth.Series.headers(l, of: growth.series)
    let header = [l("年份", "Year")] + names + [l("来源不一致", "Sources disagree")]
    let rows: [[CellValue]] = growth.years.map { [.number(Double($0))] }
    let (sheet, table) = try book.addTableSheet(
      "年度数据", about: l(
        "每年一行（从第一年到最近一年，没有数字的年份留灰色空档）；每列一个全市指标，分项（高考/中考、室外/室内等）单列；累计数字不在此表。",
        "One row per year from the first to the latest (years without a figure stay grey gaps); one column per citywide measure, breakdowns such as 高考/中考 in their own columns; running totals are elsewhere."),
      table: "年度数据表", header: header, rows: rows, formats: [0: Styles.year], wrap: [header.count - 1])
    for (r, year) in growth.years.enumerated() {
      var conflicts: [String] = []
      for (c, series) in growth.series.enumerated() {
        let subject = "\(l.year(year)) \(names[c])"
        let cell = series.cells[year] ?? FigureCell([])
        if let readings = try book.figures.write(cell, at: CellReference(row: r + 1, column: c + 1), on: sheet, subject: subject) {
          conflicts.append(names[c] + l.colon + readings)
        }
      }
      try book.figures.writeConflicts(conflicts, row: r + 1, column: header.count - 1, on: sheet)
    }
    try book.finish(sheet, freezeColumns: 1)
    return table
  }
}
