// Keeps article text within Excel's cell limit, cutting visibly rather than failing or losing it silently.
import Foundation

/// Text as it goes into a cell: cut to Excel's limit with a visible marker.
public enum CellText {
  /// Appended where text was cut, so a reader sees that the cell is incomplete.
  public static let truncationMarker = "…[截断]"

  /// `text` unchanged when it fits in a cell, else its longest prefix (whole Unicode scalars)
  /// that fits together with ``truncationMarker``, followed by the marker.
  ///
  /// The limit counts UTF-16 units, as Excel does; libxlsxwriter 1.1.4 counts Unicode scalars,
  /// which is never more, so the result passes `worksheet_write_string`'s check too. NUL, which
  /// C strings cannot carry, becomes U+FFFD so nothing after it is lost silently.
  public static func fitted(_ text: String, limit: Int = ExcelLimit.cellText) -> (text: String, truncated: Bool) {
    // NB: byte-level checks first: every cell is written through here. A text of at most
    // `limit` UTF-8 bytes has at most `limit` UTF-16 units, so most texts skip the count.
    let clean = Self.hasNUL(text) ? String(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : Character($0) }) : text
    guard clean.utf8.count > limit, clean.utf16.count > limit else { return (clean, false) }
    let budget = limit - truncationMarker.utf16.count
    var used = 0
    var kept = String.UnicodeScalarView()
    for scalar in clean.unicodeScalars {
      let width = scalar.utf16.count
      if used + width > budget { break }
      used += width
      kept.append(scalar)
    }
    return (String(kept) + truncationMarker, true)
  }

  /// Whether `text` holds a NUL byte, by `memchr` over its UTF-8 (a generic `contains` is far slower).
  static func hasNUL(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
  }
}
