// A number with its unit: 66万余人次, 两天半, 一个半小时, 百分之五, 五成, 摄氏37度, 一块二.
import ChineseText

/// One side of a quantity: the number, what is written around it, and its unit.
struct Measurement: Sendable {
  /// The value (the smaller reading for adjacent digits: `三五百` → 300).
  var low: Double
  /// Equal to `low` unless adjacent digits give a range.
  var high: Double
  /// How the number was written; nil for 半 alone and the colloquial `米九`.
  var number: NumberReading?
  /// 余 多 几 来 written in or after the number.
  var qualifier: Qualifier?
  var unit: String?
  var unitKind: MeasureWord.Kind?
  var isFraction = false
  /// 成: tenths (`五成` → 0.5).
  var isTenths = false
  /// 半 was added (`两天半`) or is the number (`半小时`).
  var hasHalf = false
  /// The unit followed 个 (`三个月`, `一个半小时`).
  var unitAfterGe = false
  /// Smaller units were added after the unit (`一块二`, `五元三毛`).
  var hasTail = false
  /// The unit is a sign or currency written before the number (`$20`).
  var unitBeforeNumber = false

  /// Reads a sign, a number (or 半, or a fraction), then 成 or 个 and a measure word.
  static func parse(_ input: inout ScalarInput, allowsColloquialMetre: Bool) -> Measurement? {
    let start = input
    let temperature = temperatureWords.parse(&input)
    input.skipSpaces()
    let currency = currencyWords.parse(&input)
    input.skipSpaces()
    let sign = Sign.parse(&input)
    guard var measurement = readNumber(&input, allowsColloquialMetre: allowsColloquialMetre) else {
      input = start
      return nil
    }
    if measurement.unit == nil, !measurement.isTenths {
      measurement.readUnit(&input)
      if measurement.hasHalf, measurement.unit == nil {
        input = start
        return nil
      }
    }
    if let temperature, measurement.unit == "度" { measurement.unit = temperature }
    if measurement.unit == nil, let currency {
      measurement.unit = currency
      measurement.unitKind = .measure
      measurement.unitBeforeNumber = true
    }
    if sign < 0 {
      (measurement.low, measurement.high) = (-measurement.high, -measurement.low)
    }
    return measurement
  }

  /// The number: 半 (`半小时`, `半百`), the colloquial `米九` (1.9 m), or a number with its
  /// fraction and its tenths (`五成`, `三成半`, `七成 六`).
  private static func readNumber(_ input: inout ScalarInput, allowsColloquialMetre: Bool)
    -> Measurement?
  {
    if input.first == "半" {
      let rest = input.dropFirst()
      if let next = rest.first, let unit = ChineseNumeral.smallUnit(next), unit > 10 {
        // NB: 半百 is fifty, a number of its own.
        input = rest.dropFirst()
        let value = Double(unit) / 2
        var number = NumberReading(low: value, high: value)
        number.hasDigit = true
        number.startsWithDigit = true
        number.hasPlaceUnit = true
        number.hasChinese = true
        return Measurement(low: value, high: value, number: number)
      }
      input = rest
      return Measurement(low: 0.5, high: 0.5, hasHalf: true)
    }
    if allowsColloquialMetre, input.first == "米", let scalar = input.scalar(at: 1),
      let digit = ChineseNumeral.digit(scalar), digit > 0,
      !(input.scalar(at: 2).map(ChineseNumeral.isNumeralScalar) ?? false)
    {
      input = input.dropFirst(2)
      let value = 1 + Double(digit) / 10
      return Measurement(low: value, high: value, unit: "米", unitKind: .measure)
    }
    guard var number = NumberParser.parse(&input) else { return nil }
    if number.isSingleOne, input.first == "半" {
      // NB: 一半 is one half.
      input.removeFirst()
      number.low = 0.5
      number.high = 0.5
      number.isSingleOne = false
    }
    var measurement = Measurement(
      low: number.low, high: number.high, number: number,
      qualifier: number.isMoreThan ? .moreThan : nil)
    if let fraction = Fraction.parse(after: number, &input) {
      measurement.low = fraction.value
      measurement.high = fraction.value
      measurement.isFraction = true
      if fraction.isPercent {
        measurement.unit = "%"
        measurement.unitKind = .percent
      }
      return measurement
    }
    measurement.readTenths(&input)
    return measurement
  }

