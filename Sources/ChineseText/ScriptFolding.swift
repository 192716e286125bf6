// Traditional → Simplified Han folding, scalar by scalar, from a table ICU builds once.
import Foundation

/// Folds Traditional Han characters to Simplified (`體` → `体`, `會` → `会`).
///
/// The table is built once, lazily and thread-safely (a `static let`), by running ICU's
/// `Hant-Hans` transform over every scalar of the CJK Unified Ideographs blocks; after that a
/// fold is one array lookup. Only one-to-one scalar mappings are kept, so offsets never shift.
public enum ScriptFolding {
  /// The scalars the table covers: Extension A and the CJK Unified Ideographs block.
  static let coveredRange: ClosedRange<UInt32> = 0x3400...0x9FFF

  /// `table[v - lowerBound]` is the Simplified scalar value for `v` (or `v` itself).
  static let table: [UInt32] = buildTable()

  /// Whether ICU's transform was available when the table was built (it is on Linux and macOS).
  public static var isAvailable: Bool { table.indices.contains { table[$0] != UInt32($0) + coveredRange.lowerBound } }

  /// The Simplified form of a scalar, or the scalar itself.
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    guard value >= 0x3400 && value <= 0x9FFF else { return scalar }
    return Unicode.Scalar(table[Int(value - 0x3400)]) ?? scalar
  }

  /// Whether `scalar` changes when folded.
  public static func isTraditional(_ scalar: Unicode.Scalar) -> Bool { fold(scalar) != scalar }

  static func buildTable() -> [UInt32] {
    var table = Array(coveredRange)
    // NB: one scalar per line so ICU's phrase-level rules cannot see neighbours.
    var source = String.UnicodeScalarView()
    source.reserveCapacity(table.count * 2)
    for value in coveredRange {
      source.append(Unicode.Scalar(value)!)
      source.append("\n")
    }
    guard
      let folded = String(source).applyingTransform(StringTransform("Hant-Hans"), reverse: false)
    else { return table }
    var index = 0
    for piece in folded.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      guard index < table.count else { break }
      if piece.count == 1, let simplified = piece.first, simplified.isHan {
        table[index] = simplified.value
      }
      index += 1
    }
    return table
  }
}
