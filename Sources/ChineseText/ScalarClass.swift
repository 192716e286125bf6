// Character classes of Chinese newspaper text, decided per Unicode scalar.

extension Unicode.Scalar {
  /// A Han ideograph (CJK Unified Ideographs, Extension A, compatibility ideographs, Extension B+).
  @inlinable
  public var isHan: Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }

  /// An ASCII digit `0`–`9` (fold full-width digits first).
  @inlinable
  public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

  /// An ASCII letter `A`–`Z`, `a`–`z`.
  @inlinable
  public var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }

  /// Horizontal white space: ASCII space and tab, the ideographic space U+3000, no-break and
  /// other Unicode spaces (U+00A0, U+2000–U+200B, U+202F, U+205F, U+FEFF).
  @inlinable
  public var isHorizontalSpace: Bool {
    switch value {
    case 0x20, 0x09, 0x3000, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: return true
    default: return false
    }
  }

  /// CJK and general punctuation as set in Chinese text: `。，、；：？！“”‘’《》（）【】——…·` and the
  /// CJK Symbols and Punctuation block.
  @inlinable
  public var isCJKPunctuation: Bool {
    switch value {
    case 0x3001...0x303F, 0x2010...0x2027, 0x2030...0x205E, 0xFF01...0xFF0F, 0xFF1A...0xFF20,
      0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xFE30...0xFE4F, 0xB7:
      return true
    default: return false
    }
  }

  /// Display width in a Chinese column: Han, CJK punctuation and full-width forms count 2, others 1.
  @inlinable
  public var displayWidth: Int {
    if isHan || isCJKPunctuation || (value >= 0xFF01 && value <= 0xFF60) { return 2 }
    return 1
  }
}
