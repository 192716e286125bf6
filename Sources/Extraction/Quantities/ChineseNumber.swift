// Numbers in Chinese, Arabic or mixed writing: 66万, 一千零二十, 12.72万, 3万4千, 十五六, 十几万.
import ChineseText

/// A number read from text, with what the filters need to know about how it was written.
struct NumberReading: Sendable, Hashable {
  /// The value; for adjacent digits (`三五百`, `十五六`) the reading with the smaller digit.
  var low: Double
  /// Equal to `low` unless adjacent digits give a range.
  var high: Double
  /// `三五百` → 300…500, `十五六` → 15…16.
  var isAdjacentRange = false
  /// 几/余/多 inside the number: `十几万`, `一千多万`, `500余万`.
  var isMoreThan = false
  /// A digit was written (not only units: `千`, `万万`).
  var hasDigit = false
  /// The number starts with a digit (`一千`, `3万`), not a unit (`十五`, `万一`).
  var startsWithDigit = false
  /// A place unit (十 百 千 万 亿 兆) was written.
  var hasPlaceUnit = false
  /// Some Chinese numeral scalar was written.
  var hasChinese = false
  /// The first run of Arabic digits, if any.
  var arabic: ArabicNumber?
  /// Whether the number is one run of Arabic digits and nothing else.
  var isArabicOnly = false
  /// A run of Chinese digits read digit by digit (`二〇二四`, `五四`).
  var isDigitByDigit = false
  /// A decimal point was written, in either script.
  var hasDecimal = false
  /// The largest place unit written (1 when none).
  var largestUnit = 1.0
  /// The unit that ends the number (`三万` → 10^4), which a range may share (`两到三万`).
  var trailingUnit: Double?
  /// Just 一 (壹, 幺): before a classifier it is usually the article "a" (`一张网`).
  var isSingleOne = false
}

