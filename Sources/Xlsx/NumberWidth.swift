// Estimates how wide a number displays once formatted, for fitting columns.
import Foundation

/// A rough display width for a formatted number: digits, group separators and the format's
/// quoted literal text (`"近"#,##0` adds 近).
enum NumberWidth {
  static func estimate(_ number: Double, format: String?) -> Int {
    let integral = number.rounded() == number && abs(number) < 1e15
    let digits = integral ? String(Int64(number)) : String(format: "%.2f", number)
    let grouped = (format?.contains(",") ?? false) ? (digits.count - 1) / 3 : 0
    return digits.count + grouped + literalWidth(format)
  }

  /// Width of the text inside double quotes in a number format.
  static func literalWidth(_ format: String?) -> Int {
    guard let format else { return 0 }
    var inside = false
    var literal = ""
    for c in format {
      if c == "\"" { inside.toggle() } else if inside { literal.append(c) }
    }
    return DisplayWidth.of(literal)
  }
}