  /// 成 after a number: tenths, with 半 or a trailing digit in hundredths (`七成 六` → 0.76).
  private mutating func readTenths(_ input: inout ScalarInput) {
    var rest = input
    rest.skipSpaces()
    guard rest.first == "成" else { return }
    rest.removeFirst()
    if let next = rest.first, Self.notTenthsBefore.contains(next) { return }
    low /= 10
    high /= 10
    isTenths = true
    input = rest
    if input.first == "半" {
      input.removeFirst()
      low += 0.05
      high += 0.05
      return
    }
    var digitInput = input
    digitInput.skipSpaces()
    if let scalar = digitInput.first, let digit = ChineseNumeral.digit(scalar), digit > 0,
      !(digitInput.scalar(at: 1).map(ChineseNumeral.isNumeralScalar) ?? false)
    {
      let rest = digitInput.dropFirst()
      if !MeasureWord.starts(rest) {
        low += Double(digit) / 100
        high += Double(digit) / 100
        input = rest
      }
    }
  }

  /// Scalars after 成 that make it a verb or a word (成为, 成员, 一成不变), not tenths.
  private static let notTenthsBefore: Set<Unicode.Scalar> = Set(
    "为為员員立功果就绩績长長本熟效交型品人年才全分都了不批片群套".unicodeScalars)

  /// 余/多/来, then 个 with 半 and a unit of measure, or a measure word; then 半, the smaller
  /// units of money, and 余/多 after the unit (`一年多`).
  private mutating func readUnit(_ input: inout ScalarInput) {
    if let approximate = ApproximationInfix.parse(&input, beforeUnit: true) {
      qualifier = qualifier ?? approximate
    }
    var rest = input
    rest.skipSpaces()
    // NB: 个次 (station-times) is a measure word of its own, not 个 before a measure word (个月).
    let isGeCi = (rest.first == "个" || rest.first == "個") && rest.scalar(at: 1) == "次"
    if !isGeCi, rest.first == "个" || rest.first == "個" {
      rest.removeFirst()
      var afterGe = rest
      afterGe.skipSpaces()
      let half = afterGe.first == "半"
      if half { afterGe.removeFirst() }
      let afterHalf = afterGe
      afterGe.skipSpaces()
      if let word = MeasureWord.parse(&afterGe, kinds: [.measure, .percent]) {
        setUnit(word)
        unitAfterGe = true
        if half { addHalf() }
        input = afterGe
      } else {
        unit = "个"
        unitKind = .classifier
        input = half ? afterHalf : rest
        if half { addHalf() }
      }
    } else if let word = MeasureWord.parse(&rest) {
      setUnit(word)
      input = rest
      if !hasHalf, input.first == "半", low == low.rounded() {
        input.removeFirst()
        addHalf()
      }
    } else {
      return
    }
    // NB: only units of measure have tails (`一块二`, `一米八`, `元整`); a classifier has none, and
    // most figures are counted in one, so their unit's name is not compared with the money words.
    if unitKind == .measure, let unit, let tail = UnitTail.parse(after: unit, &input) {
      low += tail
      high += tail
      hasTail = true
    }
    if unitKind == .measure, let unit { UnitTail.skipMoneyWords(after: unit, &input) }
    if qualifier == nil, let approximate = ApproximationInfix.parse(&input, beforeUnit: false) {
      qualifier = approximate
    }
  }

  private mutating func setUnit(_ word: MeasureWord) {
    unit = word.unit
    unitKind = word.kind
  }

  private mutating func addHalf() {
    low += 0.5
    high += 0.5
    hasHalf = true
  }

  /// Whether a temperature or currency word written before a number opens `input`.
  static func opensWord(_ input: ScalarInput) -> Bool {
    temperatureWords.longestMatch(in: input) != nil || currencyWords.longestMatch(in: input) != nil
  }

  private static let temperatureWords = Lexicon<String>([
    ("摄氏", "摄氏度"), ("攝氏", "攝氏度"), ("华氏温度", "华氏度"), ("華氏溫度", "華氏度"), ("华氏", "华氏度"),
    ("華氏", "華氏度"),
  ])

  /// Currencies named before the number (`$20`, `港币两千九百六十元`).
  private static let currencyWords = Lexicon<String>(
    [
      "$", "￥", "¥", "€", "£", "US$", "HK$", "人民币", "人民幣", "港币", "港幣", "新台币", "新台幣", "美元", "美金",
      "欧元", "歐元", "日元", "英镑", "英鎊", "港元",
    ].map { ($0, $0) })
}
