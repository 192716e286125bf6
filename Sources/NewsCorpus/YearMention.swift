// Mentions of time in article text: explicit years, relative dates, programme anniversaries.
import ChineseText

/// One mention of time found in normalised text.
public struct YearMention: Sendable {
  public enum Kind: Sendable {
    /// `2024年`; `periodStart` for `从2015年`, `自2018年`, `2021年以来`.
    case explicit(year: Int, periodStart: Bool)
    /// `今年`, `日前`, `近日`, `8月14日`.
    case relative
    /// `连续第9年`, `第十年`, `连续十年`: the n-th year of something.
    case anniversary(Int)
  }

  public var kind: Kind
  /// Normalised scalar range of the mention.
  public var range: Range<Int>
}

/// Finds time mentions by scanning scalars once.
public enum YearScan {
  /// Plausible years of a union newspaper's events.
  static let plausibleYears = 1949...2100
  /// Words that date an event relative to the page: this year, a few days ago, recently, yesterday,
  /// now (`截至目前`, `如今`).
  static let relativeWords: [[Unicode.Scalar]] = ["今年", "日前", "近日", "昨天", "昨日", "本月", "连日来", "前不久", "目前", "如今"]
    .map { Array($0.unicodeScalars) }

  /// The scalars a relative word starts with, so most positions are skipped at once.
  /// NB: an array, not a Set: a linear look through ten values is cheaper than hashing.
  static let relativeStarts = Array(Set(relativeWords.compactMap(\.first)))
  static let consecutiveWord = Array("连续".unicodeScalars)

