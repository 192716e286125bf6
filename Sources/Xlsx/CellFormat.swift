// How a cell looks, as a value; the workbook turns each distinct value into one lxw_format.

/// A cell format as a Hashable value: font, fill, border, alignment and number format.
///
/// Reports build these freely; ``Workbook`` creates one `lxw_format` (via `workbook_add_format`)
/// per distinct value when a cell is written. `nil` fields leave Excel's default.
public struct CellFormat: Hashable, Sendable {
  /// Horizontal alignment (`format_set_align`).
  public enum Horizontal: Hashable, Sendable { case left, center, right, fill, justify, centerAcross, distributed }
  /// Vertical alignment (`format_set_align`).
  public enum Vertical: Hashable, Sendable { case top, center, bottom, justify, distributed }
  /// Border line style (`format_set_border`).
  public enum Border: Hashable, Sendable { case thin, medium, thick, dashed, dotted, double, hair }

  public var bold = false
  public var italic = false
  public var underline = false
  /// Font name (`format_set_font_name`), e.g. `等线` or `SimSun`; nil keeps Calibri.
  public var fontName: String?
  /// Font size in points (`format_set_font_size`).
  public var fontSize: Double?
  /// Font colour (`format_set_font_color`).
  public var fontColor: Color?
  /// Solid fill colour (`format_set_bg_color`).
  public var fillColor: Color?
  /// Border on all four sides (`format_set_border`).
  public var border: Border?
  /// Border colour on all four sides (`format_set_border_color`).
  public var borderColor: Color?
  public var horizontal: Horizontal?
  public var vertical: Vertical?
  /// Wrap text in the cell (`format_set_text_wrap`).
  public var wrap = false
  /// Indent level (`format_set_indent`).
  public var indent: Int?
  /// Excel number format code (`format_set_num_format`), e.g. `#,##0"余"` or `"近"#,##0`.
  public var numberFormat: String?

  /// A format; every field defaults to Excel's default.
  public init(
    bold: Bool = false, italic: Bool = false, underline: Bool = false, fontName: String? = nil,
    fontSize: Double? = nil, fontColor: Color? = nil, fillColor: Color? = nil,
    border: Border? = nil, borderColor: Color? = nil, horizontal: Horizontal? = nil,
    vertical: Vertical? = nil, wrap: Bool = false, indent: Int? = nil, numberFormat: String? = nil
  ) {
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.fontName = fontName
    self.fontSize = fontSize
    self.fontColor = fontColor
    self.fillColor = fillColor
    self.border = border
    self.borderColor = borderColor
    self.horizontal = horizontal
    self.vertical = vertical
    self.wrap = wrap
    self.indent = indent
    self.numberFormat = numberFormat
  }

  /// Equal when every field is.
  ///
  /// NB: the workbook compares each cell's format with the formats it used last, and the derived
  /// `==` compared the strings last, by canonical equivalence: telling two short codes apart
  /// (`"近"#,##0` from `#,##0"余"`) cost more than the rest of a cell's write. Here the codes'
  /// UTF-8 lengths go first, then the other fields, then the strings, and strings of different
  /// lengths differ at once. Written codes are what libxlsxwriter sees, so two spellings of one code
  /// with different lengths (composed and decomposed) are two formats; the synthesised hash stays
  /// consistent, since strings this calls equal are equal strings.
  public static func == (lhs: CellFormat, rhs: CellFormat) -> Bool {
    lhs.numberFormat?.utf8.count == rhs.numberFormat?.utf8.count
      && lhs.bold == rhs.bold && lhs.italic == rhs.italic && lhs.underline == rhs.underline && lhs.wrap == rhs.wrap
      && lhs.vertical == rhs.vertical && lhs.horizontal == rhs.horizontal && lhs.border == rhs.border
      && lhs.fontSize == rhs.fontSize && lhs.fontColor == rhs.fontColor && lhs.fillColor == rhs.fillColor
      && lhs.borderColor == rhs.borderColor && lhs.indent == rhs.indent
      && sameText(lhs.numberFormat, rhs.numberFormat) && sameText(lhs.fontName, rhs.fontName)
  }

  /// Whether two optional strings hold the same text, checking their UTF-8 lengths first.
  @inline(__always)
  private static func sameText(_ lhs: String?, _ rhs: String?) -> Bool {
    switch (lhs, rhs) {
    case (nil, nil): true
    case (let left?, let right?): left.utf8.count == right.utf8.count && left == right
    default: false
    }
  }

  /// This format with one change: `CellFormat.integer.with { $0.bold = true }`.
  public func with(_ change: (inout CellFormat) -> Void) -> CellFormat {
    var copy = self
    change(&copy)
    return copy
  }
}

// Staff-facing presets, in one place.
extension CellFormat {
  /// Table and list headers: bold on pale blue, thin border, wrapped, vertically centred.
  public static let header = CellFormat(
    bold: true, fillColor: .paleBlue, border: .thin, vertical: .center, wrap: true)
  /// A sheet title: bold 14 pt, dark blue, vertically centred (for merged title rows).
  public static let title = CellFormat(
    bold: true, fontSize: 14, fontColor: .darkBlue, horizontal: .left, vertical: .center)
  /// Long text such as quotes: wrapped and top-aligned.
  public static let wrapText = CellFormat(vertical: .top, wrap: true)
  /// Whole numbers with thousands separators: `#,##0`.
  public static let integer = CellFormat(numberFormat: "#,##0")
  /// Two decimals with thousands separators: `#,##0.00`.
  public static let decimal = CellFormat(numberFormat: "#,##0.00")
  /// A share of one: `0.0%`.
  public static let percent = CellFormat(numberFormat: "0.0%")
  /// A calendar date: `yyyy-mm-dd`.
  public static let date = CellFormat(numberFormat: "yyyy-mm-dd")
  /// A year as a plain number without separators: `0`.
  public static let year = CellFormat(numberFormat: "0")
  /// A hyperlink: blue and underlined.
  public static let hyperlink = CellFormat(underline: true, fontColor: .hyperlinkBlue)
  /// A lower bound such as 千余名: `#,##0"余"`.
  public static let moreThan = CellFormat(numberFormat: "#,##0\"余\"")
  /// An upper bound such as 近千名: `"近"#,##0`.
  public static let nearly = CellFormat(numberFormat: "\"近\"#,##0")
  /// A lower bound such as 超千名: `"超"#,##0`.
  public static let over = CellFormat(numberFormat: "\"超\"#,##0")
}
