// Column widths, row heights, merged titles, frozen panes and filters.
internal import CXlsxWriter

extension Worksheet {
  /// Sets the width (in characters) and optional format of a span of columns
  /// (`worksheet_set_column`).
  public func setColumn(_ columns: ClosedRange<Int>, width: Double, format: CellFormat? = nil) throws {
    let sheet = try handle("worksheet_set_column")
    let first = try position(CellReference(row: 0, column: columns.lowerBound)).column
    let last = try position(CellReference(row: 0, column: columns.upperBound)).column
    let result = worksheet_set_column(sheet, first, last, width, try workbook.format(format))
    try LibraryCall.check(result, "worksheet_set_column", "'\(name)' columns \(A1.columnName(columns.lowerBound)):\(A1.columnName(columns.upperBound))")
    for column in columns { columnFormats[column] = format }
  }

  /// Sets one column's width and optional format (`worksheet_set_column`).
  public func setColumn(_ column: Int, width: Double, format: CellFormat? = nil) throws {
    try setColumn(column...column, width: width, format: format)
  }

  /// Sets every written column's width from its widest cell (``DisplayWidth``) plus padding,
  /// between `minimum` and `maximum` (`worksheet_set_column`; C has no autofit).
  ///
  /// Merged cells don't count. Formats given earlier with ``setColumn(_:width:format:)`` are kept.
  public func fitColumns(minimum: Double = 6, maximum: Double = 60, padding: Double = 2) throws {
    for (column, width) in contentWidths.enumerated() where width >= 0 {
      let fitted = min(max(Double(width) + padding, minimum), maximum)
      try setColumn(column, width: fitted, format: columnFormats[column])
    }
  }

  /// Sets a row's height in points and optional format (`worksheet_set_row`).
  public func setRow(_ row: Int, height: Double, format: CellFormat? = nil) throws {
    let sheet = try handle("worksheet_set_row")
    let cRow = try position(CellReference(row: row, column: 0)).row
    let result = worksheet_set_row(sheet, cRow, height, try workbook.format(format))
    try LibraryCall.check(result, "worksheet_set_row", "'\(name)' row \(row + 1)")
  }

  /// Merges a range into one cell holding `text`, e.g. a sheet title (`worksheet_merge_range`).
  /// In constant-memory mode it must come in row order like any other write.
  public func mergeRange(_ range: CellRange, _ text: String, format: CellFormat? = nil) throws {
    let sheet = try handle("worksheet_merge_range")
    let (first, last) = try positions(range)
    let fitted = CellText.fitted(text)
    if fitted.truncated { truncatedCells.append(range.first.on(name)) }
    let cFormat = try workbook.format(format)
    let result = fitted.text.withCString {
      worksheet_merge_range(sheet, first.row, first.column, last.row, last.column, $0, cFormat)
    }
    try LibraryCall.check(result, "worksheet_merge_range", "'\(name)'!\(range.a1)")
  }

  /// Freezes the rows above `row` and the columns left of `column`: `freezePanes(row: 1)` keeps
  /// the header row in view (`worksheet_freeze_panes`).
  public func freezePanes(row: Int, column: Int = 0) throws {
    let sheet = try handle("worksheet_freeze_panes")
    let cell = try position(CellReference(row: row, column: column))
    worksheet_freeze_panes(sheet, cell.row, cell.column)
  }

  /// Adds filter buttons to the header row of `range` (`worksheet_autofilter`). Tables from
  /// ``addTable(header:rows:at:options:)`` have their own filter; don't add one over them.
  public func autofilter(_ range: CellRange) throws {
    let sheet = try handle("worksheet_autofilter")
    let (first, last) = try positions(range)
    let result = worksheet_autofilter(sheet, first.row, first.column, last.row, last.column)
    try LibraryCall.check(result, "worksheet_autofilter", "'\(name)'!\(range.a1)")
  }
}
