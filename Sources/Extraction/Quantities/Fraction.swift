// Fractions and percentages written with 分之 or a slash: 三分之一, 百分之五, 1又1/5, 3/5.
import ChineseText

/// A fraction read after its first number.
struct Fraction: Sendable, Hashable {
  var value: Double
  /// 百分之X, 千分之X, 万分之X: a percentage (`千分之一` → 0.1 %).
  var isPercent: Bool

  /// Reads what follows `number` when it starts a fraction:
  /// - `N分之M` → M/N; when N is a bare power of ten (`百`, `千`, `百万`) → M·100/N percent,
  ///   but `一百分之二` with its leading digit is the plain fraction 0.02, as the peers read it;
  /// - `百分M` (`百分三十`, `百分百`) → M percent;
  /// - `N/M` in Arabic digits → N/M;
  /// - `N又…` → N plus the fraction after 又 (`三百五十又3分之1`, `1又1/5`).
  static func parse(after number: NumberReading, _ input: inout ScalarInput) -> Fraction? {
    let start = input
    var afterSpaces = input
    afterSpaces.skipSpaces()
    if afterSpaces.consume(fenZhi) {
      input = afterSpaces
      input.skipSpaces()
      let sign = Sign.parse(&input)
      guard let numerator = NumberParser.parse(&input) else {
        input = start
        return nil
      }
      let value = sign * numerator.low
      if !number.hasDigit, number.low >= 100 {
        return Fraction(value: value * 100 / number.low, isPercent: true)
      }
      return Fraction(value: value / number.low, isPercent: false)
    }
    if !number.hasDigit, number.low == 100, input.first == "分" {
      var rest = input.dropFirst()
      if rest.first != "点", rest.first != "點", let percent = NumberParser.parse(&rest) {
        input = rest
        return Fraction(value: percent.low, isPercent: true)
      }
    }
    if number.isArabicOnly, number.arabic?.isPlainInteger == true, let slash = input.first,
      slash == "/" || slash == "／"
    {
      var rest = input.dropFirst()
      if let denominator = ArabicNumber.parse(&rest), denominator.isPlainInteger,
        !(rest.first.map { $0 == "/" || $0 == "／" || Scalars.isLetter($0) } ?? false)
      {
        input = rest
        return Fraction(value: number.low / denominator.value, isPercent: false)
      }
    }
    if input.first == "又" {
      var rest = input.dropFirst()
      if let part = NumberParser.parse(&rest), let fraction = parse(after: part, &rest),
        !fraction.isPercent
      {
        input = rest
        return Fraction(value: number.low + fraction.value, isPercent: false)
      }
    }
    input = start
    return nil
  }

  private static let fenZhi = Array("分之".unicodeScalars)
}

/// A sign before a number: 负 負 负的 零下 - － + ＋.
enum Sign {
  /// Consumes a sign and returns -1 or 1 (1 when there is none).
  static func parse(_ input: inout ScalarInput) -> Double {
    // NB: asked at every place a quantity may start; most start with no sign word at all.
    guard let first = input.first, firstScalars.contains(where: { Scalars.sameLetter(first, $0) }) else { return 1 }
    let start = input
    for (word, sign) in words where input.consume(word) {
      input.skipSpaces()
      if let next = input.first, startsNumber(next) { return sign }
      input = start
      return 1
    }
    return 1
  }

  private static let words: [(Word, Double)] = [
    ("负的", -1.0), ("負的", -1), ("负", -1), ("負", -1), ("零下", -1), ("-", -1), ("－", -1),
    ("−", -1), ("+", 1), ("＋", 1),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The first scalars of `words`, each once.
  private static let firstScalars: [Unicode.Scalar] = words.reduce(into: []) { firsts, entry in
    if let first = entry.0.first, !firsts.contains(first) { firsts.append(first) }
  }

  /// Whether a scalar can start a number, so that 负 in 负责 is not a sign.
  private static func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
    Scalars.arabicDigit(scalar) != nil || ChineseNumeral.isNumeralScalar(scalar) || scalar == "半"
      || ArabicNumber.isDecimalPoint(scalar)
  }
}
