// Lists printed one item a line after a lead-in: `驿站分布如下：`, then `东城区 45家`, `西城区 38家`.
import ChineseText

/// A row of such a list: a short line that names something and ends with its figure, with no
/// punctuation but a colon after the name. Each row is a paragraph of its own (rows run together
/// would read `东城区 45家西城区 38家`), and the extraction reads the lead-in's noun into every row.
public enum ListRow {
  /// The longest row, in scalars.
  static let maxLength = 24
  /// The most Han after the number: its measure word and an approximation (`1200余家`, `3万人次`).
  static let maxUnitLength = 3

  /// Whether normalised `text` is a row: `东城区 45家`, `东城区：45家`, `朝阳区 1,200余家`.
  public static func isRow(_ text: [Unicode.Scalar]) -> Bool {
    var end = text.count
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    guard end > 0, end <= maxLength, text[0].isHan,
      let firstDigit = text.firstIndex(where: \.isASCIIDigit),
      let lastDigit = text[..<end].lastIndex(where: \.isASCIIDigit)
    else { return false }
    let name = text[..<firstDigit]
    let number = text[firstDigit...lastDigit]
    let unit = text[(lastDigit + 1)..<end]
    return name.allSatisfy { $0.isHan || $0.isHorizontalSpace || Punctuation.isColon($0) }
      && number.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
      && unit.count <= maxUnitLength && unit.allSatisfy(\.isHan)
  }

  /// Whether normalised `text` is a row that names its figure with a colon (`全市暖心驿站：1460家`),
  /// as a box of figures prints them; the label before the colon, if so.
  public static func keyValueLabel(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
    guard isRow(text), let colon = text.firstIndex(where: Punctuation.isColon), colon > 0 else { return nil }
    return text[..<colon]
  }

  /// The longest table header, in scalars.
  static let maxHeaderLength = 24

  /// A table's header row that names its figures' noun and measure word (`区域 驿站数量（家）`): the
  /// last cell's bracketed word, one or two Han, is the measure word of every row's bare number
  /// (`东城区 45`). Nil for any other line.
  public static func tableUnit(_ text: [Unicode.Scalar]) -> String? {
    guard text.count <= maxHeaderLength, let close = text.last, close == ")" || close == "）",
      let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), text[..<open].contains(where: \.isHorizontalSpace)
    else { return nil }
    let unit = text[(open + 1)..<(text.count - 1)]
    guard (1...2).contains(unit.count), unit.allSatisfy(\.isHan),
      text[..<open].allSatisfy({ $0.isHan || $0.isHorizontalSpace })
    else { return nil }
    return String(String.UnicodeScalarView(unit))
  }

  /// Whether a line ending so opens a list: it ends with a colon.
  public static func opensList(_ text: [Unicode.Scalar]) -> Bool {
    text.last(where: { !$0.isHorizontalSpace }).map(Punctuation.isColon) ?? false
  }
}
