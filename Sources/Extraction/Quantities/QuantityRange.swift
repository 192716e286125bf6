// Ranges: 100万元～600万元, 20-100, 一千到一千五百, 两到三万港元, 10000与20000之间.

/// The right side of a range, read after its left side.
enum QuantityRange {
  /// Reads a connector (～ ~ 至 到 - – ——, or 与/和 … 之间) and the right side. The left side
  /// takes the right side's unit and shares its trailing 万/千 when it has none of its own
  /// (`两到三万港元` → 20000…30000), unless that would put it above the right side
  /// (`8500到3万`).
  static func parse(after left: inout Measurement, _ input: inout ScalarInput) -> Measurement? {
    let start = input
    input.skipSpaces()
    guard let connector = connectors.parse(&input) else {
      input = start
      return nil
    }
    input.skipSpaces()
    guard var right = Measurement.parse(&input, allowsColloquialMetre: true) else {
      input = start
      return nil
    }
    if connector == .between {
      if right.unit == "间" || right.unit == "間" {
        // NB: in 10000与20000间, 间 is "between", not the classifier for rooms.
        right.unit = nil
        right.unitKind = nil
      } else {
        var rest = input
        rest.skipSpaces()
        guard betweenWords.parse(&rest) != nil else {
          input = start
          return nil
        }
        input = rest
      }
    }
    if connector == .dash {
      // NB: 010-69366905 and 2024-08-14 are a phone number and a date, not ranges.
      let codes = [left.number?.arabic, right.number?.arabic].compactMap { $0 }
      let followedByDash = input.first.map { dashes.contains($0) } ?? false
      if codes.contains(where: \.hasLeadingZero) || followedByDash {
        input = start
        return nil
      }
    }
    if let leftUnit = left.unit, let rightUnit = right.unit, leftUnit != rightUnit,
      !left.unitBeforeNumber, !right.unitBeforeNumber
    {
      input = start
      return nil
    }
    if left.unit == nil {
      if let multiplier = right.number?.trailingUnit, multiplier >= minimumSharedUnit,
        let number = left.number, number.largestUnit < multiplier,
        left.high * multiplier < right.high
      {
        left.low *= multiplier
        left.high *= multiplier
      }
      left.unit = right.unit
      left.unitKind = right.unitKind
    } else if right.unit == nil {
      right.unit = left.unit
      right.unitKind = left.unitKind
    }
    return right
  }

  /// 百 and above are shared (`两到三百`); 十 is not (`一到十` is one to ten).
  private static let minimumSharedUnit = 100.0

  private enum Connector { case dash, word, between }

  private static let dashes: Set<Unicode.Scalar> = ["-", "－", "–", "—", "‐", "‒"]

  private static let connectors = Lexicon<Connector>(
    [("——", .dash), ("—", .dash), ("–", .dash), ("-", .dash), ("－", .dash), ("‐", .dash),
     ("‒", .dash), ("~", .word), ("～", .word), ("〜", .word), ("至", .word), ("到", .word),
     ("和", .between), ("与", .between), ("與", .between), ("及", .between)])

  private static let betweenWords = Lexicon<Bool>(["之间", "之間", "间", "間"].map { ($0, true) })
}
