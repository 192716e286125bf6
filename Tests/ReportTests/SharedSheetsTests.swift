// What every workbook has: 概览 first, data tables with filters and frozen headers, 来源, 数据质量, print set-up, properties.
import Extraction
import Testing
import XlsxReader

@Suite struct SharedSheetsTests {
  @Test(arguments: Reports.names)
  func everyWorkbookHasTheSharedFrame(name: String) throws {
    let scratch = try Scratch()
    let (book, summary) = try Reports.write(name, into: scratch.path)
    #expect(book.sheetNames.first == "概览")
    #expect(Array(book.sheetNames.suffix(2)) == ["来源", "数据质量"])
    for list in ["来源", "数据质量"] { #expect(try book.sheet(list).autofilter?.hasPrefix("A1:") == true, "\(list)") }
    for sheetName in book.sheetNames.dropFirst() {
      let sheet = try book.sheet(sheetName)
      #expect(sheet.pageSetup["orientation"] == "landscape", "\(sheetName)")
      #expect(sheet.pageSetup["fitToWidth"] == nil || sheet.pageSetup["fitToWidth"] == "1", "\(sheetName)")
      // A data list is an Excel table or, when streamed (来源, 数据质量), a sheet filter.
      guard let filter = sheet.tables.first?.autofilter ?? sheet.autofilter else { continue }
      #expect(filter.hasPrefix("A1:"), "\(sheetName): filter not on the header row")
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

  @Test func topicReportsListTheIssuesOfTheArticlesTheyQuote() throws {
    let scratch = try Scratch()
    // Only fileA's exam article is behind volunteer-growth: its conflict is listed, the rest
    // station article's repeated paragraph and the chess article's unknown year are not.
    let growth = try Reports.write("volunteer-growth", into: scratch.path).book.sheet("数据质量").allText
    #expect(growth.contains("数据冲突") && !growth.contains(Fixture.restHeadline) && !growth.contains(Fixture.chessHeadline))
    #expect(try Reports.write("volunteer-growth", into: scratch.path).summary.contains("本报告所用 1 篇文章中待核查"))
    // The rest station article is behind station-counts, so its repeated paragraph is listed there.
    let stations = try Reports.write("station-counts", into: scratch.path).book.sheet("数据质量").allText
    #expect(stations.contains(Fixture.restHeadline) && !stations.contains(Fixture.chessHeadline))
    // The audit lists every article's issues.
    let audit = try Reports.write("corpus", into: scratch.path).book.sheet("数据质量").allText
    #expect(audit.contains(Fixture.restHeadline) && audit.contains(Fixture.chessHeadline))
  }

  @Test func aNoteQuotesTenSourcesAndCountsTheRestWhichTheSourcesSheetLists() throws {
    let scratch = try Scratch()
    // The 2016 volunteers (12名) stated on 13 lines in all.
    let repeats = (30..<42).map { line in
      Fixture.fact(.volunteers, "12名", 12, year: 2016, line: line, quote: "第\(line)行：12名职工志愿者")
    }
    var corpus = Fixture.corpus
    corpus.facts += repeats
    let book = try Reports.write("volunteer-growth", corpus, into: scratch.path).book
    let sheet = try book.sheet("年度数据")
    let volunteers = try #require(sheet.column(titled: "志愿者（名）"))
    let note = try #require(sheet.notes["\(volunteers)2"]?.text)
    #expect(note.components(separatedBy: " —— ").count - 1 == 10)
    #expect(note.contains("另有 3 处出处，见“来源”表"))
    let sources = try book.sheet("来源")
    #expect(sources.cells.filter { $0.key.hasPrefix("B") && $0.value.string == "\(volunteers)2" }.count == 13)
  }
}
