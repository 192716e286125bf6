// Lists printed one item a line after a lead-in: `驿站分布如下：`, then `东城区 45家`, `西城区 38家`.
import ChineseText

/// A row of such a list: a short line that names something and ends with its figure, with no
/// punctuation but a colon after the name. Each row is a paragraph of its own (rows run together
/// would read `东城区 45家西城区 38家`), and the extraction reads the lead-in's noun into every row.
public enum ListRow {
  /// The longest row, in scalars.
  static let maxLength = 24
  /// The most scalars a row may hold with the spaces that align its columns.
  static let maxAlignedLength = 120
  /// The most Han after the number: its measure word and an approximation (`1200余家`, `3万人次`).
  static let maxUnitLength = 3

  /// Whether normalised `text` is a row: `东城区 45家`, `东城区：45家`, `朝阳区 1,200余家`, or a table's
  /// row of several numbers (`东城区 45 30`) or of a year (`2015 52`), or a place's years
  /// (`门头沟区 2021年 38 → 2025年 71`).
  public static func isRow(_ text: [Unicode.Scalar]) -> Bool {
    // NB: prose is longer than any row, even one aligned by wide gaps: most paragraphs stop here.
    guard text.count <= maxAlignedLength, endsWithAFigure(text) else { return false }
    let cells = tableCells(text)?.numbers.count ?? 0
    return isListRow(text) || cells > 1 || (cells == 1 && yearName(text) != nil) || pairedItems(text) != nil
      || isYearOfItems(text) || YearSeries.items(text) != nil
  }

  /// Whether a digit stands among the last scalars of `text`, before an aside in brackets if it
  /// closes with one: every row ends with its figure and at most its rounding and measure word.
  static func endsWithAFigure(_ text: [Unicode.Scalar]) -> Bool {
    let reach = maxUnitLength + 3
    let end = contentEnd(text)
    if text[max(0, end - reach)..<end].contains(where: \.isASCIIDigit) { return true }
    let bare = withoutAside(text, end: end)
    return bare < end && text[max(0, bare - reach)..<bare].contains(where: \.isASCIIDigit)
  }

  /// Whether `text` is no longer than a row, each run of spaces that aligns its columns counted as one.
  /// NB: it stops at the first scalar past the limit: most lines are prose, far longer.
  static func fitsARow(_ text: ArraySlice<Unicode.Scalar>, limit: Int = maxLength) -> Bool {
    guard text.count > limit else { return true }
    var length = 0
    var afterSpace = false
    for scalar in text {
      let isSpace = scalar.isHorizontalSpace
      if !isSpace || !afterSpace {
        length += 1
        if length > limit { return false }
      }
      afterSpace = isSpace
    }
    return true
  }

  static func isListRow(_ text: [Unicode.Scalar]) -> Bool {
    let end = withoutAside(text, end: contentEnd(text))
    let start = nameStart(text)
    guard end > start, fitsARow(text[..<end]), let lastDigit = text[start..<end].lastIndex(where: \.isASCIIDigit)
    else { return false }
    var firstDigit = lastDigit
    // NB: a range is one figure (`站点面积：20—60平方米`).
    while firstDigit > start,
      isNumberScalar(text[firstDigit - 1])
        || (isRangeMark(text[firstDigit - 1]) && firstDigit - 1 > start && text[firstDigit - 2].isASCIIDigit)
    {
      firstDigit -= 1
    }
    let name = text[start..<firstDigit]
    let unit = text[(lastDigit + 1)..<end]
    return isRowName(name) && unit.count <= maxUnitLength && unit.allSatisfy(\.isHan)
  }

