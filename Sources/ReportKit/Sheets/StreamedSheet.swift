// A data sheet too big to hold in memory: rows streamed to disk in order, continuing on further sheets.
import Xlsx

/// Rows written one at a time to sheets in constant-memory mode, each with a frozen header, filter
/// buttons, fitted columns and the print set-up of every data sheet. When a sheet reaches Excel's
/// 1,048,576 rows, the rows continue on `<name> 2`, `<name> 3`… with the same header.
///
/// A streamed sheet has no Excel table (libxlsxwriter can't stream one); the filter buttons stand
/// in for it. Write every row through ``append(_:override:then:)`` in order, then call ``finish()``.
public final class StreamedSheet {
  let book: ReportBook
  let name: String
  let about: String
  let header: [String]
  /// Column formats (top-aligned text, wrapped for the `wrap` columns, unless given).
  let columnFormats: [CellFormat]
  /// The `wrap` columns, in order.
  /// NB: an array walked once a row, not a `Set` asked for every cell: hashing each column was
  /// a measurable share of a streamed row's cost.
  let wrapped: [Int]
  /// Data rows per sheet, below the header.
  let rowsPerSheet: Int
  /// `columnFormats` registered with the workbook at the first row, so rows skip the lookup.
  private var registered: [RegisteredFormat] = []
  private var sheet: Worksheet?
  private var row = 0
  private(set) var sheets: [Worksheet] = []

  public init(
    book: ReportBook, name: String, about: String, header: [String], formats: [Int: CellFormat] = [:],
    wrap: Set<Int> = [], rowsPerSheet: Int = ExcelLimit.rows - 1
  ) {
    self.book = book
    self.name = name
    self.about = about
    self.header = header
    self.columnFormats = header.indices.map { formats[$0] ?? CellFormat(vertical: .top, wrap: wrap.contains($0)) }
    self.wrapped = wrap.sorted()
    self.rowsPerSheet = max(1, rowsPerSheet)
  }

  /// Writes the next row; `override` gives one cell a format of its own instead of its column's.
  /// A blank or empty-text cell with no override writes nothing. `then` writes more cells into the
  /// row (a figure with its note, a gap) while it is still the current row.
  public func append(
    _ values: [CellValue], override: (column: Int, format: CellFormat)? = nil,
    then: ((_ sheet: Worksheet, _ at: (_ column: Int) -> CellReference) throws -> Void)? = nil
  ) throws {
    if sheet == nil || row > rowsPerSheet { try startSheet() }
    guard let sheet else { return }
    // NB: in constant-memory mode a row's height must be set before the row is left.
    var lines = 1
    for column in wrapped where column < values.count {
      if case .text(let text) = values[column] { lines = max(lines, RowHeight.lines(text, width: maximumColumnWidth)) }
    }
    try RowHeight.fit(row, lines: lines, on: sheet)
    for (column, value) in values.enumerated() {
      let cell = CellReference(row: row, column: column)
      if let override, override.column == column {
        try sheet.write(value, at: cell, format: override.format)
      } else if !value.isEmpty {
        // NB: an empty cell with its column's format looks like no cell; most rows have a few.
        try sheet.write(value, at: cell, format: registered[column])
      }
    }
    let current = row
    try then?(sheet) { CellReference(row: current, column: $0) }
    row += 1
  }

  /// Adds the filter buttons and finishes every sheet written (an empty stream still gets one
  /// sheet, with its header).
  public func finish() throws {
    if sheet == nil { try startSheet() }
    try closeSheet()
  }

  private func startSheet() throws {
    try closeSheet()
    let number = sheets.count + 1
    let sheetName = number == 1 ? name : "\(name) \(number)"
    let sheetAbout = number == 1 ? about : book.language("（续第 \(number - 1) 页）", "(continued, part \(number)) ") + about
    let next = try book.addSheet(sheetName, about: sheetAbout, constantMemory: true)
    if registered.isEmpty { registered = try columnFormats.map { try book.workbook.register($0) } }
    for (column, title) in header.enumerated() {
      try next.write(title, at: CellReference(row: 0, column: column), format: .header)
    }
    sheets.append(next)
    sheet = next
    row = 1
  }

  private func closeSheet() throws {
    guard let sheet else { return }
    try sheet.autofilter(CellRange(
      from: CellReference(row: 0, column: 0), to: CellReference(row: max(row - 1, 0), column: header.count - 1)))
    try book.finish(sheet)
    self.sheet = nil
  }
}
