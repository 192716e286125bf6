// The floor for workbook cell writing: the same cells through the Xlsx wrapper and through the raw C API.
import Analysis
import CXlsxWriter
import Extraction
import Foundation
import Xlsx

/// The audit's fact rows as plain cells (text, or a number with a number format), written twice
/// into constant-memory sheets: once through ``Xlsx/Worksheet``, once straight through
/// libxlsxwriter. Only the cell loops are timed; closing (zipping) is the same C code for both.
struct CellFloor {
  enum Value {
    case text(String)
    case number(Double, format: String)
  }

  let rows: [[Value]]

  /// Times each loop runs; the bench keeps the fastest.
  static let rounds = 3

  /// Per fact: file, line, headline, measure, place, year, figure (its qualifier's format), low,
  /// high, the number as written and the quote.
  init(facts: [Fact]) {
    rows = facts.map { f in
      let figure = FigureCell([f]).leading
      var row: [Value] = [.text(f.file), .number(Double(f.line), format: "0"), .text(f.article), .text(f.metric.rawValue), .text(f.scope.label)]
      if let year = f.year { row.append(.number(Double(year), format: "0")) }
      if let value = figure?.cellValue, let style = figure?.style { row.append(.number(value, format: style.numberFormat())) }
      if let low = f.low { row.append(.number(low, format: "#,##0")) }
      if let high = f.high { row.append(.number(high, format: "#,##0")) }
      row += [.text(f.surface), .text(f.quote)]
      return row
    }
  }

  var cellCount: Int { rows.reduce(0) { $0 + $1.count } }

  /// Times the wrapper's cell loop.
  func throughWrapper(to path: String) throws -> Stopwatch.Lap {
    var lap = Stopwatch.Lap(wall: 0, cpu: 0)
    try Workbook.write(to: path, options: .init(constantMemory: true)) { book in
      let sheet = try book.addWorksheet("事实")
      lap = try Stopwatch.time {
        for (r, row) in rows.enumerated() {
          for (c, value) in row.enumerated() {
            let cell = CellReference(row: r, column: c)
            switch value {
            case .text(let text): try sheet.write(text, at: cell)
            case .number(let number, let format): try sheet.write(number, at: cell, format: CellFormat(vertical: .top, numberFormat: format))
            }
          }
        }
      }.1
    }
    return lap
  }

  /// Times the same cells through `worksheet_write_string` / `worksheet_write_number`.
  func throughCAPI(to path: String) throws -> Stopwatch.Lap {
    var options = lxw_workbook_options()
    options.constant_memory = 1
    guard let workbook = path.withCString({ workbook_new_opt($0, &options) }),
      let sheet = workbook_add_worksheet(workbook, "事实")
    else { throw CellFloorError.cannotCreate(path) }
    var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    func format(_ code: String) -> UnsafeMutablePointer<lxw_format>? {
      if let known = formats[code] { return known }
      let created = workbook_add_format(workbook)
      format_set_align(created, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
      code.withCString { format_set_num_format(created, $0) }
      formats[code] = created
      return created
    }
    let lap = Stopwatch.time {
      for (r, row) in rows.enumerated() {
        for (c, value) in row.enumerated() {
          switch value {
          case .text(let text):
            _ = text.withCString { worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), $0, nil) }
          case .number(let number, let code):
            _ = worksheet_write_number(sheet, lxw_row_t(r), lxw_col_t(c), number, format(code))
          }
        }
      }
    }.1
    // NB: the wrapper's creation date (never the clock), so both floor files are the same on every run.
    var properties = lxw_doc_properties()
    properties.created = time_t(try DocumentProperties.creationDate(passed: nil).timeIntervalSince1970)
    workbook_set_properties(workbook, &properties)
    guard workbook_close(workbook) == LXW_NO_ERROR else { throw CellFloorError.cannotCreate(path) }
    return lap
  }

  enum CellFloorError: Error, CustomStringConvertible {
    case cannotCreate(String)
    var description: String {
      switch self { case .cannotCreate(let path): "libxlsxwriter could not write \(path)" }
    }
  }
}
