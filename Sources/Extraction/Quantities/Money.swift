// What follows a money or length unit: 角/毛 and 分 (`五元三毛`, `123元1角1分`), a bare digit
// (`一块二`, `三块零四`, `三米九`), 又N美分.
import ChineseText

/// The smaller units written after 元/块/美元, or the tenth after 米 and 度 (`三十七度五`).
enum UnitTail {
  /// Reads the tail after `unit` and returns the amount it adds, in `unit`s.
  static func parse(after unit: String, _ input: inout ScalarInput) -> Double? {
    let start = input
    if dollars.contains(unit) {
      _ = input.consume(you)
      if let cents = NumberParser.parse(&input), input.consume(meiFen) { return cents.low / 100 }
      input = start
      return nil
    }
    if tenthsUnits.contains(unit) {
      if let digit = bareDigit(&input) { return digit / 10 }
      input = start
      return nil
    }
    guard yuan.contains(unit) else { return nil }
    let afterZero = input.first == "零"
    if afterZero { input.removeFirst() }
    var amount = 0.0
    var rest = input
    if let tenths = NumberParser.parse(&rest), let mark = rest.first, mark == "角" || mark == "毛" {
      rest.removeFirst()
      amount += tenths.low / 10
      input = rest
      if input.first == "零" { input.removeFirst() }
      var cents = input
      if let hundredths = NumberParser.parse(&cents), cents.first == "分" {
        cents.removeFirst()
        amount += hundredths.low / 100
        input = cents
      } else if let digit = bareDigit(&input) {
        amount += digit / 100
      }
      return amount
    }
    rest = input
    if let hundredths = NumberParser.parse(&rest), rest.first == "分" {
      rest.removeFirst()
      input = rest
      return hundredths.low / 100
    }
    if let digit = bareDigit(&input) { return afterZero ? digit / 100 : digit / 10 }
    input = start
    return nil
  }

  /// Words absorbed after a money unit: 块钱, 元整, 元人民币.
  static func skipMoneyWords(after unit: String, _ input: inout ScalarInput) {
    guard yuan.contains(unit) else { return }
    for word in moneyWords where input.consume(word) { return }
  }

  /// One digit standing alone, read colloquially in the next smaller unit (`一块二`, `3块5`).
  private static func bareDigit(_ input: inout ScalarInput) -> Double? {
    guard let scalar = input.first,
      let digit = ChineseNumeral.digit(scalar) ?? Scalars.arabicDigit(scalar), digit > 0
    else {
      return nil
    }
    let rest = input.dropFirst()
    if let next = rest.first,
      ChineseNumeral.isNumeralScalar(next) || next == "个" || next == "個" || MeasureWord.starts(rest)
        || next == "点" || next == "點" || Scalars.arabicDigit(next) != nil
        || ArabicNumber.isDecimalPoint(next) || next == "%" || next == "％"
    {
      return nil
    }
    input = rest
    return Double(digit)
  }

  private static let yuan = WordSet(["元", "圆", "圓", "块", "塊"])
  private static let dollars = WordSet(["美元"])
  /// Units a bare digit after gives the tenth of (`三十七度五`, `一米八`).
  private static let tenthsUnits = WordSet(["米", "度"])
  private static let you = Array("又".unicodeScalars)
  private static let meiFen = Array("美分".unicodeScalars)
  private static let moneyWords: [Word] = ["钱", "錢", "整", "人民币", "人民幣"].map {
    Array($0.unicodeScalars)
  }
}
