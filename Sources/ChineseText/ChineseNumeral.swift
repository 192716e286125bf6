// Chinese numerals (一 十 百 千 万 亿, 两, 零/〇, 壹贰叁…) → values, at the Unicode-scalar level.

/// The value of one Chinese numeral word, read scalar by scalar.
///
/// `ChineseNumeral.value(of: "一千零二十")` → 1020; `"十五"` → 15; `"两万"` → 20000;
/// `"一万三"` → 13000 (a trailing digit counts in the next lower place); `"二〇二四"` → 2024
/// (digit-by-digit, as years are written). `nil` when the text is not wholly a numeral.
public enum ChineseNumeral {
  /// The digit value of a scalar: 〇零一二…九 and 两/俩, plus the accounting forms 壹贰叁….
  @inlinable
  public static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零", "洞": return 0
    case "一", "壹", "幺": return 1
    case "二", "贰", "貳", "两", "兩", "俩", "倆": return 2
    case "三", "叁", "叄", "參": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆", "陸": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// The value of a scalar that writes a whole number of tens: 廿 20, 卅 30, 卌 40.
  @inlinable
  public static func tens(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "廿": return 20
    case "卅": return 30
    case "卌": return 40
    default: return nil
    }
  }

  /// The multiplier of a small unit scalar: 十 百 千 (and 拾 佰 仟).
  @inlinable
  public static func smallUnit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十", "拾": return 10
    case "百", "佰": return 100
    case "千", "仟": return 1000
    default: return nil
    }
  }

  /// The multiplier of a large unit scalar: 万, 亿 and 兆 (read as 10^12, as the peers do).
  @inlinable
  public static func largeUnit(_ scalar: Unicode.Scalar) -> Double? {
    switch scalar {
    case "万", "萬": return 1e4
    case "亿", "億": return 1e8
    case "兆": return 1e12
    default: return nil
    }
  }

  /// A multiplier or an approximation that may close a figure written in digits (`1.1万`, `300余`,
  /// `2.3万余`): a table's cell or a list's item ends with it.
  /// NB: a `switch`, not a set: the normaliser asks it at every space after Han.
  public static func isRoundingWord(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "万", "亿", "千", "余", "多": true
    default: false
    }
  }

  /// Whether a scalar can be part of a Chinese numeral word.
  @inlinable
  public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
    digit(scalar) != nil || tens(scalar) != nil || smallUnit(scalar) != nil
      || largeUnit(scalar) != nil
  }

  /// The value of a whole numeral word, or `nil` when it is not one.
  public static func value(of text: some StringProtocol) -> Double? {
    var accumulator = NumeralAccumulator()
    var run = DigitRun()
    var sawDigit = false
    for scalar in text.unicodeScalars {
      if let d = digit(scalar) {
        if d == 0, run.isEmpty, accumulator.hasUnit {
          accumulator.zero()
        } else {
          run.append(d)
        }
        sawDigit = true
      } else if let t = tens(scalar) {
        run.flush(into: &accumulator)
        accumulator.add(Double(t / 10), isSingleDigit: false)
        accumulator.multiply(bySmallUnit: 10)
        sawDigit = true
      } else if let unit = smallUnit(scalar) {
        run.flush(into: &accumulator)
        accumulator.multiply(bySmallUnit: Double(unit))
      } else if let unit = largeUnit(scalar) {
        run.flush(into: &accumulator)
        accumulator.multiply(byLargeUnit: unit)
      } else {
        return nil
      }
    }
    run.flush(into: &accumulator)
    // NB: a lone 十 is ten, but a word of only 百/千/万 (`万万`) is not a number.
    guard sawDigit || text.unicodeScalars.contains(where: { smallUnit($0) == 10 }) else {
      return nil
    }
    return accumulator.value
  }
}

/// A run of digits with no unit between them (`二〇二四`), read digit by digit.
private struct DigitRun {
  private var value = 0.0
  private var count = 0
  var isEmpty: Bool { count == 0 }

  mutating func append(_ digit: Int) {
    value = value * 10 + Double(digit)
    count += 1
  }

  mutating func flush(into accumulator: inout NumeralAccumulator) {
    guard count > 0 else { return }
    accumulator.add(value, isSingleDigit: count == 1)
    value = 0
    count = 0
  }
}