  /// `startsMention` for every scalar of the Basic Multilingual Plane, one bit each, built once.
  /// NB: every scalar of every paragraph is tested; a bit is cheaper than the numeral switch.
  static let basicPlaneStarts: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x1_0000 / 64)
    for value in UInt32(0)..<0x1_0000 {
      if let scalar = Unicode.Scalar(value), startsMention(scalar) { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
    }
    return bits
  }()

  /// Whether any time mention can start with `scalar` (see `startsMention`), from the bit table.
  static func canStart(_ scalar: Unicode.Scalar) -> Bool {
    basicPlaneStarts.withUnsafeBufferPointer { canStart(scalar, bits: $0) }
  }

  /// Whether any time mention can start with `scalar` (see `startsMention`), looked up in `bits`
  /// (`basicPlaneStarts`, which a scan reads once: each read of a lazy global is a `swift_once`).
  @inline(__always)
  static func canStart(_ scalar: Unicode.Scalar, bits: UnsafeBufferPointer<UInt64>) -> Bool {
    let value = scalar.value
    guard value < 0x1_0000 else { return startsMention(scalar) }
    return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }

  /// Whether any time mention can start with `scalar`: a digit (years, dates), a Chinese digit
  /// (二〇二四年), 连续/第 (anniversaries) or the first scalar of a relative word.
  static func startsMention(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCIIDigit || scalar == "第" { return true }
    // NB: every other start is a Han scalar; most text (punctuation, Latin) is out at once.
    guard scalar.value >= 0x3000 else { return false }
    return relativeStarts.contains(scalar) || ChineseNumeral.digit(scalar) != nil
  }

  public static func mentions(in text: [Unicode.Scalar]) -> [YearMention] {
    basicPlaneStarts.withUnsafeBufferPointer { mentions(in: text, starts: $0) }
  }

  private static func mentions(in text: [Unicode.Scalar], starts: UnsafeBufferPointer<UInt64>) -> [YearMention] {
    var found: [YearMention] = []
    var index = 0
    while index < text.count {
      guard canStart(text[index], bits: starts) else {
        index += 1
        continue
      }
      if let mention = explicitYear(text, at: index) ?? monthDay(text, at: index) ?? anniversary(text, at: index) {
        found.append(mention)
        index = mention.range.upperBound
        continue
      }
      // NB: compare first scalars before slices: most starts here are digits, no word's start.
      if let word = relativeWords.first(where: { $0[0] == text[index] && matches(text, $0, at: index) }) {
        found.append(YearMention(kind: .relative, range: index..<(index + word.count)))
        index += word.count
        continue
      }
      index += 1
    }
    return found
  }

  static func matches(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], at index: Int) -> Bool {
    index + word.count <= text.count && text[index..<(index + word.count)].elementsEqual(word)
  }

  /// Four ASCII digits or four Chinese digits (`2024`, `二〇二四`) as a plausible year.
  public static func year(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
    let year: Int
    if digits.allSatisfy(\.isASCIIDigit) {
      year = digits.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    } else if digits.allSatisfy({ ChineseNumeral.digit($0) != nil }) {
      year = digits.reduce(0) { $0 * 10 + ChineseNumeral.digit($1)! }
    } else {
      return nil
    }
    return plausibleYears.contains(year) ? year : nil
  }

  /// The year `words` open with, written out with 年 (`2019年…`, `二〇一九年…`), if they do.
  public static func yearWord(opening words: ArraySlice<Unicode.Scalar>) -> Int? {
    guard words.count >= 5, words[words.startIndex + 4] == "年" else { return nil }
    return year(words.prefix(4))
  }

  /// Scalars that join the years of a range whose first year is written without 年 (`2016—2019年`).
  static let rangeJoiners: Set<Unicode.Scalar> = Set("—–-~～至到".unicodeScalars)

  /// `2024年` (four ASCII digits, or four Chinese digits `二〇二四年`), not inside a longer number;
  /// also the first year of a range that writes 年 only once (`2016—2019年`, `2016至2019年`).
  static func explicitYear(_ text: [Unicode.Scalar], at index: Int) -> YearMention? {
    guard index + 4 < text.count else { return nil }
    if index > 0, text[index - 1].isASCIIDigit || text[index - 1].isASCIILetter { return nil }
    if text[index + 4] != "年" {
      return rangeStart(text, at: index) ?? numericDate(text, at: index)
    }
    guard let year = year(text[index..<(index + 4)]) else { return nil }
    let before = index > 0 ? text[index - 1] : " "
    let after = text[(index + 5)..<min(text.count, index + 9)]
    let periodStart = before == "从" || before == "自" || after.starts(with: "以来".unicodeScalars)
      || after.starts(with: "起".unicodeScalars) || containsWithin(after, "以来")
    return YearMention(kind: .explicit(year: year, periodStart: periodStart), range: index..<(index + 5))
  }

  /// The first year of `2016—2019年`: four digits, a joiner, and a year with 年 of the same script.
  static func rangeStart(_ text: [Unicode.Scalar], at index: Int) -> YearMention? {
    let second = index + 5
    guard rangeJoiners.contains(text[index + 4]), second + 4 < text.count, text[second + 4] == "年",
      let first = year(text[index..<(index + 4)]), let last = year(text[second..<(second + 4)]), first < last
    else { return nil }
    return YearMention(kind: .explicit(year: first, periodStart: false), range: index..<(index + 4))
  }

  /// Whether a scalar separates the parts of a date written in numbers (`2024.7.10`, `2024-07-10`,
  /// `2024/7/10`). NB: a switch, not a Set: asked after every run of four digits.
  static func isDateSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", "-", "/": true
    default: false
    }
  }

  /// `2024.7.10`, `2024-07-10`: a year, a month and a day after the same separator, the whole not
  /// inside a longer run of numbers (`2024.7.10.1`, a decimal `2024.5`).
  static func numericDate(_ text: [Unicode.Scalar], at index: Int) -> YearMention? {
    guard index + 4 < text.count else { return nil }
    let separator = text[index + 4]
    guard isDateSeparator(separator), let year = year(text[index..<(index + 4)]) else { return nil }
    var i = index + 5
    func number(max: Int) -> Bool {
      let start = i
      var value = 0
      while i < text.count, text[i].isASCIIDigit, i - start < 2 {
        value = value * 10 + Int(text[i].value - 0x30)
        i += 1
      }
      return i > start && value >= 1 && value <= max && !(i < text.count && text[i].isASCIIDigit)
    }
    guard number(max: 12), i < text.count, text[i] == separator else { return nil }
    i += 1
    guard number(max: 31) else { return nil }
    if i + 1 < text.count, isDateSeparator(text[i]), text[i + 1].isASCIIDigit { return nil }
    return YearMention(kind: .explicit(year: year, periodStart: false), range: index..<i)
  }

  static func containsWithin(_ slice: ArraySlice<Unicode.Scalar>, _ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    let array = Array(slice)
    return (0..<max(0, array.count - scalars.count + 1)).contains { matches(array, scalars, at: $0) }
  }

  /// `8月14日`: a date in the page's year.
  static func monthDay(_ text: [Unicode.Scalar], at index: Int) -> YearMention? {
    if index > 0, text[index - 1].isASCIIDigit { return nil }
    var i = index
    func number(max: Int) -> Int? {
      let start = i
      var value = 0
      while i < text.count, text[i].isASCIIDigit, i - start < 2 {
        value = value * 10 + Int(text[i].value - 0x30)
        i += 1
      }
      return i > start && value >= 1 && value <= max ? value : nil
    }
    guard number(max: 12) != nil, i < text.count, text[i] == "月" else { return nil }
    i += 1
    guard number(max: 31) != nil, i < text.count, text[i] == "日" else { return nil }
    return YearMention(kind: .relative, range: index..<(i + 1))
  }

  /// `连续第9年`, `第十年`, `第十个年头`, `连续十年`: an ordinal year (`第`) or a run of years (`连续`).
  static func anniversary(_ text: [Unicode.Scalar], at index: Int) -> YearMention? {
    var i = index
    let consecutive = matches(text, consecutiveWord, at: i)
    if consecutive { i += 2 }
    let ordinal = i < text.count && text[i] == "第"
    if ordinal { i += 1 }
    guard consecutive || ordinal else { return nil }
    let start = i
    while i < text.count, i - start < 4, text[i].isASCIIDigit || ChineseNumeral.isNumeralScalar(text[i]) { i += 1 }
    let numeralEnd = i
    if ordinal, i + 1 < text.count, text[i] == "个", text[i + 1] == "年" { i += 1 }  // 第十个年头
    guard numeralEnd > start, i < text.count, text[i] == "年" else { return nil }
    let numeral = text[start..<numeralEnd]
    let n: Int
    if numeral.allSatisfy(\.isASCIIDigit) {
      n = numeral.reduce(0) { $0 * 10 + Int($1.value - 0x30) }
    } else if let value = ChineseNumeral.value(of: String(scalars: numeral)) {
      n = Int(value)
    } else {
      return nil
    }
    guard n >= 1, n <= 100 else { return nil }
    return YearMention(kind: .anniversary(n), range: index..<(i + 1))
  }
}
