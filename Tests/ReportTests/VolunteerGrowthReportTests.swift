// The volunteer-growth workbook of the fixture: every year a row, gaps blank, qualifiers as formats, conflicts flagged.
import Foundation
import Testing
import XlsxReader

@Suite struct VolunteerGrowthReportTests {
  @Test func sheetsInOrder() throws {
    let scratch = try Scratch()
    let (book, _) = try Reports.write("volunteer-growth", into: scratch.path)
    #expect(book.sheetNames == ["概览", "年度数据", "图表", "累计数据", "各区数据", "来源", "数据质量"])
  }

  @Test func everyYearFromTheFirstIsARowAndGapsStayBlank() throws {
    let scratch = try Scratch()
    let sheet = try Reports.write("volunteer-growth", into: scratch.path).book.sheet("年度数据")
    #expect((2...8).map { sheet["A\($0)"]?.number } == (2016...2022).map(Double.init))
    let volunteers = try #require(sheet.column(titled: "志愿者（名）"))
    #expect(sheet["\(volunteers)2"]?.number == 12)
    // 2017–2019: no figure, so no value (a grey blank, never 0).
    for row in 3...5 { #expect(sheet["\(volunteers)\(row)"]?.number == nil) }
    #expect(sheet["\(volunteers)6"]?.number == 300)
    #expect(sheet.numberFormat("\(volunteers)6") == "#,##0\"余\"")
    #expect(sheet.notes["\(volunteers)6"]?.text.contains("300余名志愿者轮班值守") == true)
    #expect(sheet.notes["\(volunteers)6"]?.text.contains("\(Fixture.fileA):7") == true)
  }

  @Test func conflictShowsBothReadingsAndIsListed() throws {
    let scratch = try Scratch()
    let book = try Reports.write("volunteer-growth", into: scratch.path).book
    let sheet = try book.sheet("年度数据")
    let volunteers = try #require(sheet.column(titled: "志愿者（名）"))
    let disagree = try #require(sheet.column(titled: "来源不一致"))
    // 2022 (row 8): 近500名 and 600余名, one mention each; the smaller leads on a tie.
    #expect(sheet["\(volunteers)8"]?.number == 500)
    #expect(sheet.numberFormat("\(volunteers)8") == "\"近\"#,##0")
    let note = try #require(sheet.notes["\(volunteers)8"]?.text)
    #expect(note.contains("近500名志愿者身着红马甲") && note.contains("累计上岗的600余名志愿者"))
    #expect(sheet["\(disagree)8"]?.string == "志愿者（名）：近500名 / 600余名")
    let quality = try book.sheet("数据质量")
    #expect(quality.allText.contains("数据冲突"))
    #expect(quality.allText.contains("近500名"))
  }

  @Test func breakdownsRunningTotalsAndDistrictsApart() throws {
    let scratch = try Scratch()
    let book = try Reports.write("volunteer-growth", into: scratch.path).book
    let years = try book.sheet("年度数据")
    let gaokao = try #require(years.column(titled: "服务站点·高考（个）"))
    #expect(years["\(gaokao)8"]?.number == 35)
    let totals = try book.sheet("累计数据")
    #expect(totals["A2"]?.string == "服务人次")
    #expect(totals["B2"]?.number == 2016 && totals["C2"]?.number == 2022)
    #expect(totals["D2"]?.number == 200_000)
    #expect(totals.numberFormat("D2") == "#,##0\"余\"")
    let districts = try book.sheet("各区数据")
    #expect(districts.allText.contains("海淀区"))
    #expect(districts.cells.values.contains { $0.number == 40 })
  }

  @Test func chartsUseTheTableRangesWithEveryYearAndALogAxisWhenNeeded() throws {
    let scratch = try Scratch()
    let charts = try Reports.write("volunteer-growth", into: scratch.path).book.sheet("图表").charts
    #expect(charts.count == 2)
    let scale = try #require(charts.first { $0.title == "历年规模（全市）" })
    // Every year 2016–2022 is a category: rows 2…8 of the year table.
    #expect(scale.series.allSatisfy { $0.categories == "'年度数据'!$A$2:$A$8" })
    #expect(scale.series.count == 3)  // stations, volunteers, packs
    #expect(scale.logBase == 10)  // 12 … 2,000 spans two orders of magnitude
    #expect(scale.fontNames.allSatisfy { !$0.isEmpty })
    let parts = try #require(charts.first { $0.title == "服务站点构成（全市）" })
    #expect(parts.logBase == nil)  // 15 … 35
    #expect(parts.series.count == 2)
  }

  @Test func overviewStatesFindingsAndLegend() throws {
    let scratch = try Scratch()
    let (book, summary) = try Reports.write("volunteer-growth", into: scratch.path)
    let overview = try book.sheet("概览").allText
    #expect(overview.contains("2016—2022年共 7 年，其中 3 年有全市数字"))
    #expect(overview.contains("志愿者（名）：2016年 12名 → 2022年 近500名 / 600余名（来源不一致）"))
    #expect(overview.contains("fixture-seeds/ 中 3 个文件、5 篇文章、20 条事实"))
    #expect(overview.contains("近N") || overview.contains("接近但不到"))
    #expect(summary.hasPrefix("# “暖心伴考”服务逐年数据（2016—2022年）\n"))
    #expect(summary.contains("2022年分项：服务站点·中考 15个、服务站点·高考 35个。"))
    #expect(book.properties.created == "2023-01-01T00:00:00Z")
    #expect(book.properties.creator == "北京市总工会 数据工具")
  }
}