  /// A row's name: Han (with spaces and colons), which may hold a number with its word (`2025年新增：5家`,
  /// `24小时站点：9家`).
  static func isRowName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = name.first, first.isHan || first.isASCIIDigit, name.contains(where: \.isHan) else { return false }
    var index = name.startIndex
    while index < name.endIndex {
      let scalar = name[index]
      if scalar.isASCIIDigit {
        // NB: digits in a name run into its words (`2025年`, `24小时`); a figure of its own would not.
        var digitsEnd = index
        while digitsEnd < name.endIndex, name[digitsEnd].isASCIIDigit { digitsEnd += 1 }
        guard digitsEnd < name.endIndex, name[digitsEnd].isHan else { return false }
        index = digitsEnd
        continue
      }
      guard scalar.isHan || scalar.isHorizontalSpace || Punctuation.isColon(scalar) else { return false }
      index += 1
    }
    return true
  }

  /// Where a row's name starts: after the bullet a post may set its rows with (`✅ 职工志愿者：120名`,
  /// `◆全市暖心驿站：1460家`, `· 全区驿站：1186个`) or a ranking's number (`1. 望京街道　58个`), and the
  /// spaces after it.
  static func nameStart(_ text: [Unicode.Scalar]) -> Int {
    guard let first = text.first else { return 0 }
    var index: Int
    if Punctuation.isLineBullet(first) {
      index = 1
    } else if let rest = SectionHeading.afterPointNumber(text[...]), rest.first.map({ $0.isHan || $0.isHorizontalSpace }) ?? false {
      index = rest.startIndex
    } else {
      return 0
    }
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    return index
  }

  /// Where `text` ends without its trailing spaces.
  static func contentEnd(_ text: [Unicode.Scalar]) -> Int {
    text.lastIndex { !$0.isHorizontalSpace }.map { $0 + 1 } ?? 0
  }

  /// Where a row ends before an aside in brackets after its figure (`志愿者：260人（2015年仅30人）`).
  public static func withoutAside(_ text: [Unicode.Scalar], end: Int) -> Int {
    guard end > 0, isCloseBracket(text[end - 1]), let open = text[..<end].lastIndex(where: isOpenBracket), open > 0
    else { return end }
    var before = open
    while before > 0, text[before - 1].isHorizontalSpace { before -= 1 }
    return before
  }

  /// Whether normalised `text` is a row that names its figure with a colon (`全市暖心驿站：1460家`),
  /// as a box of figures prints them; the label before the colon, if so.
  public static func keyValueLabel(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
    // NB: the colon first: most lines have none, and the row test reads the whole line.
    let start = nameStart(text)
    guard let colon = text.firstIndex(where: Punctuation.isColon), colon > start, isRow(text) else { return nil }
    return text[start..<colon]
  }

  /// The longest table header, in scalars.
  static let maxHeaderLength = 48
  /// The longest measure word a header brackets (`万人次`).
  static let maxHeaderUnit = 3

  /// The columns of a table's header row (`区域 驿站数量（家） 服务人次（万人次）`): after a first cell that
  /// heads the rows' names, each cell names its figures' noun and brackets their measure word, one
  /// to three Han (`东城区 45 30` below it is 45家 of 驿站 and 30万人次 of 服务人次), or ends in a count noun
  /// that implies it (`驿站数量`: 个, `志愿者人数`: 人, `站点数`: 个; see `CountWords`), or opens with 其中
  /// and counts a part of the column before it. Nil for any other line.
  /// NB: normalising drops the space after a full-width bracket, so a cell ends at its bracket.
  public static func tableColumns(_ text: [Unicode.Scalar]) -> [TableColumn]? {
    guard text.count <= maxHeaderLength, let firstSpace = rowNameHeadEnd(text) else { return nil }
    var columns: [TableColumn] = []
    var index = firstSpace
    while index < text.count {
      while index < text.count, text[index].isHorizontalSpace { index += 1 }
      guard index < text.count else { break }
      let nounStart = index
      // NB: a column's name may open with a number run into its words (`24小时驿站（个）`).
      while index < text.count, text[index].isASCIIDigit { index += 1 }
      let hanStart = index
      while index < text.count, text[index].isHan { index += 1 }
      guard index > hanStart else { return nil }
      // NB: and may go on with a year or a number run into its words (`其中2025年新建（家）`).
      while index < text.count, text[index].isASCIIDigit {
        var after = index
        while after < text.count, text[after].isASCIIDigit { after += 1 }
        guard after < text.count, text[after].isHan else { break }
        index = after
        while index < text.count, text[index].isHan { index += 1 }
      }
      // NB: a cell that ends in a count noun and no bracket (`驿站数量`) is counted in that noun's
      // measure word, as a number after the noun would be (`驿站数量达45`); so is a cell that is a
      // countable noun alone (`服务点`, `志愿者`, `伴考包`).
      if index == text.count || text[index].isHorizontalSpace {
        let cell = text[nounStart..<index]
        if let unit = (cell.count > 2 ? CountWords.unit(endingWith: cell) : nil) ?? CountWords.columnUnit(endingWith: cell) {
          columns.append(TableColumn(header: Array(cell), unit: unit))
          continue
        }
      }
      // NB: a cell that opens with 其中 is a part of the column before it, in its measure word
      // (`站点数 其中今年新建`).
      if index == text.count || text[index].isHorizontalSpace, let whole = columns.last,
        text[nounStart..<index].starts(with: BlockReader.ofWhich)
      {
        columns.append(TableColumn(header: Array(text[nounStart..<index]), unit: whole.unit))
        continue
      }
      guard index < text.count, isOpenBracket(text[index]),
        let close = text[index...].firstIndex(where: isCloseBracket)
      else { return nil }
      let unit = text[(index + 1)..<close]
      guard (1...maxHeaderUnit).contains(unit.count), unit.allSatisfy(\.isHan) else { return nil }
      // NB: a bracket of a multiplier alone counts in the noun's measure word (`服务人次（万）`: 万人次).
      let counted = unit.count == 1 && multipliers.contains(unit[unit.startIndex])
        ? CountWords.unit(endingWith: text[nounStart..<index]).map { String(unit[unit.startIndex]) + $0 } : nil
      columns.append(TableColumn(header: Array(text[nounStart...close]), unit: counted ?? String(String.UnicodeScalarView(unit))))
      index = close + 1
    }
    return columns.isEmpty ? nil : columns
  }

  /// The columns of a table's header, or of a header of years (`街道 2021年底 2022年新增`) under a caption
  /// that gives their measure word (`表　各街道站点建设情况（单位：家）`): each then counts what the caption
  /// names, in its measure word, for its year.
  public static func tableColumns(_ text: [Unicode.Scalar], caption: [Unicode.Scalar]?) -> [TableColumn]? {
    if let columns = tableColumns(text) { return columns }
    guard let caption, let unit = YearColumns.captionUnit(caption), let years = YearColumns.columns(text) else { return nil }
    return years.map { TableColumn(header: $0.header, unit: unit, year: $0) }
  }

  /// Where a header's first cell, which heads the rows' names (`区域`, `街道`), ends; nil when the line
  /// opens with no such cell.
  /// NB: the first cell may name two kinds of row (`乡镇/街道`, `街道、乡镇`, `街道（地区）`); normalising
  /// drops the space after its closing bracket (`街道(地区)服务点`).
  /// NB: a column of serial numbers may stand before it (`序号 区 …` over `1 东城区 …`), as a sheet copied
  /// from Excel prints it.
  static func rowNameHeadEnd(_ text: [Unicode.Scalar]) -> Int? {
    let start = serialHeadEnd(text)
    guard start < text.count, text[start].isHan,
      let end = text.indices.first(where: { $0 > start && (text[$0].isHorizontalSpace || isCloseBracket(text[$0 - 1])) }),
      text[start..<end].allSatisfy({ $0.isHan || $0 == "/" || $0 == "／" || $0 == "、" || isOpenBracket($0) || isCloseBracket($0) })
    else { return nil }
    return end
  }

  /// What a header's column of serial numbers is headed with.
  static let serialHeads = ["序号", "编号"].map { Array($0.unicodeScalars) }

  /// Where a header's serial-number cell and the spaces after it end (`序号 区 …`); 0 when it has none.
  static func serialHeadEnd(_ text: [Unicode.Scalar]) -> Int {
    guard let head = serialHeads.first(where: { text.starts(with: $0) }), head.count < text.count,
      text[head.count].isHorizontalSpace
    else { return 0 }
    var index = head.count
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    return index
  }

  /// The most digits a row's serial number has (`18 市级及产业工会 4 8 210`).
  static let maxSerialDigits = 3

  /// Where a row's name starts after its serial number (`1 东城区 5 6 68`; normalising glues a digit to
  /// the Han after it, `1东城区`); 0 for a row with none. A number of four digits is a year, never a serial.
  static func serialEnd(_ text: [Unicode.Scalar]) -> Int {
    var index = 0
    while index < text.count, index <= maxSerialDigits, text[index].isASCIIDigit { index += 1 }
    guard (1...maxSerialDigits).contains(index) else { return 0 }
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    return index < text.count && text[index].isHan ? index : 0
  }

  /// Multipliers a header may bracket alone after a count noun (`服务人次（万）`).
  static let multipliers: Set<Unicode.Scalar> = ["十", "百", "千", "万", "亿"]

  public static func isOpenBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" }
  public static func isCloseBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "）" }

  /// The name and numbers of a table's row (`东城区 45 30`): a name of Han, then numbers set apart by
  /// spaces, with nothing after the last. Nil for any other line. A serial number before the name is
  /// neither (`1 东城区 5 6 68`).
  public static func tableCells(_ text: [Unicode.Scalar]) -> (name: Range<Int>, numbers: [Range<Int>])? {
    let end = contentEnd(text)
    guard end > 0, fitsARow(text[..<end]) else { return nil }
    let firstDigit: Int
    var nameStart = 0
    if let year = yearName(text) {
      firstDigit = year.numbers
    } else {
      nameStart = serialEnd(text)
      guard text[nameStart].isHan, let digit = numbersStart(text, from: nameStart, to: end) else { return nil }
      firstDigit = digit
    }
    var numbers: [Range<Int>] = []
    var index = firstDigit
    while index < end {
      let start = index
      while index < end, isNumberScalar(text[index]) { index += 1 }
      guard index > start, text[index - 1].isASCIIDigit else { return nil }
      // NB: a cell may round its figure as a sentence would (`300余`, `1.1万`, `2.3万余`).
      index = afterRounding(text, from: index, to: end)
      numbers.append(start..<index)
      guard index < end else { break }
      guard text[index].isHorizontalSpace else { return nil }
      while index < end, text[index].isHorizontalSpace { index += 1 }
    }
    return (nameStart..<firstDigit, numbers)
  }

  /// Where a row's numbers start after its name at `start`: at its first digit, unless the digits run
  /// on from the name's Han into more of its words (`其余21个街镇 305 28`). Nil when the name holds
  /// anything but Han, spaces and colons, or no number follows it. The name may close with an aside
  /// of Han in brackets (`六分公司（顺义区） 1 32`), as a table's first column notes where a unit is.
  static func numbersStart(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
    var index = start
    while index < end {
      let scalar = text[index]
      if isOpenBracket(scalar), index > start, let close = text[(index + 1)..<end].firstIndex(where: isCloseBracket),
        close > index + 1, text[(index + 1)..<close].allSatisfy(\.isHan)
      {
        // NB: the aside closes the name: a number must follow it.
        var after = close + 1
        while after < end, text[after].isHorizontalSpace { after += 1 }
        return after < end && text[after].isASCIIDigit ? after : nil
      }
      if scalar.isASCIIDigit {
        var after = index
        while after < end, text[after].isASCIIDigit { after += 1 }
        guard text[index - 1].isHan, after < end, text[after].isHan, !ChineseNumeral.isRoundingWord(text[after]) else {
          return index
        }
        index = after
        continue
      }
      guard scalar.isHan || scalar.isHorizontalSpace || Punctuation.isColon(scalar) else { return nil }
      index += 1
    }
    return nil
  }

  /// The most rounding words after a figure's digits (`2.3万余`).
  static let maxRounding = 2

  /// Where a figure's rounding words after its digits at `index` end (`300余`, `1.1万`, `2.3万余`).
  static func afterRounding(_ text: [Unicode.Scalar], from index: Int, to end: Int) -> Int {
    var after = index
    while after < end, after - index < maxRounding, ChineseNumeral.isRoundingWord(text[after]) { after += 1 }
    return after
  }

  /// The items of a row that lists two places or more side by side, each with its figure in one
  /// measure word (`东城区　　86名　　　西城区　　102名`), as a list set in two columns prints them; nil for
  /// any other line. Each item is a name of Han, its number (rounded or not) and its measure word.
  /// `sameUnit`: every item must count in one measure word (false for a row named by its year, whose
  /// items are different counts: `2021年  服务点60个   志愿服务队56支`).
  public static func pairedItems(_ text: [Unicode.Scalar], sameUnit: Bool = true) -> [Range<Int>]? {
    let end = contentEnd(text)
    var index = nameStart(text)
    var items: [Range<Int>] = []
    var unit: ArraySlice<Unicode.Scalar>?
    while index < end {
      let start = index
      while index < end, text[index].isHan { index += 1 }
      guard index - start >= 2 else { return nil }
      while index < end, text[index].isHorizontalSpace || Punctuation.isColon(text[index]) { index += 1 }
      let digits = index
      while index < end, isNumberScalar(text[index]) { index += 1 }
      guard index > digits, text[index - 1].isASCIIDigit else { return nil }
      index = afterRounding(text, from: index, to: end)
      let unitStart = index
      while index < end, text[index].isHan { index += 1 }
      let itemUnit = text[unitStart..<index]
      guard (1...maxUnitLength).contains(itemUnit.count), !sameUnit || (unit.map({ $0.elementsEqual(itemUnit) }) ?? true),
        fitsARow(text[start..<index])
      else { return nil }
      unit = itemUnit
      items.append(start..<index)
      guard index == end || text[index].isHorizontalSpace else { return nil }
      while index < end, text[index].isHorizontalSpace { index += 1 }
    }
    return items.count >= 2 ? items : nil
  }

  /// Whether a row is named by its year and lists that year's counts, each with its noun and measure
  /// word (`2021年  服务点60个   志愿服务队56支   志愿者900余名`), as a table of years set in text prints them.
  static func isYearOfItems(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count > 8, YearScan.yearWord(opening: text[...]) != nil else { return false }
    var index = 5
    let colon = Punctuation.isColon(text[index])
    if colon { index += 1 }
    guard index < text.count, colon || text[index].isHorizontalSpace else { return false }
    return pairedItems(Array(text[index...].drop(while: \.isHorizontalSpace)), sameUnit: false) != nil
  }

  /// A row named by its year (`2015 6 52`, `2015年 6 52`, which normalising glues to `2015年6 52`):
  /// the year and where the numbers start. Nil for a row not named so.
  static func yearName(_ text: [Unicode.Scalar]) -> (year: Int, numbers: Int)? {
    guard text.count > 5, let year = YearScan.year(text[0..<4]) else { return nil }
    var index = text[4] == "年" ? 5 : 4
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    // NB: a bare year must be set apart from its numbers by a space; 年 ends the name itself.
    guard index > 4, index < text.count, text[index].isASCIIDigit else { return nil }
    return (year, index)
  }

  /// The year a table row is named by, if it is (`2015 6 52` → 2015).
  public static func rowYear(_ text: [Unicode.Scalar]) -> Int? { yearName(text)?.year }

  static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCIIDigit || scalar == "." || scalar == "," }

  /// Marks between the two ends of a range (`20—60`, `20-60`, `20~60`).
  static func isRangeMark(_ scalar: Unicode.Scalar) -> Bool { Punctuation.isDash(scalar) || scalar == "~" }

  /// Whether a line ending so opens a list: it ends with a colon.
  public static func opensList(_ text: [Unicode.Scalar]) -> Bool {
    text.last(where: { !$0.isHorizontalSpace }).map(Punctuation.isColon) ?? false
  }
}

/// A column of a table, from its header: the cell (`服务人次（万人次）`) and the measure word it brackets.
public struct TableColumn: Sendable, Equatable {
  /// The header's cell, its bracketed measure word included.
  public var header: [Unicode.Scalar]
  public var unit: String
  /// A column headed by its year (`2021年底`): that year, and whether it holds the stock at its end.
  /// What it counts is the table caption's to say (`表　各街道站点建设情况（单位：家）`).
  public var year: YearColumn?

  public init(header: [Unicode.Scalar], unit: String, year: YearColumn? = nil) {
    (self.header, self.unit, self.year) = (header, unit, year)
  }
}
