// CellReference and CellRange ↔ Sources/Xlsx/CellReference.swift: A1 text, sheet quoting, parsing.
import Testing
import Xlsx

@Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
func columnNames(column: Int, name: String) {
  #expect(A1.columnName(column) == name)
}

@Test(arguments: [
  ("Sheet1", "Sheet1"),
  ("概览", "'概览'"),
  ("my sheet", "'my sheet'"),
  ("O'Neil", "'O''Neil'"),
  ("A1", "'A1'"),
  ("2023", "'2023'"),
  ("data_2023", "data_2023"),
])
func sheetQuoting(name: String, quoted: String) {
  #expect(A1.quotedSheet(name) == quoted)
}

@Test func rangeRendering() {
  let range = CellRange(from: CellReference(row: 1, column: 1), to: CellReference(row: 8, column: 1), sheet: "概览")
  #expect(range.absolute == "'概览'!$B$2:$B$9")
  #expect(range.a1 == "B2:B9")
  #expect(CellReference(row: 1, column: 1, sheet: "概览").absolute == "'概览'!$B$2")
  #expect(range.rowCount == 8)
}

@Test(arguments: [
  ("B2", 1, 1, nil as String?),
  ("$B$2", 1, 1, nil),
  ("XFD1048576", 1_048_575, 16_383, nil),
  ("'概览'!$C$4", 3, 2, "概览"),
  ("'O''Neil'!A1", 0, 0, "O'Neil"),
])
func parsesCells(text: String, row: Int, column: Int, sheet: String?) throws {
  let cell = try CellReference(parsing: text)
  #expect(cell.row == row && cell.column == column && cell.sheet == sheet)
}

@Test(arguments: ["", "B", "2", "B0", "ABCD1", "B2:", "B2C3"])
func refusesBadReferences(text: String) {
  #expect(throws: XlsxError.invalidReference(text)) { try CellRange(parsing: text) }
}

@Test func rangeParsingNormalisesCorners() throws {
  let range = try CellRange(parsing: "'概览'!$C$9:$A$2")
  #expect(range.absolute == "'概览'!$A$2:$C$9")
}
