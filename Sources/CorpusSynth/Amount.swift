// A quantity as the generator prints it (`1200余名`, `近千名`, `12.72万人次`) with the bounds it means.
import Extraction

/// One printed quantity and the reading DESIGN.md's qualifier rules give it.
struct Amount {
  /// The quantity as written, stray spaces and full-width digits included.
  var surface: String
  var low: Int?
  var high: Int?
  var qualifier: Qualifier
  /// The measure word written after the number (`名`, `人次`, `个`).
  var unit: String
}

extension Amount {
  /// How vague a figure may be printed.
  enum Vagueness {
    /// Exactly as counted: `56个`, `1,200名`, `两支`, `12.72万人次`.
    case exact
    /// Any of the qualifier forms, exact included.
    case any
    /// Rounded down with 余/多/超/逾: `1200余名`, `千余名`, `3万余人次`.
    case moreThan
  }

  /// Prints `value` with `unit` in a form allowed by `vagueness`.
  static func draw(
    _ value: Int, unit: String, _ vagueness: Vagueness, _ type: Typography, _ rng: inout SplitMix64
  ) -> Amount {
    var printer = AmountPrinter(unit: unit, type: type, rng: rng)
    defer { rng = printer.rng }
    switch vagueness {
    case .exact: return printer.exact(value)
    case .moreThan: return printer.moreThan(value)
    case .any:
      switch printer.rng.int(0...99) {
      case 0..<46: return printer.exact(value)
      case 46..<70: return printer.moreThan(value)
      case 70..<82: return printer.nearly(value)
      case 82..<89: return printer.about(value)
      case 89..<95: return printer.atLeast(value)
      default: return printer.range(value)
      }
    }
  }
}
