// Which numbers in running text are quantities: not dates, ordinals, codes, names or words.
import ChineseText

/// A quantity read at some place, before it is judged.
struct Reading {
  var start: Int
  var end: Int
  /// The end of the left side's number and unit: where scanning goes on when it is rejected.
  var leftEnd: Int
  var left: Measurement
  var right: Measurement?
  var qualifier: Qualifier
  var unit: String?
}

/// The rules that keep things that are not quantities out: `8月14日`, `2024年`, `第五届`,
/// `010-69366905`, `龙徽1910`, `1+3+N`, `一张网`, `千万`, `五四广场`. They look at how the
/// number is written and at the scalars around it, never at particular sentences.
enum Plausibility {
  static func accepts(_ reading: Reading, in text: [Unicode.Scalar], isWholeText: Bool) -> Bool {
    // NB: the sides are asked one by one: an array of the two measurements, built for every number
    // read, copied each with its strings.
    guard reading.left.low.isFinite, reading.left.high.isFinite else { return false }
    if let right = reading.right, !(right.low.isFinite && right.high.isFinite) { return false }
    if isOrdinal(reading, in: text) || isWeekday(reading, in: text) || isHalfOfAPeriod(reading, in: text) { return false }
    if isSystemName(reading, in: text) || isAccountingDigitInAWord(reading, in: text) { return false }
    if isDate(reading.left, qualifier: reading.qualifier) { return false }
    if let right = reading.right, isDate(right, qualifier: reading.qualifier) { return false }
    if isGluedToCode(reading, in: text) { return false }
    let left = reading.left
    guard let number = left.number else { return true }  // 半小时, 米九
    if !number.hasDigit, !left.isFraction, reading.qualifier == .exact { return false }
    // NB: an integer written with a leading zero is a code (`010`) or the tail of a number split by a
    // space (`12 000人次` read from `000`), never a count, with or without a measure word.
    if number.isArabicOnly, number.arabic?.hasLeadingZero == true { return false }
    if left.unitKind == .classifier, number.isSingleOne, !left.hasHalf, !left.hasTail,
      reading.right == nil, reading.qualifier == .exact
    {
      return false  // NB: 一张网, 一起, 一届: 一 before a classifier is the article "a".
    }
    if number.isSingleOne, left.unit == "度", reading.qualifier == .exact {
      return false  // NB: 一度 is the adverb "once", 一年一度 "yearly".
    }
    let isBare =
      reading.unit == nil && reading.right == nil && !left.isFraction && !left.isTenths
      && reading.qualifier == .exact && !number.isAdjacentRange
    guard isBare else { return true }
    if number.isArabicOnly, let arabic = number.arabic, arabic.isPlainInteger, arabic.integerDigits >= phoneDigits {
      return false  // NB: 4000151123: a phone number, even on a line of its own.
    }
    guard !isWholeText else { return true }
    if number.isDigitByDigit { return false }
    if number.isArabicOnly {
      // NB: a count noun before it names what it counts (驿站总数达1460).
      if CountNoun.precedes(reading.start, in: text) { return true }
      // NB: a bare number next to a word is part of a name or a time: 龙徽1910, 12 时.
      let before = neighbour(of: reading.start, step: -1, in: text)
      let after = neighbour(of: reading.end - 1, step: 1, in: text)
      return !(before.map(Scalars.isLetter) ?? false) && !(after.map(Scalars.isLetter) ?? false)
    }
    guard number.hasPlaceUnit, number.startsWithDigit else { return false }
    // NB: a Chinese numeral glued to a word names something (党的二十大, 十四五); with Arabic
    // digits and 万/亿 (`66万职工`) the classifier is merely left out.
    let after = neighbour(of: reading.end - 1, step: 1, in: text)
    return number.arabic != nil || !(after.map(\.isHan) ?? false)
  }

  /// The nearest scalar before `index` (step -1) or after it (step 1) that is not a space.
  private static func neighbour(of index: Int, step: Int, in text: [Unicode.Scalar])
    -> Unicode.Scalar?
  {
    var position = index + step
    while position >= 0, position < text.count, Scalars.isSpace(text[position]) {
      position += step
    }
    return position >= 0 && position < text.count ? text[position] : nil
  }

  /// 上半年, 下半月, 后半夜, 上半场: which half of a period, a time and not an amount (半年 alone, or
  /// 近半年, is half a year).
  private static func isHalfOfAPeriod(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    guard reading.left.number == nil, reading.start > 0, text[reading.start] == "半" else { return false }
    let before = text[reading.start - 1]
    return before == "上" || before == "下" || before == "前" || before == "后" || before == "後"
  }

