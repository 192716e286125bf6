// A table whose columns are years (`街道 2021年底 2022年新增 截至2022年底`), its measure word in its caption.
import ChineseText

/// One column of a header of years: the cell as printed, its year, and whether it holds the stock
/// at the year's end (`2021年底`, `截至2022年底`, `2022年累计`) rather than the year's own figure
/// (`2022年新增`, `2022年`).
public struct YearColumn: Sendable, Equatable {
  public var header: [Unicode.Scalar]
  public var year: Int
  public var isStock: Bool

  public init(header: [Unicode.Scalar], year: Int, isStock: Bool) {
    (self.header, self.year, self.isStock) = (header, year, isStock)
  }
}

/// A table copied out of a report often prints its measure word and what it counts only in its
/// caption (`表　各街道站点建设情况（单位：家）`), and heads its columns with years: the rows' numbers are
/// bare (`八宝山街道　18　4　22`). The caption names what every cell counts, the column when.
public enum YearColumns {
  /// Words before a column's year: `截至2022年底`.
  static let asOfWords = ["截至", "截止", "截止到", "截至到", "至"].map { Array($0.unicodeScalars) }
  /// Words after 年 that make the column a stock at the year's end.
  static let stockWords = ["底", "末", "年底", "累计", "底累计", "末累计", "总数", "底总数"].map { Array($0.unicodeScalars) }
  /// Words after 年 that make it the year's own figure: its new ones, or (nothing) its level.
  static let ownWords = ["", "新增", "新建", "增加", "当年新增", "全年"].map { Array($0.unicodeScalars) }

  /// The year columns of a header row (`街道 2021年底 2022年新增 截至2022年底`): after a first cell that
  /// heads the rows' names, every cell is a year with 年 and at most a word of stock or of the year's
  /// own. Nil for any other line.
  public static func columns(_ text: [Unicode.Scalar]) -> [YearColumn]? {
    guard text.count <= ListRow.maxHeaderLength, let nameEnd = ListRow.rowNameHeadEnd(text) else { return nil }
    var columns: [YearColumn] = []
    var index = nameEnd
    while index < text.count {
      while index < text.count, text[index].isHorizontalSpace { index += 1 }
      guard index < text.count else { break }
      let start = index
      while index < text.count, !text[index].isHorizontalSpace { index += 1 }
      guard let column = column(text[start..<index]) else { return nil }
      columns.append(column)
    }
    return columns.isEmpty ? nil : columns
  }

  /// One cell of such a header: `2021年底`, `2022年新增`, `截至2022年底`, `2023年`.
  static func column(_ cell: ArraySlice<Unicode.Scalar>) -> YearColumn? {
    let asOf = asOfWords.filter { cell.starts(with: $0) }.map(\.count).max() ?? 0
    let digits = cell.dropFirst(asOf)
    guard digits.count >= 5, digits[digits.startIndex + 4] == "年", let year = YearScan.year(digits.prefix(4)) else {
      return nil
    }
    let word = digits.dropFirst(5)
    let isStock = stockWords.contains { word.elementsEqual($0) }
    guard isStock || (asOf == 0 && ownWords.contains { word.elementsEqual($0) }) || (asOf > 0 && word.isEmpty) else {
      return nil
    }
    return YearColumn(header: Array(cell), year: year, isStock: isStock || asOf > 0)
  }

  /// The longest caption, in scalars.
  static let maxCaptionLength = 60
  /// The longest measure word a caption gives.
  static let maxUnitLength = 3

  /// The measure word a table's caption gives its cells (`表　各街道站点建设情况（单位：家）` → 家), if the
  /// line is a caption that gives one: short, and naming its unit after `单位：`.
  public static func captionUnit(_ text: [Unicode.Scalar]) -> String? {
    // NB: a plain scan: the standard library's generic `firstRange(of:)` cost more than the rest of a line's reading.
    guard text.count <= maxCaptionLength,
      let mark = text.indices.dropLast().first(where: { text[$0] == unitMark[0] && text[$0 + 1] == unitMark[1] })
    else { return nil }
    var index = mark + unitMark.count
    guard index < text.count, Punctuation.isColon(text[index]) else { return nil }
    index += 1
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    let start = index
    while index < text.count, text[index].isHan { index += 1 }
    guard (1...maxUnitLength).contains(index - start),
      index == text.count || ListRow.isCloseBracket(text[index]) || text[index].isHorizontalSpace
    else { return nil }
    return String(String.UnicodeScalarView(text[start..<index]))
  }

  static let unitMark = Array("单位".unicodeScalars)
}