/// Reads the longest number at the start of the input.
enum NumberParser {
  /// Reads digits, units, 零, decimals (`点`), and the approximations written inside a
  /// number (`十几万`, `一千多万`). Spaces between parts are tolerated (`48.13 万`,
  /// `三千 八百`); two runs of Arabic digits are never joined across a space.
  static func parse(_ input: inout ScalarInput) -> NumberReading? {
    let start = input
    var low = NumeralAccumulator()
    var high = NumeralAccumulator()
    var run = DigitRun()
    var reading = NumberReading(low: 0, high: 0)
    var tokens = 0
    var arabicRuns = 0
    var lastWasArabic = false
    var lastUnit: Double?
    /// The last 十/百/千 since the last 万/亿: places only fall within a group.
    var lastSmallUnit = Double.infinity
    var afterDecimal = false

    func flush() {
      guard let (lowDigits, highDigits, single) = run.flush() else { return }
      low.add(lowDigits, isSingleDigit: single)
      high.add(highDigits, isSingleDigit: single)
      if lowDigits != highDigits { reading.isAdjacentRange = true }
      if !single && lowDigits == highDigits { reading.isDigitByDigit = true }
    }
    func noteUnit(_ unit: Double) {
      reading.hasPlaceUnit = true
      reading.largestUnit = max(reading.largestUnit, unit)
      lastUnit = unit
      lastWasArabic = false
      tokens += 1
    }

    while true {
      let beforeSpaces = input
      if tokens > 0 { input.skipSpaces() }
      guard let scalar = input.first else {
        input = beforeSpaces
        break
      }
      if afterDecimal, ChineseNumeral.largeUnit(scalar) == nil {
        input = beforeSpaces
        break
      }
      if Scalars.arabicDigit(scalar) != nil || (tokens == 0 && ArabicNumber.isDecimalPoint(scalar)) {
        guard !lastWasArabic, run.isEmpty, let number = ArabicNumber.parse(&input) else {
          input = beforeSpaces
          break
        }
        // NB: one Arabic digit right after 万/千 counts in the next lower place, as a Chinese
        // digit does (`2万5` → 25000).
        let single = number.integerDigits == 1 && number.isPlainInteger && lastUnit != nil
        low.add(number.value, isSingleDigit: single)
        high.add(number.value, isSingleDigit: single)
        if tokens == 0 { reading.startsWithDigit = true }
        if reading.arabic == nil { reading.arabic = number }
        reading.hasDigit = true
        reading.hasDecimal = reading.hasDecimal || number.hasDecimal
        arabicRuns += 1
        lastWasArabic = true
        lastUnit = nil
        tokens += 1
        continue
      }
      if let digit = ChineseNumeral.digit(scalar) {
        if lastWasArabic || (isLiang(scalar) && tokens > 0 && !precedesUnit(input.dropFirst())) {
          input = beforeSpaces
          break
        }
        if digit == 0, run.isEmpty, tokens > 0 {
          low.zero()
          high.zero()
        } else {
          run.append(digit)
        }
        if tokens == 0 { reading.startsWithDigit = true }
        input.removeFirst()
        reading.hasDigit = true
        reading.hasChinese = true
        lastUnit = nil
        tokens += 1
        continue
      }
      if scalar == "几" || scalar == "幾" || scalar == "数" || scalar == "數" {
        let rest = input.dropFirst()
        let beforeUnit = rest.firstAfterSpaces.map(isPlaceUnit) ?? false
        if scalar == "数" || scalar == "數", tokens > 0 || !beforeUnit {
          input = beforeSpaces
          break
        }
        if tokens == 0, beforeUnit {
          run.append(1)
        } else if tokens > 0, run.isEmpty, !lastWasArabic {
          run.append(0)
        } else {
          input = beforeSpaces
          break
        }
        input.removeFirst()
        reading.isMoreThan = true
        reading.hasChinese = true
        lastUnit = nil
        tokens += 1
        continue
      }
      if let tens = ChineseNumeral.tens(scalar) {
        guard !lastWasArabic else {
          input = beforeSpaces
          break
        }
        flush()
        low.add(Double(tens / 10), isSingleDigit: false)
        high.add(Double(tens / 10), isSingleDigit: false)
        low.multiply(bySmallUnit: 10)
        high.multiply(bySmallUnit: 10)
        lastSmallUnit = 10
        if tokens == 0 { reading.startsWithDigit = true }
        input.removeFirst()
        reading.hasDigit = true
        reading.hasChinese = true
        noteUnit(10)
        continue
      }
      if let unit = ChineseNumeral.smallUnit(scalar) {
        // NB: 一百二十千米 is 120 km: a 千 after 十 cannot be a place of the same number.
        if isUnitWord(input, unit: unit, afterArabic: lastWasArabic)
          || Double(unit) >= lastSmallUnit
        {
          input = beforeSpaces
          break
        }
        lastSmallUnit = Double(unit)
        flush()
        low.multiply(bySmallUnit: Double(unit))
        high.multiply(bySmallUnit: Double(unit))
        input.removeFirst()
        reading.hasChinese = true
        // NB: 十 alone is ten (`十双`), while 百/千/万 alone are not numbers (`千万`, `百姓`).
        if unit == 10 { reading.hasDigit = true }
        noteUnit(Double(unit))
        continue
      }
      if let unit = ChineseNumeral.largeUnit(scalar) {
        flush()
        low.multiply(byLargeUnit: unit)
        high.multiply(byLargeUnit: unit)
        lastSmallUnit = .infinity
        input.removeFirst()
        reading.hasChinese = true
        noteUnit(unit)
        continue
      }
      if (scalar == "点" || scalar == "點"), tokens > 0, reading.hasChinese || !run.isEmpty,
        !afterDecimal
      {
        var rest = input.dropFirst()
        rest.skipSpaces()
        guard let fraction = decimalDigits(&rest) else {
          input = beforeSpaces
          break
        }
        flush()
        low.addFraction(fraction)
        high.addFraction(fraction)
        input = rest
        reading.hasDecimal = true
        afterDecimal = true
        lastWasArabic = false
        lastUnit = nil
        tokens += 1
        continue
      }
      if tokens > 0, scalar == "余" || scalar == "多" || scalar == "個" || scalar == "个",
        let next = input.dropFirst().firstAfterSpaces, let unit = ChineseNumeral.largeUnit(next),
        unit > 1
      {
        // NB: 十余万, 一千多万, 两个亿: the approximation or 个 sits inside the number.
        if scalar == "余" || scalar == "多" { reading.isMoreThan = true }
        input.removeFirst()
        continue
      }
      input = beforeSpaces
      break
    }
    flush()
    guard tokens > 0 else {
      input = start
      return nil
    }
    reading.low = low.value
    reading.high = high.value
    reading.isArabicOnly = arabicRuns == 1 && tokens == 1
    reading.trailingUnit = lastUnit
    if tokens == 1, !reading.hasDecimal, let first = start.first,
      first == "一" || first == "壹" || first == "幺"
    {
      reading.isSingleOne = true
    }
    return reading
  }

