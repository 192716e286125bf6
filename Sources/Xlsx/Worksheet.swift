// A worksheet handle owned by its workbook, and the cell writers: strings, numbers, dates, links.
import Foundation
internal import CXlsxWriter

/// A worksheet of a ``Workbook`` (libxlsxwriter's `lxw_worksheet`), created by
/// ``Workbook/addWorksheet(_:)``.
///
/// Cells are zero-based ``CellReference``s (`"B2"` literals work). Every writer checks the cell
/// against Excel's grid first and throws ``XlsxError/cellOutOfRange(sheet:row:column:)`` naming it.
public final class Worksheet {
  /// The sheet's name as shown on its tab.
  public let name: String
  /// Cells whose text was cut to fit Excel's limit, in the order written (for a 数据质量 sheet).
  public internal(set) var truncatedCells: [CellReference] = []

  let workbook: Workbook
  private let pointer: UnsafeMutablePointer<lxw_worksheet>
  /// The widest display width written per column, for ``fitColumns(minimum:maximum:)``; -1 for a
  /// column nothing was written to. NB: an array, not a dictionary: it is read for every text cell,
  /// and, like the workbook's per-cell state, without the runtime's exclusivity check (one thread,
  /// no overlapping access).
  @exclusivity(unchecked) var contentWidths: [Int] = []
  /// Formats given to ``setColumn(_:width:format:)``, kept when columns are fitted.
  var columnFormats: [Int: CellFormat] = [:]

  init(name: String, workbook: Workbook, handle: UnsafeMutablePointer<lxw_worksheet>) {
    self.name = name
    self.workbook = workbook
    self.pointer = handle
  }

  /// The C handle, after checking that the workbook is still open.
  func handle(_ call: String) throws -> UnsafeMutablePointer<lxw_worksheet> {
    try workbook.ensureOpen(call)
    return pointer
  }

  /// Context text for errors: `'概览'!B2`.
  func context(_ cell: CellReference) -> String { A1.quotedSheet(name) + "!" + cell.a1 }

  /// Checks a cell against the grid and this sheet, returning C row and column.
  func position(_ cell: CellReference) throws -> (row: lxw_row_t, column: lxw_col_t) {
    if let text = cell.unparsed { throw XlsxError.invalidReference(text) }
    if let sheet = cell.sheet, sheet != name {
      throw XlsxError.invalidArgument(
        call: "Worksheet", context: cell.absolute, problem: "cell is on sheet '\(sheet)', not '\(name)'")
    }
    guard (0..<ExcelLimit.rows).contains(cell.row), (0..<ExcelLimit.columns).contains(cell.column) else {
      throw XlsxError.cellOutOfRange(sheet: name, row: cell.row, column: cell.column)
    }
    return (lxw_row_t(cell.row), lxw_col_t(cell.column))
  }

  /// Checks both corners of a range.
  func positions(_ range: CellRange) throws -> (first: (row: lxw_row_t, column: lxw_col_t), last: (row: lxw_row_t, column: lxw_col_t)) {
    if let text = range.unparsed { throw XlsxError.invalidReference(text) }
    return (try position(range.first.on(range.sheet ?? name)), try position(range.last.on(range.sheet ?? name)))
  }

  /// Records how wide a cell's content displays.
  func track(_ width: Int, column: Int) {
    if column >= contentWidths.count {
      contentWidths.append(contentsOf: repeatElement(-1, count: column + 1 - contentWidths.count))
    }
    contentWidths[column] = max(contentWidths[column], width)
  }

  /// The widest display width written to `column` so far (0 when none).
  func widestWritten(_ column: Int) -> Int {
    column < contentWidths.count ? max(contentWidths[column], 0) : 0
  }

  /// Writes text as a string cell, never a formula (`worksheet_write_string`).
  ///
  /// Text longer than Excel's 32,767 characters is cut with ``CellText/truncationMarker`` and
  /// the cell is listed in ``truncatedCells``. Empty text without a format writes nothing.
  public func write(_ text: String, at cell: CellReference, format: CellFormat? = nil) throws {
    try writeText(text, at: cell, cFormat: try workbook.format(format))
  }

  /// Writes a number (`worksheet_write_number`); NaN and infinity are refused.
  public func write(_ number: Double, at cell: CellReference, format: CellFormat? = nil) throws {
    try writeNumber(number, at: cell, cFormat: try workbook.format(format), numberFormat: format?.numberFormat)
  }

  /// Writes an integer as a number (`worksheet_write_number`).
  public func write(_ number: Int, at cell: CellReference, format: CellFormat? = nil) throws {
    try write(Double(number), at: cell, format: format)
  }

  /// Writes TRUE or FALSE (`worksheet_write_boolean`).
  public func write(_ value: Bool, at cell: CellReference, format: CellFormat? = nil) throws {
    try writeBoolean(value, at: cell, cFormat: try workbook.format(format))
  }

  /// Writes a date as an Excel serial number (days since 1899-12-30, UTC) with a date format
  /// (`worksheet_write_number`).
  public func write(_ date: Date, at cell: CellReference, format: CellFormat = .date) throws {
    try writeDate(date, at: cell, cFormat: try workbook.format(format), numberFormat: format.numberFormat)
  }

  /// Writes an empty cell that carries a format (`worksheet_write_blank`); without a format
  /// libxlsxwriter writes nothing.
  public func writeBlank(at cell: CellReference, format: CellFormat? = nil) throws {
    try writeBlank(at: cell, cFormat: try workbook.format(format))
  }

