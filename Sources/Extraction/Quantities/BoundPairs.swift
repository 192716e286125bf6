// Two bounds written one after the other make a range: 1000以上，1500以下 · 大于10小于20.

/// Joins a lower bound and an upper bound that follow each other into one range.
enum BoundPairs {
  /// Merges neighbouring readings when one gives a lower bound (more than, at least) and the
  /// other an upper bound (less than, nearly), with only a connective between them
  /// (`，`, `并`, `且`, `的同时`) and no conflicting units.
  static func merge(_ readings: [Reading], in text: [Unicode.Scalar]) -> [Reading] {
    var merged: [Reading] = []
    merged.reserveCapacity(readings.count)
    var index = 0
    while index < readings.count {
      let first = readings[index]
      if index + 1 < readings.count, let range = join(first, readings[index + 1], in: text) {
        merged.append(range)
        index += 2
      } else {
        merged.append(first)
        index += 1
      }
    }
    return merged
  }

  private static func join(_ first: Reading, _ second: Reading, in text: [Unicode.Scalar])
    -> Reading?
  {
    let lower: Reading
    let upper: Reading
    if isLower(first.qualifier), isUpper(second.qualifier) {
      (lower, upper) = (first, second)
    } else if isUpper(first.qualifier), isLower(second.qualifier) {
      (lower, upper) = (second, first)
    } else {
      return nil
    }
    let gap = second.start - first.end
    guard gap >= 0, gap <= maxGap,
      text[first.end..<second.start].allSatisfy({ Scalars.isSpace($0) || connectives.contains($0) })
    else { return nil }
    if let a = first.unit, let b = second.unit, a != b { return nil }
    guard lower.left.low <= upper.left.low else { return nil }
    var left = lower.left
    left.qualifier = nil
    return Reading(
      start: first.start, end: second.end, leftEnd: first.leftEnd, left: left, right: upper.left,
      qualifier: .range, unit: first.unit ?? second.unit)
  }

  /// The longest connective between two bounds: `的同时` plus a space.
  private static let maxGap = 4

  private static let connectives: Set<Unicode.Scalar> = Set(",，、;；并並且而的同时時但".unicodeScalars)

  private static func isLower(_ qualifier: Qualifier) -> Bool {
    qualifier == .moreThan || qualifier == .atLeast
  }

  private static func isUpper(_ qualifier: Qualifier) -> Bool {
    qualifier == .lessThan || qualifier == .nearly
  }
}
