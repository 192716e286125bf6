// The sample workbook read back with XlsxReader: values, number formats, notes, table, properties.
import Foundation
import Testing
import Xlsx
import XlsxReader

@Suite struct RoundTripTests {
  @Test func sheetsInOrder() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let file = try XlsxFile(path: scratch.file("sample.xlsx"))
    #expect(file.sheetNames == ["概览", "来源"])
  }

  @Test func tableValuesAndFormats() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let sheet = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览")
    #expect(sheet["A1"] == .string("北京市总工会 志愿服务统计"))
    #expect(sheet.mergedRanges == ["A1:E1"])
    #expect(sheet["A3"] == .string("区"))
    #expect(sheet["C3"] == .string("志愿者人数"))
    #expect(sheet["A4"] == .string("朝阳区"))
    #expect(sheet["A7"] == .string("北京经济技术开发区"))
    #expect(sheet["B4"] == .number(2021))
    #expect(sheet["C6"] == .number(15000))
    #expect(sheet["D5"] == nil)  // the blank that charts show as a gap
    #expect(sheet.numberFormat("B4") == "0")
    #expect(sheet.numberFormat("C4") == "#,##0\"余\"")
    #expect(sheet.numberFormat("D4") == "\"近\"#,##0")
    #expect(sheet.numberFormat("E4") == "\"超\"#,##0")
  }

  @Test func tablePart() throws {
    let scratch = try Scratch()
    let written = try Sample.write(to: scratch.file("sample.xlsx"))
    let sheet = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览")
    #expect(sheet.tables == [TablePart(name: "志愿服务", ref: "A3:E7", columns: Sample.header, autofilter: "A3:E7")])
    #expect(written.table.range.a1 == "A3:E7")
    #expect(try written.table.column(named: "志愿者人数").absolute == "'概览'!$C$4:$C$7")
    #expect(written.table.dataRowCount == 4)
  }

  @Test func notes() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let sheet = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("概览")
    #expect(sheet.notes == ["C4": Note(author: "数据组", text: "“全市共有志愿者1200余名”——《工人日报》2021-05-01 第3版")])
  }

  @Test func layoutAndPrintSetup() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let file = try XlsxFile(path: scratch.file("sample.xlsx"))
    let overview = try file.sheet("概览")
    #expect(overview.pane == Pane(xSplit: 0, ySplit: 3, topLeftCell: "A4", state: "frozen"))
    // 北京经济技术开发区 is 9 Han = 18 units, + 2 padding, as fitColumns promises; the file stores
    // Excel's width plus libxlsxwriter's 5-pixel cell padding (0.7109375 of a character).
    #expect(overview.columnWidths[0] == 20 + 0.7109375)
    #expect(overview.pageSetup["orientation"] == "landscape")
    #expect(overview.pageSetup["paperSize"] == "9")
    #expect(overview.pageSetup["fitToHeight"] == "0")
    #expect(overview.header == "&C北京市总工会")
    #expect(overview.footer == "&C第 &P 页，共 &N 页")
    let sources = try file.sheet("来源")
    #expect(sources.autofilter == "A1:C6")
    #expect(sources.pane?.topLeftCell == "B2")
    #expect(sources.columnWidths[0] == 30 + 0.7109375)
  }

  @Test func sourceSheetValues() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let sheet = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("来源")
    #expect(sheet["B2"] == .number(1200))
    #expect(sheet.numberFormat("B2") == "#,##0\"余\"")
    #expect(sheet.numberFormat("B3") == "\"近\"#,##0")
    #expect(sheet.numberFormat("B4") == "\"超\"#,##0")
    #expect(sheet.numberFormat("B5") == "#,##0.00")
    #expect(sheet["B6"] == .boolean(true))
    #expect(sheet["B7"] == .number(45_413))  // 2024-05-01
    #expect(sheet.numberFormat("B7") == "yyyy-mm-dd")
    #expect(sheet["C2"] == .string("北京市总工会"))
    #expect(sheet.numberFormat("C3") == "General")
    #expect(sheet.cellTypes["C3"] == nil && sheet["C3"] == nil)
  }

  @Test func documentProperties() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let properties = try XlsxFile(path: scratch.file("sample.xlsx")).properties
    #expect(properties.title == "志愿服务统计")
    #expect(properties.creator == "数据组")
    #expect(properties.company == "北京市总工会")
    #expect(properties.manager == "工会")
    #expect(properties.keywords == "志愿者, 驿站")
    let expected = try DocumentProperties.creationDate(passed: Sample.created)
    let formatter = ISO8601DateFormatter()
    #expect(properties.created == formatter.string(from: expected))
    #expect(properties.modified == properties.created)
  }
}
