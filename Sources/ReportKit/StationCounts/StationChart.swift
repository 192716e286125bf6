// 图表: a bar chart by district of the station columns that have district figures.
import Analysis
import Xlsx

/// Horizontal bars, one category per district (全市 and 京外 left out so districts stay readable),
/// one series per kind-year column with at least one district figure.
struct StationChart {
  let counts: StationCounts
  let table: Table

  /// More series than this make the bars too thin to read; the columns with most districts win.
  static let maximumSeries = 6

  func write(to book: ReportBook) throws {
    let l = book.language
    let districts = counts.rows.prefix { if case .district = $0 { true } else { false } }
    let charted = counts.columns.enumerated()
      .map { index, column in (index, districts.filter { counts.cell($0, column) != .noData }.count) }
      .filter { $0.1 > 0 }
      .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
      .prefix(Self.maximumSeries)
      .map(\.0).sorted()
    guard !charted.isEmpty, !districts.isEmpty else { return }
    let sheet = try book.addSheet("图表", about: l(
      "各区站点数量条形图，数据取自“站点数量”表的各区行（不含全市和京外）；“有（未计数）”画作 1，没有数据的不画。",
      "Bars by district from the 站点数量 table's district rows (whole city and outside Beijing left out); 有（未计数） is drawn as 1, gaps are not drawn."))
    let names = try table.column(0)
    let categories = CellRange(from: names.first, to: names.first.offset(rows: districts.count - 1), sheet: names.sheet)
    let chart = try book.workbook.addChart(.bar)
    var values: [Double] = []
    for index in charted {
      let column = try table.column(index + 1)
      let range = CellRange(from: column.first, to: column.first.offset(rows: districts.count - 1), sheet: column.sheet)
      try chart.addSeries(values: range, categories: categories, name: .cell(try table.headerCell(index + 1)))
      values += districts.compactMap { place in
        switch counts.cell(place, counts.columns[index]) {
        case .counted(let cell): cell.leading?.cellValue
        case .mentioned: 1
        case .noData: nil
        }
      }
    }
    try chart.setTitle(l("各区服务站点数量", "Stations by district"))
    let scale = try chart.valueAxis.scale(for: values)
    try chart.valueAxis.setName(scale == .logarithmic ? l("个/家（对数刻度）", "Stations (log scale)") : l("个/家", "Stations"))
    try chart.setLegendPosition(.bottom)
    try chart.showBlanksAs(.gap)
    try sheet.insertChart(chart, at: "A1", options: .size(width: 900, height: 620))
    try book.printSetUp(sheet)
  }
}
