// A chart font whose default name renders Chinese.
import Foundation
internal import CXlsxWriter

/// A font for chart titles, axes, legends and labels (`lxw_chart_font`).
///
/// The default name is 微软雅黑 (`Microsoft YaHei`), which Windows Excel renders Chinese with;
/// LibreOffice substitutes an installed CJK font when it is missing.
public struct ChartFont: Hashable, Sendable {
  /// Excel's usual Chinese UI font.
  public static let defaultName = "Microsoft YaHei"

  public var name: String
  /// Size in points; nil keeps Excel's default for the element.
  public var size: Double?
  public var bold: Bool
  public var italic: Bool
  public var color: Color?

  public init(name: String = ChartFont.defaultName, size: Double? = nil, bold: Bool = false, italic: Bool = false, color: Color? = nil) {
    self.name = name
    self.size = size
    self.bold = bold
    self.italic = italic
    self.color = color
  }

  /// This font with another size.
  public func sized(_ size: Double) -> ChartFont {
    var copy = self
    copy.size = size
    return copy
  }

  /// Runs `body` with an `lxw_chart_font` for this font; libxlsxwriter copies it.
  func withLibraryFont<R>(_ body: (UnsafeMutablePointer<lxw_chart_font>) -> R) -> R {
    let cName = strdup(name)
    defer { free(cName) }
    var font = lxw_chart_font()
    font.name = cName
    font.size = size ?? 0
    font.bold = bold ? 1 : 0
    font.italic = italic ? 1 : 0
    font.color = color?.lxw ?? 0
    return body(&font)
  }
}