/// Place-value arithmetic for numerals read token by token: `五十五兆一十二亿四万五千二`.
///
/// Digits (Chinese or a run of Arabic digits) are added with `add`, units multiply what came
/// before them. The rules of written Chinese are kept:
/// - a unit with no digit before it counts one of itself (`十五` → 15, `万九` → 19000);
/// - a larger unit after a smaller one multiplies everything so far (`四万万` → 4×10^8,
///   `一千一百万…亿`, `三十一万多亿`); a smaller one adds a new group (`一亿七万` → 100070000);
/// - a single Chinese digit right after a unit of a hundred or more counts in the next lower
///   place (`一万三` → 13000, `两千三百五` → 2350, `百二万` → 1200000), unless 零 came between.
public struct NumeralAccumulator: Sendable, Hashable {
  /// Completed groups ending in a large unit (万/亿/兆).
  private var total = 0.0
  /// The multiplier of the last group in `total`; infinity before the first one.
  private var lastLarge = Double.infinity
  /// The value below the current large unit.
  private var section = 0.0
  /// The digits read since the last unit.
  private var pending: Double?
  /// Whether `pending` is one Chinese digit, which may count in the next lower place.
  private var pendingIsSingleDigit = false
  /// The unit just before `pending`, when no 零 came between them.
  private var unitBeforePending: Double?
  /// The last unit applied, if any.
  private var lastUnit: Double?

  public init() {}

  /// Whether a unit (十百千万亿) has been applied.
  public var hasUnit: Bool { lastUnit != nil }

  /// The multiplier of the last unit applied.
  public var lastUnitMultiplier: Double? { lastUnit }

  /// Whether digits were read after the last unit.
  public var hasPendingDigits: Bool { pending != nil }

  /// Adds digits read since the last unit (a Chinese digit or a run of Arabic digits).
  public mutating func add(_ number: Double, isSingleDigit: Bool) {
    if let previous = pending {
      // NB: two numbers with nothing between them (一千零十 handled by `zero()`) only happen in
      // malformed input; keep reading them digit by digit so nothing crashes or goes negative.
      pending = previous * 10 + number
      pendingIsSingleDigit = false
    } else {
      pending = number
      pendingIsSingleDigit = isSingleDigit
      unitBeforePending = lastUnitSincePending
    }
    lastUnitSincePending = nil
  }

  /// The unit applied since the last digits, reset by 零.
  private var lastUnitSincePending: Double?

  /// Marks 零 between places (`一千零二十`): the next digit counts in its own place.
  public mutating func zero() {
    lastUnitSincePending = nil
    if pending == nil { unitBeforePending = nil }
  }

  /// Multiplies the pending digits by 十, 百 or 千 (one of the unit when there are none).
  public mutating func multiply(bySmallUnit unit: Double) {
    // NB: a leading 零 before a unit (`零十`) reads as the unit alone, as the peers do.
    let digits = pending.flatMap { $0 == 0 ? nil : $0 } ?? 1
    section += digits * unit
    pending = nil
    pendingIsSingleDigit = false
    lastUnit = unit
    lastUnitSincePending = unit
  }

  /// Multiplies the current group by 万, 亿 or 兆.
  public mutating func multiply(byLargeUnit unit: Double) {
    // NB: 百二万 is 120万, but in 一亿四万 the 四 counts in its own place.
    let colloquial = (unitBeforePending ?? 0) < 1e4
    let group = section + (colloquial ? resolvedPending : (pending ?? 0))
    if group == 0 && total == 0 {
      total = unit
      lastLarge = unit
    } else if group == 0 {
      total *= unit
      lastLarge *= unit
    } else if unit < lastLarge {
      total += group * unit
      lastLarge = unit
    } else {
      total = (total + group) * unit
      lastLarge = unit
    }
    section = 0
    pending = nil
    pendingIsSingleDigit = false
    lastUnit = unit
    lastUnitSincePending = unit
  }

  /// Adds the digits after a decimal point (`二十点一` → 20.1, then `万` → 201000).
  public mutating func addFraction(_ fraction: Double) {
    section += resolvedPending + fraction
    pending = nil
    pendingIsSingleDigit = false
    lastUnitSincePending = nil
  }

  /// The value read so far.
  public var value: Double { total + section + resolvedPending }

  /// The pending digits, in the next lower place when they follow a unit colloquially.
  private var resolvedPending: Double {
    guard let pending else { return 0 }
    if pendingIsSingleDigit, let unit = unitBeforePending, unit >= 100 {
      return pending * unit / 10
    }
    return pending
  }
}
