// The printed forms of a quantity: Arabic, grouped, Chinese round numbers, 万 forms, qualifiers.
import Extraction

/// Prints one quantity; `rng` is handed back to the caller when done.
struct AmountPrinter {
  let unit: String
  let type: Typography
  var rng: SplitMix64

  /// `56个`, `1,200名`, `两支`, `12.72万人次`.
  mutating func exact(_ n: Int) -> Amount {
    let number: String
    if n >= 2, n <= 12, rng.chance(0.25) {
      number = Self.chineseSmall(n)
    } else if n >= 10_000, n % 100 == 0, rng.chance(0.5) {
      number = Self.wan(n)
    } else {
      number = arabic(n)
    }
    return assemble(number: number, low: n, high: n, .exact)
  }

  /// `1200余名`, `1200多名`, `超1200名`, `逾千名`, `千余名`, `3万余人次`.
  mutating func moreThan(_ n: Int) -> Amount {
    let base = roundedDown(n)
    let number = numeral(base)
    // NB: a bare 百, 千 or 1万 takes 余 (`千余名`); `百多名` is not how reports put it.
    let bare = ["百", "千", "1万"].contains(number)
    switch rng.int(0...9) {
    case 0...4: return assemble(number: number, mid: "余", low: base, high: nil, .moreThan)
    case 5...6: return assemble(number: number, mid: bare ? "余" : "多", low: base, high: nil, .moreThan)
    case 7...8: return assemble(prefix: rng.pick(["超", "超过"]), number: number, low: base, high: nil, .moreThan)
    default: return assemble(prefix: "逾", number: number, low: base, high: nil, .moreThan)
    }
  }

  /// `近150名`, `近千名`.
  mutating func nearly(_ n: Int) -> Amount {
    let base = roundedUp(n)
    return assemble(prefix: "近", number: numeral(base), low: nil, high: base, .nearly)
  }

  /// `约200名`, `200名左右`: no hard bounds.
  mutating func about(_ n: Int) -> Amount {
    let base = roundedDown(n)
    if rng.chance(0.5) {
      return assemble(prefix: "约", number: numeral(base), low: nil, high: nil, .about)
    }
    return assemble(number: numeral(base), suffix: "左右", low: nil, high: nil, .about)
  }

  /// `200名以上`, `不少于200名`.
  mutating func atLeast(_ n: Int) -> Amount {
    let base = roundedDown(n)
    if rng.chance(0.5) {
      return assemble(number: numeral(base), suffix: "以上", low: base, high: nil, .atLeast)
    }
    return assemble(prefix: "不少于", number: numeral(base), low: base, high: nil, .atLeast)
  }

  /// `20至30名`, `20～30名`.
  mutating func range(_ n: Int) -> Amount {
    let low = max(1, roundedDown(n * 4 / 5))
    let high = max(low + 1, roundedUp(n * 6 / 5))
    let number = arabic(low) + rng.pick(["至", "～"]) + arabic(high)
    return assemble(number: number, low: low, high: high, .range)
  }

  // MARK: - Numbers

  /// Two significant digits, rounded down (`1234` → `1200`), sometimes one (`1000`).
  private mutating func roundedDown(_ n: Int) -> Int {
    let step = Self.step(n, digits: rng.chance(0.35) ? 1 : 2)
    return max(1, n / step * step)
  }

  /// Two significant digits, rounded up (`1480` → `1500`), sometimes one (`2000`).
  private mutating func roundedUp(_ n: Int) -> Int {
    let step = Self.step(n, digits: rng.chance(0.35) ? 1 : 2)
    return (n + step - 1) / step * step
  }

  private static func step(_ n: Int, digits: Int) -> Int {
    var step = 1
    var limit = 1
    for _ in 0..<digits { limit *= 10 }
    while n / step >= limit { step *= 10 }
    return step
  }

  /// A rounded number as news prints it: `千`, `两千`, `3万`, `12.5万`, or Arabic.
  private mutating func numeral(_ n: Int) -> String {
    switch n {
    case 100: return "百"
    case 1000: return "千"
    case 10_000: return "1万"
    case let n where n < 10_000 && n % 1000 == 0 && rng.chance(0.5): return Self.chineseSmall(n / 1000) + "千"
    case let n where n < 1000 && n % 100 == 0 && rng.chance(0.3): return Self.chineseSmall(n / 100) + "百"
    case let n where n >= 10_000 && n % 1000 == 0 && rng.chance(0.7): return Self.wan(n)
    default: return arabic(n)
    }
  }

  /// Arabic digits: grouped by thousands now and then, full-width as often as the page prints them.
  private mutating func arabic(_ n: Int) -> String {
    if rng.chance(type.fullWidthDigits) { return Typography.fullWidth(String(n)) }
    if n >= 1000, rng.chance(0.25) { return Self.grouped(n) }
    return String(n)
  }

  /// `1234567` → `1,234,567`.
  static func grouped(_ n: Int) -> String {
    let digits = Array(String(n))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return out
  }

  /// `127200` → `12.72万`; `30000` → `3万`.
  static func wan(_ n: Int) -> String {
    var text = String(n / 10_000)
    var fraction = String(n % 10_000)
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if !fraction.isEmpty { text += "." + fraction }
    return text + "万"
  }

  /// 2…99 in Chinese numerals, `两` for 2 as before a measure word.
  static func chineseSmall(_ n: Int) -> String {
    let digits = ["〇", "一", "两", "三", "四", "五", "六", "七", "八", "九"]
    switch n {
    case 0..<10: return digits[n]
    case 10: return "十"
    case 11..<20: return "十" + (n == 12 ? "二" : digits[n - 10])
    default: return (n / 10 == 2 ? "二" : digits[n / 10]) + "十" + (n % 10 == 0 ? "" : (n % 10 == 2 ? "二" : digits[n % 10]))
    }
  }

  // MARK: - Assembly

  /// prefix + number + mid + unit + suffix, with the page's stray space after the prefix or the number.
  private mutating func assemble(
    prefix: String = "", number: String, mid: String = "", suffix: String = "", low: Int?, high: Int?,
    _ qualifier: Qualifier
  ) -> Amount {
    var head = prefix
    var tail = mid + unit + suffix
    // NB: only digits take a stray space; `千 余名` is not a habit of any dump.
    let endsInDigit = number.unicodeScalars.last.map { ("0"..."9").contains($0) || ("０"..."９").contains($0) } ?? false
    if endsInDigit, rng.chance(type.straySpace) {
      if !prefix.isEmpty, rng.chance(0.4) { head += " " } else { tail = " " + tail }
    }
    return Amount(surface: head + number + tail, low: low, high: high, qualifier: qualifier, unit: unit)
  }
}
