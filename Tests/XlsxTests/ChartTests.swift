// Each chart kind read back: plot element, bar direction, series references, log axis, gaps, fonts.
import Testing
import Xlsx
import XlsxReader

@Suite struct ChartTests {
  @Test(arguments: [
    (ChartKind.column, "c:barChart", "col" as String?),
    (.bar, "c:barChart", "bar"),
    (.line, "c:lineChart", nil),
    (.pie, "c:pieChart", nil),
    (.scatter, "c:scatterChart", nil),
  ])
  func seriesReferenceIntendedRanges(kind: ChartKind, plot: String, direction: String?) throws {
    let scratch = try Scratch()
    let written = try Sample.write(to: scratch.file("sample.xlsx"))
    let charts = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览").charts
    let chart = try #require(charts.first { $0.title == titles[kind] })
    #expect(chart.plotTypes == [plot])
    #expect(chart.barDirection == direction)
    let intended = try #require(written.charts[kind])
    let series = try #require(chart.series.first)
    #expect(chart.series.count == 1)
    #expect(series.values == intended.values.absolute)
    #expect(series.categories == intended.categories?.absolute)
    #expect(series.nameReference == intended.name?.absolute)
    #expect(series.cachedPointCount == 4)
  }

  @Test func handTypedRangesMatch() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let charts = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览").charts
    let column = try #require(charts.first { $0.title == "各区志愿者人数" })
    #expect(column.series.first?.values == "'概览'!$C$4:$C$7")
    #expect(column.series.first?.categories == "'概览'!$A$4:$A$7")
    #expect(column.series.first?.nameReference == "'概览'!$C$3")
    #expect(column.series.first?.showsValues == true)
  }

  @Test func logAxisGapsLegendAndFonts() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let charts = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览").charts
    #expect(charts.count == 5)
    let column = try #require(charts.first { $0.title == "各区志愿者人数" })
    #expect(column.logBase == 10)
    #expect(column.legendPosition == "b")
    #expect(column.axisTitles == ["区", "人数"])
    #expect(column.fontNames == [ChartFont.defaultName])
    let line = try #require(charts.first { $0.title == "服务站点（空缺为断点）" })
    // NB: libxlsxwriter 1.1.4 leaves c:dispBlanksAs out for gap, Excel's (and LibreOffice's)
    // default; blanksDisplayReachesTheFile shows the other settings are written.
    #expect(line.displayBlanksAs == nil)
    #expect(line.logBase == nil)
    let bar = try #require(charts.first { $0.title == "各区服务站点" })
    #expect(bar.series.first?.nameText == "服务站点")
  }

  @Test(arguments: [(BlanksDisplay.gap, nil as String?), (.zero, "zero"), (.connected, "span")])
  func blanksDisplayReachesTheFile(display: BlanksDisplay, written: String?) throws {
    let scratch = try Scratch()
    try Workbook.write(to: scratch.file("b.xlsx")) { book in
      let sheet = try book.addWorksheet("数据")
      try sheet.write(1, at: "A1")
      try sheet.write(3, at: "A3")
      let chart = try book.addChart(.line)
      try chart.addSeries(values: CellRange(from: "A1", to: "A3", sheet: "数据"))
      try chart.showBlanksAs(display)
      try sheet.insertChart(chart, at: "C1")
    }
    let chart = try #require(try XlsxFile(path: scratch.file("b.xlsx")).allCharts().first)
    #expect(chart.displayBlanksAs == written)
  }

  @Test func nameStartingWithEqualsIsRefused() throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("x.xlsx")) { book in
        try book.addChart(.column).setTitle("=1+1")
      }
    }
    #expect(try scratch.entries() == [])
  }

  @Test func rangeWithoutSheetIsRefused() throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("x.xlsx")) { book in
        try book.addChart(.line).addSeries(values: "B2:B9")
      }
    }
  }

  @Test func pieHasNoAxes() throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("x.xlsx")) { book in
        try book.addChart(.pie).valueAxis.setLogBase(10)
      }
    }
  }

  private let titles: [ChartKind: String] = [
    .column: "各区志愿者人数", .bar: "各区服务站点", .line: "服务站点（空缺为断点）", .pie: "志愿者分布",
    .scatter: "志愿者人数与年份",
  ]
}
