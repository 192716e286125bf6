// Estimates how wide a number displays once formatted, for fitting columns.
import Foundation

/// A rough display width for a formatted number: digits, group separators and the format's
/// quoted literal text (`"近"#,##0` adds 近).
enum NumberWidth {
  static func estimate(_ number: Double, format: String?) -> Int {
    let integral = number.rounded() == number && abs(number) < 1e15
    let digits = integral ? String(Int64(number)) : String(format: "%.2f", number)
    let grouped = (format?.utf8.contains(UInt8(ascii: ",")) ?? false) ? (digits.count - 1) / 3 : 0
    return digits.count + grouped + literalWidth(format)
  }

  /// Width of the text inside double quotes in a number format.
  static func literalWidth(_ format: String?) -> Int {
    guard let format, format.utf8.contains(UInt8(ascii: "\"")) else { return 0 }
    var inside = false
    var width = 0
    for scalar in format.unicodeScalars {
      if scalar == "\"" { inside.toggle() } else if inside { width += DisplayWidth.of(scalar) }
    }
    return width
  }
}
