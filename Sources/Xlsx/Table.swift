// What addTable wrote: where the table is and the range of each column, for charts and formulas.

/// An Excel table written by ``Worksheet/addTable(header:rows:at:options:)``: its place and the
/// ranges of its columns, so charts never need hand-typed `"$B$2:$B$9"`.
public struct Table: Hashable, Sendable {
  /// The table name given in ``TableOptions``, or nil for libxlsxwriter's `TableN`.
  public let name: String?
  /// The whole table, header row included, on its sheet.
  public let range: CellRange
  /// The column names, in order.
  public let header: [String]

  /// The sheet the table is on.
  public var sheet: String { range.sheet ?? "" }
  /// Number of data rows (at least 1: Excel tables need one, blank if there was no data).
  public var dataRowCount: Int { range.rowCount - 1 }

  /// The data cells (header excluded) of the column at a zero-based index.
  public func column(_ index: Int) throws -> CellRange {
    try check(index)
    let top = CellReference(row: range.first.row + 1, column: range.first.column + index)
    let bottom = CellReference(row: range.last.row, column: range.first.column + index)
    return CellRange(from: top, to: bottom, sheet: sheet)
  }

  /// The data cells of the column named `name`.
  public func column(named name: String) throws -> CellRange {
    guard let index = header.firstIndex(of: name) else {
      throw XlsxError.invalidArgument(
        call: "Table.column", context: range.description,
        problem: "no column named '\(name)'; columns are \(header.joined(separator: ", "))")
    }
    return try column(index)
  }

  /// The header cell of the column at a zero-based index (a chart series name from a cell).
  public func headerCell(_ index: Int) throws -> CellReference {
    try check(index)
    return CellReference(row: range.first.row, column: range.first.column + index, sheet: sheet)
  }

  private func check(_ index: Int) throws {
    guard header.indices.contains(index) else {
      throw XlsxError.invalidArgument(
        call: "Table.column", context: range.description,
        problem: "column index \(index); expected 0..<\(header.count)")
    }
  }
}

/// Options for ``Worksheet/addTable(header:rows:at:options:)`` (`lxw_table_options`).
public struct TableOptions: Hashable, Sendable {
  /// Excel's built-in table style families.
  public enum Style: Hashable, Sendable {
    case light(Int), medium(Int), dark(Int), none
  }

  /// The table name (letters, digits, underscores; no spaces), or nil for `TableN`.
  public var name: String?
  /// The table style; Excel's default is Medium 9.
  public var style: Style
  /// Alternate row shading (on by default).
  public var bandedRows: Bool
  /// Filter buttons in the header (on by default).
  public var autofilter: Bool
  /// A format per column for the data cells, by zero-based index (e.g. `.moreThan`).
  public var columnFormats: [Int: CellFormat]
  /// A format for the header cells, or nil for the table style's.
  public var headerFormat: CellFormat?

  public init(
    name: String? = nil, style: Style = .medium(9), bandedRows: Bool = true, autofilter: Bool = true,
    columnFormats: [Int: CellFormat] = [:], headerFormat: CellFormat? = nil
  ) {
    self.name = name
    self.style = style
    self.bandedRows = bandedRows
    self.autofilter = autofilter
    self.columnFormats = columnFormats
    self.headerFormat = headerFormat
  }
}