  /// 周五, 星期一, 礼拜三: a day of the week.
  private static func isWeekday(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    guard let number = reading.left.number, number.hasChinese, !number.hasPlaceUnit,
      reading.left.low >= 1, reading.left.low <= 7, reading.start > 0
    else { return false }
    let before = text[reading.start - 1]
    return before == "周" || before == "週" || before == "期" || before == "拜"
  }

  /// A bare run of this many digits is a phone or account number, not a count.
  private static let phoneDigits = 7

  /// 五人制足球, 三局两胜制: a number and its measure word before 制 name a format, not a count.
  private static func isSystemName(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    reading.unit != nil && reading.end < text.count && text[reading.end] == "制"
  }

  /// 第五届, 第 10 名: the number after 第 is an ordinal.
  private static func isOrdinal(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    var index = reading.start - 1
    while index >= 0, Scalars.isSpace(text[index]) { index -= 1 }
    return index >= 0 && (text[index] == "第" || text[index] == "第")
  }

  /// 8月 (not 8个月), 14日, and 2024年 or 二〇二四年 as a year.
  private static func isDate(_ side: Measurement, qualifier: Qualifier) -> Bool {
    guard let unit = side.unit, let number = side.number else { return false }
    let isInteger = !number.hasDecimal && side.low == side.low.rounded() && !side.hasHalf
    // NB: the unit's one scalar, not `switch unit`: a Chinese String compares through Unicode
    // normalisation, and every reading of every number is asked.
    var scalars = unit.unicodeScalars.makeIterator()
    guard let only = scalars.next(), scalars.next() == nil else { return false }
    switch only {
    case "月": return !side.unitAfterGe && !side.hasHalf
    case "日", "号", "號": return isInteger && side.low <= 31 && qualifier == .exact
    case "年":
      if number.isDigitByDigit { return true }
      guard let arabic = number.arabic, number.isArabicOnly, arabic.isPlainInteger else { return false }
      return arabic.integerDigits == 4 && (1000...2999).contains(side.low)
        && (qualifier == .exact || qualifier == .range)
    default: return false
    }
  }

  /// The accounting forms of digits other than 一 and 二's, which also write words (`队伍`, `大陆`, `着陆`).
  static let accountingDigits: Set<Unicode.Scalar> = Set("壹贰貳叁叄肆伍陆陸柒捌玖".unicodeScalars)

  /// An accounting digit alone after a Han scalar is the end of a word, not a number
  /// (`志愿服务队伍人数` is no 5 people): accounting figures come in runs (`伍佰元`, `壹万`).
  private static func isAccountingDigitInAWord(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    let start = reading.start
    guard start > 0, start < text.count, accountingDigits.contains(text[start]), text[start - 1].isHan else { return false }
    return start + 1 >= text.count || !ChineseNumeral.isNumeralScalar(text[start + 1])
  }

  /// Numbers glued to codes, names and formulas: `G20`, `1+3+N`, `12:30`, `2024-08-14`,
  /// `010-69366905`, `v1.2.3`.
  private static func isGluedToCode(_ reading: Reading, in text: [Unicode.Scalar]) -> Bool {
    let before = reading.start > 0 ? text[reading.start - 1] : nil
    let beforeThat = reading.start > 1 ? text[reading.start - 2] : nil
    let after = reading.end < text.count ? text[reading.end] : nil
    let afterThat = reading.end + 1 < text.count ? text[reading.end + 1] : nil
    let isDigitOrLetter: (Unicode.Scalar?) -> Bool = {
      guard let scalar = $0 else { return false }
      return Scalars.arabicDigit(scalar) != nil || Scalars.isLatinLetter(scalar)
    }
    guard reading.left.number?.arabic != nil || reading.right?.number?.arabic != nil else {
      return false
    }
    if let before, Scalars.isLatinLetter(before) { return true }
    if let before, signs.contains(text[reading.start]), isDigitOrLetter(before) { return true }
    if let before, codeJoiners.contains(before), isDigitOrLetter(beforeThat) { return true }
    if let after, codeJoiners.contains(after), isDigitOrLetter(afterThat) { return true }
    if reading.unit == nil, let after, after == "+" || after == "＋" { return true }
    if reading.unit == nil, let after, Scalars.isLatinLetter(after) { return true }
    return false
  }

  private static let signs: Set<Unicode.Scalar> = ["-", "－", "−", "+", "＋"]

  private static let codeJoiners: Set<Unicode.Scalar> = [
    "-", "－", "/", "／", ":", "：", ".", "．", "+", "＋", "_", "#",
  ]
}
