// A place's figures year by year on one line, as an infographic's text prints them:
// `门头沟区　2021年 38 → 2022年 45 → 2025年 71`.
import ChineseText

/// A row that names a place and then its figure for each year, the years joined by arrows. Its
/// numbers are bare: the caption over the rows gives their measure word and what they count
/// (`各区亮点（累计建成站点数，单位：家）`), as a table of years' caption does (see `YearColumns`).
public enum YearSeries {
  /// One year's figure: the year, and where its number stands in the row.
  public struct Item: Sendable, Equatable {
    public var year: Int
    public var number: Range<Int>
  }

  /// The longest such row, in scalars.
  static let maxLength = 120

  /// The row's name and its years' figures, two or more; nil for any other line.
  public static func items(_ text: [Unicode.Scalar]) -> (name: Range<Int>, items: [Item])? {
    // NB: most lines are prose: the length and the arrow turn them away before any item is read.
    guard text.count <= maxLength, text.contains(where: isArrow) || text.contains(">"), let first = text.first,
      first.isHan
    else { return nil }
    var index = 0
    while index < text.count, text[index].isHan { index += 1 }
    let name = 0..<index
    var items: [Item] = []
    while true {
      skipSpaces(text, &index)
      guard index + 5 <= text.count, text[index + 4] == "年", let year = YearScan.year(text[index..<(index + 4)]) else {
        return nil
      }
      index += 5
      skipSpaces(text, &index)
      let start = index
      while index < text.count, ListRow.isNumberScalar(text[index]) { index += 1 }
      guard index > start, text[index - 1].isASCIIDigit else { return nil }
      index = ListRow.afterRounding(text, from: index, to: text.count)
      items.append(Item(year: year, number: start..<index))
      skipSpaces(text, &index)
      if index == text.count { break }
      guard let after = afterArrow(text, at: index) else { return nil }
      index = after
    }
    return items.count >= 2 ? (name, items) : nil
  }

  static func skipSpaces(_ text: [Unicode.Scalar], _ index: inout Int) {
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
  }

  /// Single arrows a series is drawn with.
  static func isArrow(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "→", "⟶", "➝", "➔", "➞", "⇒": true
    default: false
    }
  }

  /// Where an arrow at `index` ends: `→`, or one drawn with a dash and `>` (`->`, `—>`, `-->`).
  static func afterArrow(_ text: [Unicode.Scalar], at index: Int) -> Int? {
    if isArrow(text[index]) { return index + 1 }
    var after = index
    while after < text.count, Punctuation.isDash(text[after]) { after += 1 }
    return after > index && after < text.count && text[after] == ">" ? after + 1 : nil
  }
}
