// CellFormat ↔ Sources/Xlsx/CellFormat.swift: equality the workbook's format cache relies on.
import Testing
import Xlsx

@Suite struct CellFormatTests {
  @Test(arguments: [
    (CellFormat(numberFormat: "\"近\"#,##0"), CellFormat(numberFormat: "\"近\"#,##0"), true),
    (CellFormat(numberFormat: "\"近\"#,##0"), CellFormat(numberFormat: "\"超\"#,##0"), false),  // same length
    (CellFormat(numberFormat: "#,##0"), CellFormat(numberFormat: "#,##0\"余\""), false),
    (CellFormat(numberFormat: ""), CellFormat(), false),  // an empty code is still a code
    (CellFormat(vertical: .top, numberFormat: "0"), CellFormat(vertical: .top, numberFormat: "0"), true),
    (CellFormat(vertical: .top, numberFormat: "0"), CellFormat(vertical: .center, numberFormat: "0"), false),
    (CellFormat(fontName: "等线"), CellFormat(fontName: "等线"), true),
    (CellFormat(fontName: "等线"), CellFormat(fontName: "宋体"), false),
    (CellFormat(fontName: "等线"), CellFormat(), false),
    (CellFormat.header, CellFormat.header.with { $0.wrap = false }, false),
    (CellFormat.title, CellFormat.title.with { $0.fontSize = 12 }, false),
    (CellFormat(fillColor: .paleBlue), CellFormat(fillColor: .paleBlue), true),
    (CellFormat(fillColor: .paleBlue), CellFormat(borderColor: .paleBlue), false),
    (CellFormat(indent: 1), CellFormat(indent: 2), false),
  ])
  func equality(lhs: CellFormat, rhs: CellFormat, equal: Bool) {
    #expect((lhs == rhs) == equal)
    #expect((rhs == lhs) == equal)
    if equal { #expect(lhs.hashValue == rhs.hashValue) }
  }

  /// A format built field by field equals the preset with the same fields, and finds it in a set.
  @Test func equalFormatsShareOneSetEntry() {
    let built = CellFormat(bold: true, fillColor: .paleBlue, border: .thin, vertical: .center, wrap: true)
    #expect(built == .header)
    #expect(Set([built, .header, .title]).count == 2)
  }
}
