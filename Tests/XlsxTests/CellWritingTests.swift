// Cell writers: article text stays text, Excel's limits are explicit errors or visible cuts.
import Foundation
import Testing
import Xlsx
import XlsxReader

@Suite struct CellWritingTests {
  @Test func formulaLookingTextStaysText() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("sample.xlsx"))
    let sheet = try XlsxFile(path: scratch.file("sample.xlsx")).sheet("来源")
    for (i, text) in Sample.formulaLike.enumerated() {
      let ref = "A\(i + 2)"
      #expect(sheet[ref] == .string(text))
      #expect(sheet.cellTypes[ref] == "s")
      #expect(sheet.formulas[ref] == nil)
    }
    #expect(sheet.formulas.isEmpty)
  }

  @Test(arguments: [false, true])
  func formulaLookingTextStaysTextInConstantMemory(constantMemory: Bool) throws {
    let scratch = try Scratch()
    let path = scratch.file("stream.xlsx")
    try Workbook.write(to: path, options: .init(constantMemory: constantMemory, temporaryDirectory: scratch.path)) { book in
      let sheet = try book.addWorksheet("流式")
      for (i, text) in Sample.formulaLike.enumerated() {
        try sheet.write(text, at: CellReference(row: i, column: 0))
        try sheet.write(Double(i), at: CellReference(row: i, column: 1), format: .integer)
      }
    }
    let sheet = try XlsxFile(path: path).sheet("流式")
    for (i, text) in Sample.formulaLike.enumerated() {
      #expect(sheet["A\(i + 1)"] == .string(text))
      #expect(["s", "inlineStr"].contains(sheet.cellTypes["A\(i + 1)"]))
    }
    #expect(sheet.formulas.isEmpty)
    #expect(sheet.numberFormat("B2") == "#,##0")
    #expect(try scratch.entries() == ["stream.xlsx"])
  }

  @Test func aRegisteredFormatWritesWhatItsCellFormatWrites() throws {
    let scratch = try Scratch()
    let path = scratch.file("registered.xlsx")
    try Workbook.write(to: path, options: .init(constantMemory: true, temporaryDirectory: scratch.path)) { book in
      let sheet = try book.addWorksheet("登记")
      let integer = try book.register(.integer)
      try sheet.write(.number(1_000), at: "A1", format: integer)
      try sheet.write(.number(1_000), at: "B1", format: .integer)
      try sheet.write(.text("工会"), at: "C1", format: try book.register(CellFormat(wrap: true)))
      try sheet.write(.date(Date(timeIntervalSince1970: 0)), at: "D1", format: nil as RegisteredFormat?)
      try sheet.fitColumns()
      // A format is a handle into its own workbook: another workbook refuses it.
      try Workbook.write(to: scratch.file("other.xlsx"), options: .init(temporaryDirectory: scratch.path)) { other in
        let elsewhere = try other.addWorksheet("别处")
        #expect(throws: XlsxError.self) { try elsewhere.write(.number(1), at: "A1", format: integer) }
      }
    }
    let sheet = try XlsxFile(path: path).sheet("登记")
    #expect(sheet["A1"] == .number(1_000) && sheet["B1"] == .number(1_000))
    #expect(sheet.numberFormat("A1") == "#,##0" && sheet.numberFormat("B1") == "#,##0")
    #expect(sheet["C1"] == .string("工会"))
    #expect(sheet.numberFormat("D1") == "yyyy-mm-dd")
  }

  @Test func oneSheetCanStreamWhileTheOthersKeepTables() throws {
    let scratch = try Scratch()
    let path = scratch.file("mixed.xlsx")
    try Workbook.write(to: path, options: .init(temporaryDirectory: scratch.path)) { book in
      try book.addWorksheet("表").addTable(header: ["区"], rows: [["朝阳区"]])
      let stream = try book.addWorksheet("流式", constantMemory: true)
      for row in 0..<3 { try stream.write("第\(row)行", at: CellReference(row: row, column: 0)) }
      #expect(throws: XlsxError.self) { try stream.write("回头", at: "A1") }
      try book.addWorksheet("其后").write("普通", at: "A1")
    }
    let file = try XlsxFile(path: path)
    #expect(try file.sheet("流式")["A3"] == .string("第2行"))
    #expect(try file.sheet("流式").cellTypes["A1"] == "inlineStr")
    #expect(try file.sheet("表").cellTypes["A2"] == "s")
    #expect(try file.sheet("其后").cellTypes["A1"] == "s")
    #expect(try scratch.entries() == ["mixed.xlsx"])
  }

  @Test func tablesAreRefusedInConstantMemory() throws {
    let scratch = try Scratch()
    let error = #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("t.xlsx"), options: .init(constantMemory: true)) { book in
        try book.addWorksheet("流式").addTable(header: ["区"], rows: [["朝阳区"]])
      }
    }
    guard case .library(let call, let context, _, _)? = error else {
      Issue.record("expected a library error, got \(String(describing: error))")
      return
    }
    #expect(call == "worksheet_add_table" && context == "'流式'!A1:A2")
    #expect(try scratch.entries() == [])
  }

  @Test(arguments: [
    (String(repeating: "汉", count: 40_000), true),
    (String(repeating: "😀", count: 20_000), true),
    (String(repeating: "汉", count: 32_767), false),
  ])
  func longTextIsCutWithMarker(text: String, cut: Bool) throws {
    let scratch = try Scratch()
    var truncated: [CellReference] = []
    try Workbook.write(to: scratch.file("long.xlsx")) { book in
      let sheet = try book.addWorksheet("长文")
      try sheet.write(text, at: "B2")
      truncated = sheet.truncatedCells
    }
    let value = try #require(try XlsxFile(path: scratch.file("long.xlsx")).sheet("长文")["B2"]?.string)
    #expect(value.utf16.count <= ExcelLimit.cellText)
    #expect(value.hasSuffix(CellText.truncationMarker) == cut)
    #expect(truncated == (cut ? [CellReference(row: 1, column: 1, sheet: "长文")] : []))
    if !cut { #expect(value == text) }
  }

  @Test(arguments: [
    (1_048_576, 0), (0, 16_384), (-1, 0), (0, -1), (2_000_000, 20_000),
  ])
  func outsideTheGridThrows(row: Int, column: Int) throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.cellOutOfRange(sheet: "概览", row: row, column: column)) {
      try Workbook.write(to: scratch.file("grid.xlsx")) { book in
        try book.addWorksheet("概览").write(1, at: CellReference(row: row, column: column))
      }
    }
    #expect(try scratch.entries() == [])
  }

  @Test func lastCellIsFine() throws {
    let scratch = try Scratch()
    try Workbook.write(to: scratch.file("edge.xlsx")) { book in
      try book.addWorksheet("概览").write("角", at: "XFD1048576")
    }
    #expect(try XlsxFile(path: scratch.file("edge.xlsx")).sheet("概览")["XFD1048576"] == .string("角"))
  }

  @Test func outOfRangeMessageNamesTheCell() {
    let error = XlsxError.cellOutOfRange(sheet: "概览", row: 1_048_576, column: 0)
    #expect(error.description.hasPrefix("'概览'!A1048577 (row 1048576, column 0, zero-based): outside Excel's grid"))
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteNumbersThrow(value: Double) throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("n.xlsx")) { try $0.addWorksheet("概览").write(value, at: "A1") }
    }
  }

  @Test func badLiteralReferenceThrows() throws {
    let scratch = try Scratch()
    #expect(throws: XlsxError.invalidReference("B")) {
      try Workbook.write(to: scratch.file("r.xlsx")) { try $0.addWorksheet("概览").write("x", at: "B") }
    }
  }

  @Test func overlongNumberFormatIsRefused() throws {
    let scratch = try Scratch()
    let format = CellFormat(numberFormat: String(repeating: "0", count: 128))
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("f.xlsx")) { try $0.addWorksheet("概览").write(1, at: "A1", format: format) }
    }
  }
}

/// What shows nothing: a blank and empty text; a space, zero and false show something.
@Test(arguments: [
  (CellValue.blank, true), (.text(""), true), (.text(nil), true),
  (.text(" "), false), (.number(0), false), (.boolean(false), false),
])
func emptyCells(value: CellValue, isEmpty: Bool) {
  #expect(value.isEmpty == isEmpty)
}
