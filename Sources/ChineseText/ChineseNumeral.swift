// Chinese numerals (一 十 百 千 万 亿, 两, 零/〇, 壹贰叁…) → values, at the Unicode-scalar level.

/// The value of one Chinese numeral word, read scalar by scalar.
///
/// `ChineseNumeral.value(of: "一千零二十")` → 1020; `"十五"` → 15; `"两万"` → 20000;
/// `"二〇二四"` → 2024 (digit-by-digit, as years are written). `nil` when the text is not
/// wholly a numeral.
public enum ChineseNumeral {
  /// The digit value of a scalar: 〇零一二…九 and 两, plus the accounting forms 壹贰叁….
  public static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零", "洞": return 0
    case "一", "壹", "幺": return 1
    case "二", "贰", "貳", "两", "兩": return 2
    case "三", "叁", "參": return 3
    case "四", "肆": return 4
    case "五", "伍": return 5
    case "六", "陆", "陸": return 6
    case "七", "柒": return 7
    case "八", "捌": return 8
    case "九", "玖": return 9
    default: return nil
    }
  }

  /// The multiplier of a small unit scalar: 十 百 千 (and 拾 佰 仟).
  public static func smallUnit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十", "拾": return 10
    case "百", "佰": return 100
    case "千", "仟": return 1000
    default: return nil
    }
  }

  /// The multiplier of a large unit scalar: 万 and 亿.
  public static func largeUnit(_ scalar: Unicode.Scalar) -> Double? {
    switch scalar {
    case "万", "萬": return 1e4
    case "亿", "億": return 1e8
    default: return nil
    }
  }

  /// Whether a scalar can be part of a Chinese numeral word.
  public static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
    digit(scalar) != nil || smallUnit(scalar) != nil || largeUnit(scalar) != nil
  }

  /// The value of a whole numeral word, or `nil` when it is not one.
  public static func value(of text: some StringProtocol) -> Double? {
    let scalars = Array(text.unicodeScalars)
    guard !scalars.isEmpty, scalars.allSatisfy(isNumeralScalar) else { return nil }
    // NB: a run of bare digits with no unit (二〇二四) is read digit by digit, as years are written.
    if scalars.count > 1, scalars.allSatisfy({ digit($0) != nil }) {
      return scalars.reduce(0.0) { $0 * 10 + Double(digit($1)!) }
    }
    var total = 0.0  // completed 亿 groups
    var section = 0.0  // completed 万 group below the current 亿
    var small = 0.0  // below 万
    var pendingDigit: Double? = nil
    for scalar in scalars {
      if let d = digit(scalar) {
        pendingDigit = Double(d)
      } else if let unit = smallUnit(scalar) {
        small += (pendingDigit ?? 1) * Double(unit)
        pendingDigit = nil
      } else if let unit = largeUnit(scalar) {
        let group = small + (pendingDigit ?? 0)
        if unit == 1e8 {
          total = (total + section + group) * unit
          section = 0
        } else {
          section = (section + group) * unit
        }
        small = 0
        pendingDigit = nil
      }
    }
    return total + section + small + (pendingDigit ?? 0)
  }
}
