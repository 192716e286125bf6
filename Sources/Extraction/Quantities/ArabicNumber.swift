// Arabic numerals in Chinese text: half- or full-width digits, thousands separators, decimals.

/// A number written in Arabic digits: `1463`, `12.72`, `１１.92`, `1,050,000`, `82，225.00`.
struct ArabicNumber: Hashable, Sendable {
  var value: Double
  /// Digits before the decimal point.
  var integerDigits: Int
  /// Whether thousands separators were written (`5,236`).
  var hasSeparators: Bool
  /// Whether a decimal point was written (`12.72`).
  var hasDecimal: Bool
  /// Whether the integer part starts with 0 and has more digits (`010`): a code, not a count.
  var hasLeadingZero: Bool

  /// Whether this is a whole number written without separators or decimals.
  var isPlainInteger: Bool { !hasSeparators && !hasDecimal }

  /// Reads digits, `,`/`，` before groups of exactly three digits, and `.`/`．` before decimals.
  /// A leading decimal point (`.23456000`) reads as 0.23456.
  static func parse(_ input: inout ScalarInput) -> ArabicNumber? {
    let start = input
    var value = 0.0
    var integerDigits = 0
    var firstDigit: Int?
    while let scalar = input.first, let digit = Scalars.arabicDigit(scalar) {
      if firstDigit == nil { firstDigit = digit }
      value = value * 10 + Double(digit)
      integerDigits += 1
      input.removeFirst()
    }
    var hasSeparators = false
    if integerDigits > 0, integerDigits <= groupSize {
      while let scalar = input.first, isSeparator(scalar), isGroup(input.dropFirst()) {
        input.removeFirst()
        for _ in 0..<groupSize {
          value = value * 10 + Double(Scalars.arabicDigit(input.removeFirst()) ?? 0)
        }
        integerDigits += groupSize
        hasSeparators = true
      }
    }
    var hasDecimal = false
    if let point = input.first, isDecimalPoint(point),
      let next = input.scalar(at: 1), Scalars.arabicDigit(next) != nil
    {
      input.removeFirst()
      var scale = 1.0
      var fraction = 0.0
      while let scalar = input.first, let digit = Scalars.arabicDigit(scalar) {
        fraction = fraction * 10 + Double(digit)
        scale *= 10
        input.removeFirst()
      }
      value += fraction / scale
      hasDecimal = true
    }
    guard integerDigits > 0 || hasDecimal else {
      input = start
      return nil
    }
    return ArabicNumber(
      value: value, integerDigits: integerDigits, hasSeparators: hasSeparators,
      hasDecimal: hasDecimal, hasLeadingZero: firstDigit == 0 && integerDigits > 1)
  }

  /// Digits between two thousands separators.
  private static let groupSize = 3

  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "," || scalar == "，"
  }

  static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "．"
  }

  /// Whether the input starts with exactly three digits (not four: `3，5000` is two numbers).
  private static func isGroup(_ input: ScalarInput) -> Bool {
    for distance in 0..<groupSize {
      guard let scalar = input.scalar(at: distance), Scalars.arabicDigit(scalar) != nil else {
        return false
      }
    }
    guard let after = input.scalar(at: groupSize) else { return true }
    return Scalars.arabicDigit(after) == nil
  }
}
