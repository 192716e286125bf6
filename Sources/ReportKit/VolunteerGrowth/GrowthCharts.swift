// 图表: the year table as native column charts, every year on the axis, gaps as gaps, log axis when needed.
import Analysis
import Xlsx

/// Two charts over the 年度数据 table's ranges: the totals of each measure, and the station
/// breakdowns (高考/中考, 室外/室内…) where articles state them.
struct GrowthCharts {
  let growth: VolunteerGrowth
  let table: Table

  /// Side by side, so both print on one landscape page.
  static let size = ChartPlacement.size(width: 680, height: 440)
  /// Columns (64 pixels each) from one chart's left edge to the next one's.
  static let columnsPerChart = 11

  func write(to book: ReportBook) throws {
    let l = book.language
    let totals = growth.series.indices.filter { growth.series[$0].subtype == nil }
    let stationParts = growth.series.indices.filter { growth.series[$0].subtype != nil && growth.series[$0].metric == .stations }
    guard !totals.isEmpty || !stationParts.isEmpty else { return }
    let sheet = try book.addSheet("图表", about: l(
      "原生 Excel 图表，数据取自“年度数据”表：横轴是每一年（空档年份留空），数值跨两个数量级以上时用对数纵轴。",
      "Native Excel charts drawn from the 年度数据 table: every year on the horizontal axis (gap years left empty); a logarithmic value axis where the values span two orders of magnitude or more."))
    var column = 0
    if !totals.isEmpty {
      try chart(totals, title: l("历年规模（全市）", "Scale by year (citywide)"), on: sheet, at: column, in: book)
      column += Self.columnsPerChart
    }
    if !stationParts.isEmpty {
      try chart(stationParts, title: l("服务站点构成（全市）", "Stations by kind (citywide)"), on: sheet, at: column, in: book)
    }
    try book.printSetUp(sheet)
  }

  private func chart(_ columns: [Int], title: String, on sheet: Worksheet, at column: Int, in book: ReportBook) throws {
    let l = book.language
    let chart = try book.workbook.addChart(.column)
    for index in columns {
      try chart.addSeries(
        values: try table.column(index + 1), categories: try table.column(0), name: .cell(try table.headerCell(index + 1)))
    }
    let values = columns.flatMap { growth.series[$0].cells.values.compactMap(\.leading?.cellValue) }
    try chart.setTitle(title)
    try chart.categoryAxis.setName(l("年份", "Year"))
    let scale = try chart.valueAxis.scale(for: values)
    try chart.valueAxis.setName(scale == .logarithmic ? l("数量（对数刻度）", "Count (log scale)") : l("数量", "Count"))
    try chart.setLegendPosition(.bottom)
    try chart.showBlanksAs(.gap)
    try sheet.insertChart(chart, at: CellReference(row: 0, column: column), options: Self.size)
  }
}
