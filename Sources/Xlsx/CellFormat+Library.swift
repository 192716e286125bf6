// Applies a CellFormat value to a fresh lxw_format.
internal import CXlsxWriter

extension CellFormat {
  /// Checks the limits libxlsxwriter would otherwise cut silently.
  func validate() throws {
    if let name = fontName { try LibraryCall.checkField(name, "format_set_font_name", name) }
    if let code = numberFormat { try LibraryCall.checkField(code, "format_set_num_format", code) }
    if let size = fontSize, !(1.0...409.0).contains(size) {
      throw XlsxError.invalidArgument(
        call: "format_set_font_size", context: String(size), problem: "expected 1 to 409 points")
    }
    if let indent, !(0...15).contains(indent) {
      throw XlsxError.invalidArgument(
        call: "format_set_indent", context: String(indent), problem: "expected 0 to 15")
    }
  }

  /// Sets every non-default field on `format` with the matching `format_set_*` call.
  func apply(to format: UnsafeMutablePointer<lxw_format>) {
    if bold { format_set_bold(format) }
    if italic { format_set_italic(format) }
    if underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
    if let fontName { format_set_font_name(format, fontName) }
    if let fontSize { format_set_font_size(format, fontSize) }
    if let fontColor { format_set_font_color(format, fontColor.lxw) }
    if let fillColor {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, fillColor.lxw)
    }
    if let border { format_set_border(format, border.lxw) }
    if let borderColor { format_set_border_color(format, borderColor.lxw) }
    if let horizontal { format_set_align(format, horizontal.lxw) }
    if let vertical { format_set_align(format, vertical.lxw) }
    if wrap { format_set_text_wrap(format) }
    if let indent { format_set_indent(format, UInt8(indent)) }
    if let numberFormat { format_set_num_format(format, numberFormat) }
  }
}

extension CellFormat.Horizontal {
  var lxw: UInt8 {
    let value: lxw_format_alignments
    switch self {
    case .left: value = LXW_ALIGN_LEFT
    case .center: value = LXW_ALIGN_CENTER
    case .right: value = LXW_ALIGN_RIGHT
    case .fill: value = LXW_ALIGN_FILL
    case .justify: value = LXW_ALIGN_JUSTIFY
    case .centerAcross: value = LXW_ALIGN_CENTER_ACROSS
    case .distributed: value = LXW_ALIGN_DISTRIBUTED
    }
    return UInt8(value.rawValue)
  }
}

extension CellFormat.Vertical {
  var lxw: UInt8 {
    let value: lxw_format_alignments
    switch self {
    case .top: value = LXW_ALIGN_VERTICAL_TOP
    case .center: value = LXW_ALIGN_VERTICAL_CENTER
    case .bottom: value = LXW_ALIGN_VERTICAL_BOTTOM
    case .justify: value = LXW_ALIGN_VERTICAL_JUSTIFY
    case .distributed: value = LXW_ALIGN_VERTICAL_DISTRIBUTED
    }
    return UInt8(value.rawValue)
  }
}

extension CellFormat.Border {
  var lxw: UInt8 {
    let value: lxw_format_borders
    switch self {
    case .thin: value = LXW_BORDER_THIN
    case .medium: value = LXW_BORDER_MEDIUM
    case .thick: value = LXW_BORDER_THICK
    case .dashed: value = LXW_BORDER_DASHED
    case .dotted: value = LXW_BORDER_DOTTED
    case .double: value = LXW_BORDER_DOUBLE
    case .hair: value = LXW_BORDER_HAIR
    }
    return UInt8(value.rawValue)
  }
}
