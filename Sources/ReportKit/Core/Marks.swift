// The fills and markers that tell a gap, a conflict and an uncounted mention apart at a glance.
import Xlsx

/// The visible states of a value cell besides a plain number; the 概览 legend explains the ones
/// a workbook uses.
public enum Mark: String, Hashable, Sendable, CaseIterable {
  /// No source gives a figure: a blank cell with a grey fill (never 0, so charts show a gap).
  case noData
  /// Sources disagree: the leading figure on a light-orange fill, all readings in the note.
  case conflict
  /// A station named without a count: the number 1 (at least one) shown as 有（未计数）.
  case mentioned

  /// The fill colour of the mark.
  public var fill: Color {
    switch self {
    case .noData: Color(0xE7E6E6)
    case .conflict: Color(0xF8CBAD)
    case .mentioned: Color(0xC6EFCE)
    }
  }

  /// The number format of a mentioned cell: the value 1 shows as the marker text.
  static let mentionedFormat = "\"有（未计数）\""
}

/// Formats shared by every sheet.
enum Styles {
  /// A figure with its qualifier's number format and, when marked, the mark's fill.
  static func figure(_ numberFormat: String, mark: Mark? = nil) -> CellFormat {
    CellFormat(fillColor: mark?.fill, vertical: .top, numberFormat: numberFormat)
  }

  /// A no-data gap.
  static let gap = CellFormat(fillColor: Mark.noData.fill)
  /// Text that may be long: wrapped, top-aligned.
  static let wrap = CellFormat.wrapText
  /// Conflict text beside a row: dark red on the conflict fill.
  static let conflictText = CellFormat(fontColor: Color(0x9C0006), fillColor: Mark.conflict.fill, vertical: .top, wrap: true)
  /// A source line number, centred so it doesn't run into the next column's text.
  static let line = CellFormat(horizontal: .center, vertical: .top, numberFormat: "0")
  /// A plain year: `2024`.
  static let year = CellFormat(vertical: .top, numberFormat: "0")
  /// A count: `1,234`.
  static let count = CellFormat(vertical: .top, numberFormat: "#,##0")
  /// Section labels on the 概览 sheet.
  static let label = CellFormat(bold: true, fontColor: .darkBlue, vertical: .top)
  /// Section headings on the 概览 sheet.
  static let section = CellFormat(bold: true, fontSize: 12, fontColor: .white, fillColor: .darkBlue)
  /// Muted text, e.g. 无上限.
  static let muted = CellFormat(italic: true, fontColor: Color(0x7F7F7F), vertical: .top)
}
