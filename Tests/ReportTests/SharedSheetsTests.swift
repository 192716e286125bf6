// What every workbook has: 概览 first, data tables with filters and frozen headers, 来源, 数据质量, print set-up, properties.
import Testing
import XlsxReader

@Suite struct SharedSheetsTests {
  @Test(arguments: Reports.names)
  func everyWorkbookHasTheSharedFrame(name: String) throws {
    let scratch = try Scratch()
    let (book, summary) = try Reports.write(name, into: scratch.path)
    #expect(book.sheetNames.first == "概览")
    #expect(Array(book.sheetNames.suffix(2)) == ["来源", "数据质量"])
    for sheetName in book.sheetNames.dropFirst() {
      let sheet = try book.sheet(sheetName)
      #expect(sheet.pageSetup["orientation"] == "landscape", "\(sheetName)")
      #expect(sheet.pageSetup["fitToWidth"] == nil || sheet.pageSetup["fitToWidth"] == "1", "\(sheetName)")
      guard let table = sheet.tables.first else { continue }
      #expect(table.autofilter != nil, "\(sheetName): table without filter")
      #expect(sheet.pane?.state == "frozen" && sheet.pane?.ySplit == 1, "\(sheetName): header not frozen")
      #expect(sheet.columnWidths.values.allSatisfy { $0 <= 46 }, "\(sheetName): a column wider than the cap")
    }
    let overview = try book.sheet("概览")
    #expect(overview.allText.contains("主要发现") && overview.allText.contains("图例") && overview.allText.contains("灰色空白"))
    #expect(book.properties.creator == "北京市总工会 数据工具")
    #expect(book.properties.company == "北京市总工会")
    #expect(book.properties.title.map { summary.hasPrefix("# " + $0) } == true)
  }

  @Test func sourcesSheetListsEveryQuotedFigure() throws {
    let scratch = try Scratch()
    let sources = try Reports.write("volunteer-growth", into: scratch.path).book.sheet("来源")
    let row = try #require(sources.row(where: "F", equals: "头一年只有12名职工志愿者在考点外支起遮阳伞"))
    #expect(sources["A\(row)"]?.string == "年度数据")
    #expect(sources["G\(row)"]?.string == Fixture.fileA && sources["H\(row)"]?.number == 5)
    #expect(sources["I\(row)"]?.string == Fixture.examHeadline)
    // Both readings of the 2022 conflict are listed as 1/2 and 2/2.
    #expect(sources.cells.values.contains { $0.string == "1/2" } && sources.cells.values.contains { $0.string == "2/2" })
  }
}
