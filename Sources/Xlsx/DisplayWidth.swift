// How wide text looks in a cell: East Asian wide and fullwidth scalars take two units.

/// Display width of text in column-width units, for sizing columns (libxlsxwriter has no
/// autofit).
///
/// Scans Unicode scalars, not Characters: a Han character, a fullwidth letter or CJK punctuation
/// counts 2; combining marks, variation selectors and zero-width format characters count 0;
/// everything else counts 1. The widest line of multi-line text decides.
public enum DisplayWidth {
  /// The display width of `text` (its widest line).
  public static func of(_ text: String) -> Int {
    withTable { table in
      var widest = 0
      var current = 0
      for scalar in text.unicodeScalars {
        if scalar == "\n" {
          widest = max(widest, current)
          current = 0
        } else {
          current += of(scalar, table: table)
        }
      }
      return max(widest, current)
    }
  }

  /// The display width of one scalar: 0, 1 or 2.
  @inline(__always)
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    withTable { of(scalar, table: $0) }
  }

  /// Runs `body` with the Basic Multilingual Plane's widths.
  /// NB: a scan reads the table once: each read of a lazy global is a `swift_once` call.
  @inline(__always)
  public static func withTable<Result>(_ body: (Table) -> Result) -> Result {
    basicPlane.withUnsafeBufferPointer { body(Table(widths: $0)) }
  }

  /// The widths of the Basic Multilingual Plane, read in place.
  public struct Table {
    let widths: UnsafeBufferPointer<UInt8>
  }

  /// The display width of one scalar, from `table` (``withTable(_:)``).
  @inline(__always)
  public static func of(_ scalar: Unicode.Scalar, table: Table) -> Int {
    // NB: the Basic Multilingual Plane (every scalar of Chinese text, its punctuation included)
    // is one table look-up; the Unicode property look-up behind it is slow for a per-cell scan.
    scalar.value < 0x10000 ? Int(table.widths[Int(scalar.value)]) : computed(scalar)
  }

  /// `computed` for every scalar below U+10000 (surrogate code points, never scalars, count 1).
  private static let basicPlane: [UInt8] = (0..<0x10000).map { value in
    Unicode.Scalar(UInt32(value)).map { UInt8(computed($0)) } ?? 1
  }

  /// The width from the scalar's properties.
  static func computed(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F ? 0 : 1 }
    if (0x4E00...0x9FFF).contains(scalar.value) { return 2 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
  }

  /// East Asian Width W and F blocks (Unicode UAX #11), coarse but covering what articles use.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initials
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth ASCII and punctuation
    0xFFE0...0xFFE6,  // fullwidth signs
    0x1F300...0x1F64F,  // pictographs, emoticons
    0x1F900...0x1F9FF,  // supplemental symbols and pictographs
    0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extension G and beyond
  ]
}
