// Cell notes (Excel "comments"): the source quote behind a number, with author and size.
import Foundation
internal import CXlsxWriter

/// How a note looks (`lxw_comment_options`).
public struct CommentOptions: Hashable, Sendable {
  /// Author shown in the note; nil uses the sheet's author.
  public var author: String?
  /// Width in pixels (Excel's default is 128).
  public var width: Int?
  /// Height in pixels (Excel's default is 74).
  public var height: Int?
  /// Shown all the time instead of on hover.
  public var visible: Bool
  /// Font name, e.g. `SimSun`; nil uses Tahoma.
  public var fontName: String?
  /// Font size in points.
  public var fontSize: Double?

  public init(
    author: String? = nil, width: Int? = nil, height: Int? = nil, visible: Bool = false,
    fontName: String? = nil, fontSize: Double? = nil
  ) {
    self.author = author
    self.width = width
    self.height = height
    self.visible = visible
    self.fontName = fontName
    self.fontSize = fontSize
  }

  /// A note wide enough to read a sentence of Chinese: 300 × 150 pixels.
  public static let quote = CommentOptions(width: 300, height: 150)
}

extension Worksheet {
  /// Attaches a note to a cell (`worksheet_write_comment_opt`); long text is cut like cell text.
  public func writeComment(_ text: String, at cell: CellReference, options: CommentOptions = CommentOptions()) throws {
    let sheet = try handle("worksheet_write_comment_opt")
    let (row, column) = try position(cell)
    if let fontName = options.fontName {
      try LibraryCall.checkField(fontName, "worksheet_write_comment_opt", "font \(fontName)")
    }
    // libxlsxwriter copies author and font name, so the copies only live through the call.
    let author = options.author.flatMap { strdup($0) }
    let fontName = options.fontName.flatMap { strdup($0) }
    defer {
      free(author)
      free(fontName)
    }
    var c = lxw_comment_options()
    c.visible = UInt8(options.visible ? LXW_COMMENT_DISPLAY_VISIBLE.rawValue : LXW_COMMENT_DISPLAY_HIDDEN.rawValue)
    c.author = author
    c.font_name = fontName
    c.width = UInt16(clamping: options.width ?? 0)
    c.height = UInt16(clamping: options.height ?? 0)
    c.font_size = options.fontSize ?? 0
    let fitted = CellText.fitted(text).text
    let result = fitted.withCString { worksheet_write_comment_opt(sheet, row, column, $0, &c) }
    try LibraryCall.check(result, "worksheet_write_comment_opt", context(cell))
  }

  /// Sets the default author of this sheet's notes (`worksheet_set_comments_author`).
  public func setCommentsAuthor(_ author: String) throws {
    let sheet = try handle("worksheet_set_comments_author")
    author.withCString { worksheet_set_comments_author(sheet, $0) }
  }
}
