// Full-width → half-width folding of ASCII forms, one scalar at a time.

/// Folds full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) to ASCII.
///
/// `１２３` → `123`, `，` → `,`, `（` → `(`; CJK punctuation such as `。、“”《》——` is left as is
/// (it has no ASCII twin). Equivalent to ICU's `fullwidthToHalfwidth` on these ranges, but
/// cheap enough for a hot loop.
public enum WidthFolding {
  /// The offset between a full-width ASCII form and its ASCII twin.
  static let fullWidthOffset: UInt32 = 0xFEE0

  /// The half-width twin of a scalar, or the scalar itself.
  @inlinable
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value >= 0xFF01 && value <= 0xFF5E {
      return Unicode.Scalar(value - 0xFEE0)!
    }
    if value == 0x3000 { return " " }
    return scalar
  }
}
