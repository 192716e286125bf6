// One value for a cell, so tables can mix text, numbers, dates and links in a row.
import Foundation

/// A value to write into a cell; string and number literals convert implicitly.
///
/// `.text` is always written with `worksheet_write_string`, whatever it starts with (`=`, `+`,
/// `@`, `-`): article text is never a formula.
public enum CellValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
  case text(String)
  case number(Double)
  case boolean(Bool)
  /// A date written as an Excel serial number with a date format.
  case date(Date)
  /// A hyperlink with optional display text.
  case url(String, text: String?)
  /// An empty cell (written only when it has a format).
  case blank

  public init(stringLiteral value: String) { self = .text(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(booleanLiteral value: Bool) { self = .boolean(value) }

  /// A number, or blank when nil (charts show blanks as gaps).
  public static func number(_ value: Int?) -> CellValue { value.map { .number(Double($0)) } ?? .blank }
  /// Text, or blank when nil.
  public static func text(_ value: String?) -> CellValue { value.map { .text($0) } ?? .blank }

  /// Blank, or text with nothing in it: a cell that shows nothing.
  public var isEmpty: Bool {
    switch self {
    case .blank: true
    case .text(let text): text.isEmpty
    default: false
    }
  }
}
