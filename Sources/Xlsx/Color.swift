// An RGB colour for cells, fills and chart fonts.

/// A 24-bit RGB colour such as `Color(0x1F4E79)`.
public struct Color: Hashable, Sendable {
  /// The colour as `0xRRGGBB`.
  public var rgb: UInt32

  /// A colour from `0xRRGGBB` (higher bits are ignored).
  public init(_ rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }

  public static let black = Color(0x000000)
  public static let white = Color(0xFFFFFF)
  public static let red = Color(0xC00000)
  public static let darkBlue = Color(0x1F4E79)
  public static let lightGray = Color(0xD9D9D9)
  public static let paleBlue = Color(0xDDEBF7)
  public static let hyperlinkBlue = Color(0x0563C1)
}
