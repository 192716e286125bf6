// A data sheet as staff expect it: one Excel table, filters, frozen header, fitted columns, print set-up.
import Xlsx

/// The widest a fitted column gets (in characters); longer text wraps.
let maximumColumnWidth = 44.0

extension ReportBook {
  /// Adds a sheet holding one Excel table at A1 with filter buttons and banded rows.
  ///
  /// Text columns are top-aligned; the columns in `wrap` also wrap (quotes, lists). Value cells
  /// that need a figure's own format are written over the table afterwards with ``figures``.
  public func addTableSheet(
    _ name: String, about: String, table tableName: String, header: [String], rows: [[CellValue]],
    formats: [Int: CellFormat] = [:], wrap: Set<Int> = []
  ) throws -> (sheet: Worksheet, table: Table) {
    let sheet = try addSheet(name, about: about)
    var columnFormats: [Int: CellFormat] = [:]
    for index in header.indices {
      columnFormats[index] = formats[index] ?? CellFormat(vertical: .top, wrap: wrap.contains(index))
    }
    let table = try sheet.addTable(
      header: header, rows: rows,
      options: TableOptions(name: tableName, style: .medium(2), columnFormats: columnFormats, headerFormat: .header))
    for (r, row) in rows.enumerated() {
      let texts = row.enumerated().compactMap { c, value -> (String, width: Double)? in
        guard wrap.contains(c), case .text(let text) = value else { return nil }
        return (text, maximumColumnWidth)
      }
      try RowHeight.fit(r + 1, texts: texts, on: sheet)
    }
    return (sheet, table)
  }

  /// Freezes the header, fits the columns (long text wraps at ``maximumColumnWidth``) and sets
  /// up printing: A4 landscape, one page wide, the header row on every page.
  public func finish(_ sheet: Worksheet, headerRows: ClosedRange<Int> = 0...0, freezeColumns: Int = 0) throws {
    try sheet.freezePanes(row: headerRows.upperBound + 1, column: freezeColumns)
    try sheet.fitColumns(minimum: 8, maximum: maximumColumnWidth)
    try sheet.repeatRows(headerRows)
    try printSetUp(sheet)
  }

  /// A4 landscape, one page wide, the report title and page numbers in the margins.
  func printSetUp(_ sheet: Worksheet) throws {
    try sheet.setLandscape()
    try sheet.setPaper(.a4)
    try sheet.fitToPages(width: 1, height: 0)
    try sheet.setHeader("&L\(title)&R&A")
    try sheet.setFooter(language("&C第 &P 页，共 &N 页", "&CPage &P of &N"))
  }
}
