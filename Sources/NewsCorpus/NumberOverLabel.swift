// A data box that sets each figure over its label: `386` over `个职工志愿服务站点`.
import ChineseText

/// A box of figures (`【数读】`, `数说…`) may print each figure on a line of its own, its measure word
/// and label on the line under it (`4800 余` over `名职工志愿者`). The two lines are one row, as
/// `4800余名职工志愿者` would be on one line; read apart, the bare numbers made a title group.
enum NumberOverLabel {
  /// The measure words a box's label may open with: those of people, teams, places, things and time.
  static let units = ["人次", "小时", "名", "人", "位", "支", "个", "家", "处", "座", "所", "份", "户", "场", "项", "件", "套", "袋", "次"]
    .map { Array($0.unicodeScalars) }

  /// Whether the line is a bare number: digits (a decimal point, a thousands comma) and at most
  /// a multiplier and an approximation after them (`386`, `2.6万`, `4800 余`, `1,200`).
  /// NB: the normaliser has already joined a rounding word set off by a space (`4800 余` → `4800余`).
  static func isBareNumber(_ text: [Unicode.Scalar]) -> Bool {
    guard let end = numberEnd(text) else { return false }
    // NB: a post may mark a rounded figure with a plus (`20万+`).
    return text[end...].allSatisfy { $0.isHorizontalSpace || $0 == "+" }
  }

  /// Where the number that opens `text` ends, past its multiplier and approximation (`4800余`, `2.6万`);
  /// nil when `text` does not open with digits.
  static func numberEnd(_ text: [Unicode.Scalar]) -> Int? {
    guard text.first?.isASCIIDigit == true else { return nil }
    var index = 0
    while index < text.count, ListRow.isNumberScalar(text[index]) { index += 1 }
    guard text[index - 1].isASCIIDigit else { return nil }
    return ListRow.afterRounding(text, from: index, to: text.count)
  }

  /// Whether the line is a figure with its measure word and nothing else (`876家`, `46.2万人次`,
  /// `1.2万名`, `1600+名`): a data box's figure, its label over or under it.
  static func isFigure(_ text: [Unicode.Scalar]) -> Bool {
    guard var index = numberEnd(text) else { return false }
    while index < text.count, text[index] == "+" || text[index].isHorizontalSpace { index += 1 }
    let rest = text[index...]
    return units.contains { rest.elementsEqual($0) }
  }

  /// Quotation marks a label may open with (`“两节”走访慰问职工`).
  static func opensQuote(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "“" || scalar == "「" || scalar == "《" || scalar == "\""
  }

  /// Whether the line is a measure word alone (`家`, `人次`), under its figure.
  static func isUnit(_ text: [Unicode.Scalar]) -> Bool {
    units.contains { text.elementsEqual($0) }
  }

  /// The most scalars of a box's plain label (`全区户外劳动者暖心驿站`, `职工志愿者坚守考点外`).
  static let plainLabelLength = 20

  /// Whether the line is a box's plain label: short words with no number and no clause in them
  /// (`中高考伴考服务点`, `注册职工志愿者`).
  /// NB: it may open with the year it is of (`2023年职工志愿服务时长`).
  static func isPlainLabel(_ text: [Unicode.Scalar]) -> Bool {
    let words = YearScan.yearWord(opening: text[...]) != nil ? text[5...] : text[...]
    guard words.count >= 2, text.count <= plainLabelLength, let first = words.first, first.isHan || opensQuote(first) else { return false }
    return !words.contains { $0.isASCIIDigit || Punctuation.splitsClause($0) || Punctuation.endsSentence($0) || Punctuation.isColon($0) }
  }

  /// How many lines after `text` end the row of a box's figure it opens, 0 when it opens none, given
  /// the line right under it and the one under that (nil when a blank line stands between): a bare
  /// number over its measure word and label (`386` / `个职工志愿服务站点`) or its measure word alone
  /// (`58` / `家`), a figure with its measure word over its plain label (`31个` / `中高考伴考服务点`) or
  /// under it (`全区户外劳动者暖心驿站` / `876家`): 1; a plain label over a bare number over its measure
  /// word (`全区职工志愿服务队` / `１２７` / `支`): 2.
  static func linesOfRow(opening text: [Unicode.Scalar], next: [Unicode.Scalar], third: [Unicode.Scalar]?) -> Int {
    if (isBareNumber(text) && (isLabel(next) || isUnit(next))) || (isFigure(text) && isPlainLabel(next))
      || (isPlainLabel(text) && isFigure(next))
    {
      return 1
    }
    guard let third, isPlainLabel(text), isBareNumber(next), isUnit(third) else { return 0 }
    return 2
  }

  /// Whether the line is a label: a measure word, then words with no clause in them (`个职工志愿服务站点`).
  static func isLabel(_ text: [Unicode.Scalar]) -> Bool {
    units.contains { text.count > $0.count && text.starts(with: $0) }
      && !text.contains { Punctuation.splitsClause($0) || Punctuation.endsSentence($0) }
  }
}
