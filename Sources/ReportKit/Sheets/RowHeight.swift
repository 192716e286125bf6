// Row heights for wrapped text: LibreOffice (and Excel, for generated files) don't grow rows by themselves.
import Xlsx

/// Estimates how many lines wrapped text takes in a column, to size its row.
enum RowHeight {
  /// Excel's default row height in points, one line of 11 pt text.
  static let line = 15.0

  /// Lines `text` needs in a column `width` characters wide (explicit line breaks count).
  static func lines(_ text: String, width: Double) -> Int {
    let usable = max(Int(width) - 2, 1)
    // NB: no scalar displays wider than its UTF-8 bytes, so short text is one line unscanned.
    if text.utf8.count <= usable, !text.utf8.contains(UInt8(ascii: "\n")) { return 1 }
    return DisplayWidth.withTable { table in
      var lines = 0
      var width = 0
      for scalar in text.unicodeScalars {
        if scalar == "\n" {
          lines += max(1, (width + usable - 1) / usable)
          width = 0
        } else {
          width += DisplayWidth.of(scalar, table: table)
        }
      }
      return lines + max(1, (width + usable - 1) / usable)
    }
  }

  /// Sets `row`'s height for the tallest of `texts` (each with its column width), if above one line.
  static func fit(_ row: Int, texts: [(String, width: Double)], on sheet: Worksheet) throws {
    try fit(row, lines: texts.map { Self.lines($0.0, width: $0.width) }.max() ?? 1, on: sheet)
  }

  /// Sets `row`'s height for `lines` lines of text, if above one.
  static func fit(_ row: Int, lines: Int, on sheet: Worksheet) throws {
    if lines > 1 { try sheet.setRow(row, height: Double(lines) * line) }
  }
}