  /// 两 is a digit before a unit or measure word (`两千`, `两天`); after a number it is the
  /// weight unit liang (`三十两`).
  private static func isLiang(_ scalar: Unicode.Scalar) -> Bool { scalar == "两" || scalar == "兩" }

  private static func isPlaceUnit(_ scalar: Unicode.Scalar) -> Bool {
    ChineseNumeral.smallUnit(scalar) != nil || ChineseNumeral.largeUnit(scalar) != nil
  }

  /// Whether the input starts with a place unit, 个 or a measure word.
  private static func precedesUnit(_ input: ScalarInput) -> Bool {
    var rest = input
    rest.skipSpaces()
    guard let first = rest.first else { return false }
    return isPlaceUnit(first) || first == "个" || first == "個" || first == "半"
      || MeasureWord.starts(rest)
  }

  /// Whether a 千/百 starts a unit word rather than a place: `千克` always, `千米`/`千瓦` after
  /// Arabic digits (`12千米`; `两千米` is 2000 m), and 百 in `百分点`.
  private static func isUnitWord(_ input: ScalarInput, unit: Int, afterArabic: Bool) -> Bool {
    let next = input.scalar(at: 1)
    switch unit {
    case 1000: return next == "克" || (afterArabic && (next == "米" || next == "瓦"))
    case 100: return next == "分" && (input.scalar(at: 2) == "点" || input.scalar(at: 2) == "點")
    default: return false
    }
  }

  /// The digits after a decimal point, Chinese (零 = 0) or Arabic: `五五四四` → 0.5544.
  private static func decimalDigits(_ input: inout ScalarInput) -> Double? {
    var fraction = 0.0
    var scale = 1.0
    while let scalar = input.first {
      let digit = Scalars.arabicDigit(scalar) ?? (isLiang(scalar) ? nil : ChineseNumeral.digit(scalar))
      guard let digit else { break }
      fraction = fraction * 10 + Double(digit)
      scale *= 10
      input.removeFirst()
    }
    return scale > 1 ? fraction / scale : nil
  }
}

/// Chinese digits with no unit between them: one digit, a pair of adjacent digits (`三五`,
/// `十五六`: a range), or a run read digit by digit (`二〇二四`).
private struct DigitRun {
  private var count = 0
  private var value = 0.0
  private var first = 0
  private var second = 0

  var isEmpty: Bool { count == 0 }

  mutating func append(_ digit: Int) {
    if count == 0 { first = digit }
    if count == 1 { second = digit }
    value = value * 10 + Double(digit)
    count += 1
  }

  /// The digits for the low and the high reading, and whether they are one single digit.
  mutating func flush() -> (low: Double, high: Double, single: Bool)? {
    defer { self = DigitRun() }
    switch count {
    case 0: return nil
    case 1: return (value, value, true)
    case 2 where Self.isAdjacent(first, second): return (Double(first), Double(second), true)
    default: return (value, value, false)
    }
  }

  /// Adjacent digits that name a range: 一两, 两三, 三四 … 八九, and the idiom 三五.
  private static func isAdjacent(_ a: Int, _ b: Int) -> Bool {
    (a >= 1 && b == a + 1) || (a == 3 && b == 5)
  }
}
