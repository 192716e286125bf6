// The station workbook of the fixture: all places as rows, the three states apart, conflicts, composition, chart.
import ReportKit
import Testing
import Extraction
import XlsxReader

@Suite struct StationCountsReportTests {
  @Test func rowsAreDistrictsThenCityThenOutside() throws {
    let scratch = try Scratch()
    let sheet = try Reports.write("station-counts", into: scratch.path).book.sheet("站点数量")
    let names = (2...20).map { sheet["A\($0)"]?.string }
    #expect(names == Gazetteer.beijing.districts + ["全市", "河北省廊坊市"])
  }

  @Test func countedMentionedAndNoDataStayApart() throws {
    let scratch = try Scratch()
    let sheet = try Reports.write("station-counts", into: scratch.path).book.sheet("站点数量")
    let rest = try #require(sheet.column(titled: "户外劳动者暖心驿站 2021年"))
    let row = { (place: String) in sheet.row(where: "A", equals: place)! }
    #expect(sheet["\(rest)\(row("朝阳区"))"]?.number == 120)
    // Mentioned but not counted: the number 1 (at least one) shown as the marker.
    #expect(sheet["\(rest)\(row("通州区"))"]?.number == 1)
    #expect(sheet.numberFormat("\(rest)\(row("通州区"))") == "\"有（未计数）\"")
    #expect(sheet.notes["\(rest)\(row("通州区"))"]?.text.contains("通州区的暖心驿站也备好了热水") == true)
    // No data: nothing in the cell.
    #expect(sheet["\(rest)\(row("东城区"))"] == nil)
    #expect(sheet["\(rest)\(row("全市"))"]?.number == 3000)
    #expect(sheet.numberFormat("\(rest)\(row("全市"))") == "#,##0\"余\"")
    #expect(sheet["\(rest)\(row("河北省廊坊市"))"]?.number == 2)
  }

  @Test func conflictingCountsAreFlaggedBesideTheRow() throws {
    let scratch = try Scratch()
    let book = try Reports.write("station-counts", into: scratch.path).book
    let sheet = try book.sheet("站点数量")
    let disagree = try #require(sheet.column(titled: "来源不一致"))
    let daxing = try #require(sheet.row(where: "A", equals: "大兴区"))
    #expect(sheet["\(disagree)\(daxing)"]?.string == "户外劳动者暖心驿站 2021年：8家 / 10家")
    #expect(try book.sheet("数据质量").allText.contains("8家"))
  }

  @Test func compositionAndBarChartByDistrict() throws {
    let scratch = try Scratch()
    let book = try Reports.write("station-counts", into: scratch.path).book
    let composition = try book.sheet("全市构成")
    #expect(composition["C2"]?.string == "中考" && composition["D2"]?.number == 15)
    #expect(composition["C3"]?.string == "高考" && composition["D3"]?.number == 35)
    let chart = try #require(try book.sheet("图表").charts.first)
    #expect(chart.barDirection == "bar")
    // Categories are the 17 district rows only (全市 and 京外 left out).
    #expect(chart.series.allSatisfy { $0.categories == "'站点数量'!$A$2:$A$18" })
    #expect(chart.logBase == 10)  // 1 (a mention) … 120
  }
}
