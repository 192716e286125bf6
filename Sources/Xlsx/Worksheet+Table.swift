// Writes a header and rows as an Excel table and returns the ranges it wrote.
import Foundation
internal import CXlsxWriter

extension Worksheet {
  /// Writes `rows` under `header` at `origin` and makes them an Excel table
  /// (`worksheet_write_*` for the data, then `worksheet_add_table`).
  ///
  /// Returns the ``Table`` with each column's range for charts. Rows shorter than the header
  /// are padded with blanks; longer rows, an empty header and duplicate column names (Excel
  /// compares them case-insensitively) are refused. Not available in constant-memory mode.
  @discardableResult
  public func addTable(
    header: [String], rows: [[CellValue]], at origin: CellReference = "A1",
    options: TableOptions = TableOptions()
  ) throws -> Table {
    let sheet = try handle("worksheet_add_table")
    try validate(header: header, rows: rows, at: origin)
    let last = origin.offset(rows: max(rows.count, 1), columns: header.count - 1)
    let (first, end) = try positions(CellRange(from: origin, to: last))

    for (r, row) in rows.enumerated() {
      for (c, value) in row.enumerated() {
        try write(value, at: origin.offset(rows: r + 1, columns: c), format: options.columnFormats[c])
      }
    }

    // The C structs borrow strdup'd headers for the call; libxlsxwriter copies what it keeps.
    let headerFormat = try workbook.format(options.headerFormat)
    let names = header.map { strdup(CellText.fitted($0, limit: ExcelLimit.tableHeaderLength).text) }
    let columns = names.map { name -> UnsafeMutablePointer<lxw_table_column>? in
      let column = UnsafeMutablePointer<lxw_table_column>.allocate(capacity: 1)
      column.initialize(to: lxw_table_column())
      column.pointee.header = name
      column.pointee.header_format = headerFormat
      return column
    }
    let list = UnsafeMutablePointer<UnsafeMutablePointer<lxw_table_column>?>.allocate(capacity: columns.count + 1)
    list.initialize(from: columns + [nil], count: columns.count + 1)
    let tableName = options.name.flatMap { strdup($0) }
    defer {
      free(tableName)
      list.deallocate()
      columns.forEach { $0?.deallocate() }
      names.forEach { free($0) }
    }

    var c = lxw_table_options()
    c.name = tableName
    c.no_banded_rows = options.bandedRows ? 0 : 1
    c.no_autofilter = options.autofilter ? 0 : 1
    (c.style_type, c.style_type_number) = options.style.lxw
    c.columns = list
    let result = worksheet_add_table(sheet, first.row, first.column, end.row, end.column, &c)
    let range = CellRange(from: origin.on(name), to: last.on(name), sheet: name)
    try LibraryCall.check(result, "worksheet_add_table", "'\(name)'!\(range.a1)")

    // NB: the filter button takes about two characters of the header cell.
    let filterButton = options.autofilter ? 2 : 0
    for (c, title) in header.enumerated() {
      track(DisplayWidth.of(title) + filterButton, column: origin.column + c)
    }
    return Table(name: options.name, range: range, header: header)
  }

  private func validate(header: [String], rows: [[CellValue]], at origin: CellReference) throws {
    let place = "'\(name)'!\(origin.a1)"
    guard !header.isEmpty else {
      throw XlsxError.invalidArgument(call: "worksheet_add_table", context: place, problem: "no columns; expected a header")
    }
    var seen: [String: String] = [:]
    for title in header {
      if let earlier = seen[title.lowercased()] {
        throw XlsxError.invalidArgument(
          call: "worksheet_add_table", context: place,
          problem: "column '\(title)' repeats '\(earlier)'; Excel needs unique column names")
      }
      seen[title.lowercased()] = title
    }
    if let long = rows.firstIndex(where: { $0.count > header.count }) {
      throw XlsxError.invalidArgument(
        call: "worksheet_add_table", context: place,
        problem: "row \(long + 1) has \(rows[long].count) values; expected at most \(header.count)")
    }
  }
}

extension TableOptions.Style {
  var lxw: (UInt8, UInt8) {
    switch self {
    case .light(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue), UInt8(clamping: n))
    case .medium(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue), UInt8(clamping: n))
    case .dark(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_DARK.rawValue), UInt8(clamping: n))
    case .none: return (UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue), 0)
    }
  }
}