  /// Writes a hyperlink with optional display text (`worksheet_write_url_opt`); without a format
  /// the link gets Excel's blue underlined style.
  public func writeURL(_ url: String, text: String? = nil, at cell: CellReference, format: CellFormat? = nil) throws {
    try writeURL(url, text: text, at: cell, cFormat: try workbook.format(format))
  }

  /// Writes a formula such as `=SUM(B2:B9)` (`worksheet_write_formula`). Only for formulas the
  /// report builds itself (e.g. from a ``CellRange``); article text goes through
  /// ``write(_:at:format:)-(String,_,_)``.
  public func writeFormula(_ formula: String, at cell: CellReference, format: CellFormat? = nil) throws {
    let sheet = try handle("worksheet_write_formula")
    let (row, column) = try position(cell)
    let cFormat = try workbook.format(format)
    let result = formula.withCString { worksheet_write_formula(sheet, row, column, $0, cFormat) }
    try LibraryCall.check(result, "worksheet_write_formula", context(cell))
  }

  /// Writes any ``CellValue`` with the matching writer.
  public func write(_ value: CellValue, at cell: CellReference, format: CellFormat? = nil) throws {
    if case .date(let date) = value, format == nil { return try write(date, at: cell) }
    try write(value, at: cell, cFormat: try workbook.format(format), numberFormat: format?.numberFormat)
  }

  /// Writes any ``CellValue`` with a format registered once for many cells (``Workbook/register(_:)``).
  public func write(_ value: CellValue, at cell: CellReference, format: RegisteredFormat?) throws {
    if case .date(let date) = value, format == nil { return try write(date, at: cell) }
    try write(value, at: cell, cFormat: try workbook.format(format), numberFormat: format?.format.numberFormat)
  }

  private func write(
    _ value: CellValue, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?, numberFormat: String?
  ) throws {
    switch value {
    case .text(let text): try writeText(text, at: cell, cFormat: cFormat)
    case .number(let number): try writeNumber(number, at: cell, cFormat: cFormat, numberFormat: numberFormat)
    case .boolean(let flag): try writeBoolean(flag, at: cell, cFormat: cFormat)
    case .date(let date): try writeDate(date, at: cell, cFormat: cFormat, numberFormat: numberFormat)
    case .url(let url, let text): try writeURL(url, text: text, at: cell, cFormat: cFormat)
    case .blank: try writeBlank(at: cell, cFormat: cFormat)
    }
  }

  private func writeText(_ text: String, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?) throws {
    let sheet = try handle("worksheet_write_string")
    let (row, column) = try position(cell)
    let fitted = CellText.fitted(text)
    if fitted.truncated { truncatedCells.append(cell.on(name)) }
    let result = fitted.text.withCString { worksheet_write_string(sheet, row, column, $0, cFormat) }
    try LibraryCall.check(result, "worksheet_write_string", context(cell))
    // NB: text displays at most as wide as its UTF-8 bytes; narrower text can't widen the column.
    if fitted.text.utf8.count > widestWritten(cell.column) {
      track(DisplayWidth.of(fitted.text), column: cell.column)
    }
  }

  private func writeNumber(
    _ number: Double, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?, numberFormat: String?
  ) throws {
    let sheet = try handle("worksheet_write_number")
    let (row, column) = try position(cell)
    guard number.isFinite else {
      throw XlsxError.invalidNumber(sheet: name, cell: cell.a1, value: number)
    }
    let result = worksheet_write_number(sheet, row, column, number, cFormat)
    try LibraryCall.check(result, "worksheet_write_number", context(cell))
    track(NumberWidth.estimate(number, format: numberFormat), column: cell.column)
  }

  private func writeBoolean(_ value: Bool, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?) throws {
    let sheet = try handle("worksheet_write_boolean")
    let (row, column) = try position(cell)
    let result = worksheet_write_boolean(sheet, row, column, value ? 1 : 0, cFormat)
    try LibraryCall.check(result, "worksheet_write_boolean", context(cell))
    track(5, column: cell.column)
  }

  private func writeDate(
    _ date: Date, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?, numberFormat: String?
  ) throws {
    try writeNumber(ExcelDate.serial(date), at: cell, cFormat: cFormat, numberFormat: numberFormat)
    track(DisplayWidth.of(numberFormat ?? "yyyy-mm-dd"), column: cell.column)
  }

  private func writeBlank(at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?) throws {
    let sheet = try handle("worksheet_write_blank")
    let (row, column) = try position(cell)
    let result = worksheet_write_blank(sheet, row, column, cFormat)
    try LibraryCall.check(result, "worksheet_write_blank", context(cell))
  }

  private func writeURL(
    _ url: String, text: String?, at cell: CellReference, cFormat: UnsafeMutablePointer<lxw_format>?
  ) throws {
    let sheet = try handle("worksheet_write_url_opt")
    let (row, column) = try position(cell)
    let shown = text.map { CellText.fitted($0).text }
    let result = url.withCString { cURL in
      withOptionalCString(shown) { cText in
        worksheet_write_url_opt(sheet, row, column, cURL, cFormat, cText, nil)
      }
    }
    try LibraryCall.check(result, "worksheet_write_url_opt", context(cell))
    track(DisplayWidth.of(shown ?? url), column: cell.column)
  }
}

/// Runs `body` with a C string for `text`, or NULL when it is nil.
func withOptionalCString<R>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
  guard let text else { return body(nil) }
  return text.withCString { body($0) }
}
