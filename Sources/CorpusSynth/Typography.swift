// How one page prints its digits and punctuation: full- or half-width, stray spaces, byline spacing.

/// The print habits of one page dump, drawn once per file.
struct Typography {
  /// Chance that a number is printed in full-width digits (`１２００名`).
  var fullWidthDigits: Double
  /// Chance that a quantity carries a stray space (`1463 家`, `近 400人`).
  var straySpace: Double
  /// Commas, colons, semicolons and brackets printed half-width (`,` `(`), as some dumps do.
  var halfWidthPunctuation: Bool
  /// `记者 张晶` rather than `记者张晶` in bylines.
  var spacedBylines: Bool

  static func draw(_ rng: inout SplitMix64) -> Typography {
    Typography(
      fullWidthDigits: rng.pick([0, 0, 0.1, 0.35]),
      straySpace: rng.pick([0, 0, 0.15, 0.4]),
      halfWidthPunctuation: rng.chance(0.3),
      spacedBylines: rng.chance(0.6))
  }

  /// The page's form of running text: half-width punctuation where the page uses it.
  func punctuate(_ text: String) -> String {
    guard halfWidthPunctuation else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "，": out.append(",")
      case "：": out.append(":")
      case "；": out.append(";")
      case "（": out.append("(")
      case "）": out.append(")")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// ASCII digits turned full-width (`2024` → `２０２４`).
  static func fullWidth(_ digits: String) -> String {
    String(
      String.UnicodeScalarView(
        digits.unicodeScalars.map { scalar in
          ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
  }
}
