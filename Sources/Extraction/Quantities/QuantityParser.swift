// The quantity parser: scans a line of Chinese news text for quantities, left to right.
import ChineseText

/// Finds the quantities of Chinese news text: `66万余人次`, `近千名`, `超50000小时`,
/// `15万元～30万元`, `两天半`, `超五成`, `1463 家`.
///
/// The parser scans Unicode scalars once, left to right, trying a quantity only where one can
/// start; every attempt consumes what it reads, so the work is linear in the text. Quantities
/// come back in text order and never overlap; offsets are Unicode-scalar offsets.
public enum QuantityParser {
  /// The quantities of `text`, with offsets into `text.unicodeScalars`.
  public static func quantities(in text: String) -> [Quantity] {
    quantities(in: Array(text.unicodeScalars))
  }

  /// The quantities of a text already held as scalars, with offsets into `scalars`.
  public static func quantities(in scalars: [Unicode.Scalar]) -> [Quantity] {
    var trimmedStart = 0
    var trimmedEnd = scalars.count
    while trimmedStart < trimmedEnd, Scalars.isSpace(scalars[trimmedStart]) { trimmedStart += 1 }
    while trimmedEnd > trimmedStart, Scalars.isSpace(scalars[trimmedEnd - 1]) { trimmedEnd -= 1 }

    var readings: [Reading] = []
    let starts = StartScalars()
    let wordOnlyStarts = wordOnlyStartScalars
    var index = trimmedStart
    while index < trimmedEnd {
      guard starts.contains(scalars[index]),
        !wordOnlyStarts.contains(scalars[index]) || Measurement.opensWord(scalars[index...])
      else {
        index += 1
        continue
      }
      switch read(scalars, at: index) {
      case .none:
        index += 1
      case .rejected(let end):
        index = max(end, index + 1)
      case .found(let reading):
        let isWhole = reading.start == trimmedStart && reading.end == trimmedEnd
        if Plausibility.accepts(reading, in: scalars, isWholeText: isWhole) {
          readings.append(reading)
          index = max(reading.end, index + 1)
        } else {
          // NB: go on past the rejected number, so `2024年` is not read again as `24年`.
          index = max(reading.leftEnd, index + 1)
        }
      }
    }
    return BoundPairs.merge(readings, in: scalars).map { quantity(from: $0, in: scalars) }
  }

  private enum Outcome {
    case none
    case rejected(end: Int)
    case found(Reading)
  }

  /// Reads an approximation word, a measurement, a range or a suffix at `index`.
  private static func read(_ scalars: [Unicode.Scalar], at index: Int) -> Outcome {
    var input = scalars[index...]
    var prefix = ApproximationPrefix.parse(&input)
    if prefix != nil, index > 0, ApproximationPrefix.isWordEnd(scalars[index], after: scalars[index - 1]) {
      // NB: 附近200多家 is "nearby", not "nearly 200".
      input = scalars[index...]
      prefix = nil
    }
    let coreStart = input.startIndex
    let previous = coreStart > 0 ? scalars[coreStart - 1] : nil
    let allowsMetre = !(previous.map(\.isHan) ?? false) || prefix != nil
    guard var left = Measurement.parse(&input, allowsColloquialMetre: allowsMetre) else {
      return .none
    }
    let leftEnd = input.startIndex
    var right: Measurement?
    let isComparison = prefix == .comparison
    if !isComparison, left.number?.isAdjacentRange != true {
      right = QuantityRange.parse(after: &left, &input)
    }
    var suffix: Qualifier?
    if right == nil {
      suffix = ApproximationSuffix.parse(&input, afterComparison: isComparison)
    }
    var start = index
    var qualifier: Qualifier
    if right != nil || left.low != left.high {
      qualifier = .range
    } else if case .qualifier(let fromPrefix) = prefix, fromPrefix != .exact {
      qualifier = fromPrefix
    } else if let suffix, suffix != .exact {
      qualifier = suffix
    } else {
      qualifier = left.qualifier ?? .exact
    }
    if isComparison, suffix == nil {
      start = coreStart  // NB: 比 without 高/低 after the number is not part of it.
    }
    let unit = left.unit ?? right?.unit
    return .found(
      Reading(
        start: start, end: input.startIndex, leftEnd: leftEnd, left: left, right: right,
        qualifier: qualifier, unit: unit))
  }

  /// The public value of a reading: bounds as the qualifier says.
  private static func quantity(from reading: Reading, in scalars: [Unicode.Scalar]) -> Quantity {
    let surface = String(scalars: scalars[reading.start..<reading.end])
    var value: Double?
    var low: Double?
    var high: Double?
    let left = reading.left
    switch reading.qualifier {
    case .range:
      let lows = [left.low, reading.right?.low].compactMap { $0 }
      let highs = [left.high, reading.right?.high].compactMap { $0 }
      low = Numbers.cleaned(min(lows.min() ?? left.low, highs.min() ?? left.high))
      high = Numbers.cleaned(max(lows.max() ?? left.low, highs.max() ?? left.high))
    case .exact:
      value = Numbers.cleaned(left.low)
      low = value
      high = value
    case .moreThan, .atLeast:
      value = Numbers.cleaned(left.low)
      low = value
    case .nearly, .lessThan:
      value = Numbers.cleaned(left.low)
      high = value
    case .about:
      value = Numbers.cleaned(left.low)
    }
    return Quantity(
      surface: surface, start: reading.start, end: reading.end, value: value, low: low, high: high,
      qualifier: reading.qualifier, unit: reading.unit)
  }
}

/// Arithmetic clean-up of parsed values.
enum Numbers {
  /// Rounds away binary noise from decimal arithmetic (`12.72` × 10^4 → 127200, not
  /// 127200.00000000001) by keeping 15 significant digits; integers are left as they are.
  static func cleaned(_ value: Double) -> Double {
    guard value.isFinite, value != 0, value != value.rounded() else { return value }
    let digits = significantDigits - 1 - Int((abs(value)).log10Floor)
    guard (-300...300).contains(digits) else { return value }
    let scale = pow10(digits)
    let rounded = (value * scale).rounded() / scale
    return rounded.isFinite ? rounded : value
  }

  private static let significantDigits = 15

  private static func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }
}

extension Double {
  /// ⌊log10(|self|)⌋ for finite non-zero values, without Foundation.
  fileprivate var log10Floor: Double {
    var exponent = 0.0
    var magnitude = Swift.abs(self)
    while magnitude >= 10 {
      magnitude /= 10
      exponent += 1
    }
    while magnitude < 1 {
      magnitude *= 10
      exponent -= 1
    }
    return exponent
  }
}
