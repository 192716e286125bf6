// Estimates how wide a number displays once formatted, for fitting columns.
import Foundation

/// A rough display width for a formatted number: digits, group separators and the format's
/// quoted literal text (`"近"#,##0` adds 近).
///
/// NB: every number cell is measured, so a whole number's digits are counted arithmetically and the
/// format's scalars read once, with no string built or its characters counted.
enum NumberWidth {
  static func estimate(_ number: Double, format: String?) -> Int {
    let integral = number.rounded() == number && abs(number) < 1e15
    let digits = integral ? printedLength(Int64(number)) : String(format: "%.2f", number).utf8.count
    let traits = format.map(FormatTraits.init) ?? FormatTraits()
    let grouped = traits.groupsThousands ? (digits - 1) / 3 : 0
    return digits + grouped + traits.literalWidth
  }

  /// The length of `String(value)`: its decimal digits and a minus sign.
  static func printedLength(_ value: Int64) -> Int {
    var magnitude = value.magnitude
    var length = value < 0 ? 2 : 1
    while magnitude >= 10 {
      magnitude /= 10
      length += 1
    }
    return length
  }

  /// What a number format adds to a number's width.
  struct FormatTraits {
    /// The format has a `,` (anywhere, as the estimate always read it): digits are grouped by thousands.
    var groupsThousands = false
    /// Display width of the text inside double quotes.
    var literalWidth = 0

    init() {}

    init(_ format: String) {
      var quoted = false
      for scalar in format.unicodeScalars {
        if scalar == "\"" {
          quoted.toggle()
          continue
        }
        if quoted { literalWidth += DisplayWidth.of(scalar) }
        if scalar == "," { groupsThousands = true }
      }
    }
  }
}
