// Page set-up for printing: orientation, paper, fit to width, repeated header rows, header and footer.
internal import CXlsxWriter

/// Paper sizes for ``Worksheet/setPaper(_:)`` (Excel's paper codes).
public enum Paper: Int, Hashable, Sendable {
  case letter = 1
  case a3 = 8
  case a4 = 9
  case a5 = 11
}

extension Worksheet {
  /// Prints across the long side of the page (`worksheet_set_landscape`).
  public func setLandscape() throws {
    worksheet_set_landscape(try handle("worksheet_set_landscape"))
  }

  /// Prints along the long side of the page (`worksheet_set_portrait`).
  public func setPortrait() throws {
    worksheet_set_portrait(try handle("worksheet_set_portrait"))
  }

  /// Sets the paper size (`worksheet_set_paper`).
  public func setPaper(_ paper: Paper) throws {
    worksheet_set_paper(try handle("worksheet_set_paper"), UInt8(paper.rawValue))
  }

  /// Scales printing to `width` pages wide and `height` pages tall; 0 leaves that direction free,
  /// so `fitToPages(width: 1, height: 0)` fits the width only (`worksheet_fit_to_pages`).
  public func fitToPages(width: Int, height: Int) throws {
    let sheet = try handle("worksheet_fit_to_pages")
    worksheet_fit_to_pages(sheet, UInt16(clamping: width), UInt16(clamping: height))
  }

  /// Repeats rows (zero-based) at the top of every printed page (`worksheet_repeat_rows`).
  public func repeatRows(_ rows: ClosedRange<Int>) throws {
    let sheet = try handle("worksheet_repeat_rows")
    let first = try position(CellReference(row: rows.lowerBound, column: 0)).row
    let last = try position(CellReference(row: rows.upperBound, column: 0)).row
    try LibraryCall.check(worksheet_repeat_rows(sheet, first, last), "worksheet_repeat_rows", "'\(name)' rows \(rows.lowerBound + 1)-\(rows.upperBound + 1)")
  }

  /// Sets the printed page header, in Excel's codes: `&C&"SimSun"北京市总工会&R第 &P 页`
  /// (`worksheet_set_header`).
  public func setHeader(_ text: String) throws {
    let sheet = try handle("worksheet_set_header")
    try checkHeaderFooter(text, "worksheet_set_header")
    let result = text.withCString { worksheet_set_header(sheet, $0) }
    try LibraryCall.check(result, "worksheet_set_header", "'\(name)'")
  }

  /// Sets the printed page footer, e.g. `&C第 &P 页，共 &N 页` (`worksheet_set_footer`).
  public func setFooter(_ text: String) throws {
    let sheet = try handle("worksheet_set_footer")
    try checkHeaderFooter(text, "worksheet_set_footer")
    let result = text.withCString { worksheet_set_footer(sheet, $0) }
    try LibraryCall.check(result, "worksheet_set_footer", "'\(name)'")
  }

  private func checkHeaderFooter(_ text: String, _ call: String) throws {
    let length = text.unicodeScalars.count
    guard length > ExcelLimit.headerFooterLength else { return }
    throw XlsxError.invalidArgument(
      call: call, context: "'\(name)'",
      problem: "\(length) characters; expected at most \(ExcelLimit.headerFooterLength)")
  }
}
