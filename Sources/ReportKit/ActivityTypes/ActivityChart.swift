// 图表: articles per activity type, from the 活动类型 table.
import Xlsx

/// A column chart of the 文章数 column by type.
struct ActivityChart {
  let table: Table
  let rowCount: Int

  func write(to book: ReportBook) throws {
    guard rowCount > 0 else { return }
    let l = book.language
    let sheet = try book.addSheet("图表", about: l("各类活动的文章数柱形图，数据取自“活动类型”表。", "Articles per activity type, drawn from the 活动类型 table."))
    let chart = try book.workbook.addChart(.column)
    try chart.addSeries(values: try table.column(1), categories: try table.column(0), name: .cell(try table.headerCell(1))).setLabels()
    try chart.setTitle(l("各类活动的文章数", "Articles per activity type"))
    try chart.valueAxis.setName(l("篇", "Articles"))
    try chart.valueAxis.setNumberFormat("0")
    try chart.setLegendPosition(.none)
    try sheet.insertChart(chart, at: "A1", options: .size(width: 900, height: 460))
    try book.printSetUp(sheet)
  }
}
