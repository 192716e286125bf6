// `分别为120名和80名`: a figure joined to the one before by a list mark alone counts what it counts.
import NewsCorpus

/// A number with no noun of its own that follows another in the same measure word with only a
/// list mark between them (`、`, `和`, `及`, `与`) goes on that one's list: `男、女志愿者分别为120名和80名`
/// counts 80 volunteers, not whatever a cue elsewhere in the sentence (`服务`) would make of it.
/// A noun right after the number is its own (`120名志愿者和80名家长`); a verb after it says what
/// both did (`分别组织志愿者15名和12名参与伴考服务`: 12 volunteers, not 12 people taking part).
enum JoinedFigure {
  /// The figure `quantity` goes on from, if only a list mark parts them.
  static func previous(
    of quantity: Quantity, after previousEnd: Int, in scalars: [Unicode.Scalar], antecedents: [PlaceBreakdown.Antecedent]
  ) -> Fact? {
    guard let last = antecedents.last, joins(quantity, to: last, after: previousEnd, in: scalars), last.fact.metric != .other,
      !namesANounAfter(quantity, in: scalars)
    else { return nil }
    return last.fact
  }

  /// Whether only list marks (and spaces) part `quantity` from the figure before it, in its measure
  /// word (`120名和80名`, `28个、25个`), maybe with the year of a series' item after them (`58个、2021年的70个`).
  static func joins(
    _ quantity: Quantity, to previous: PlaceBreakdown.Antecedent, after previousEnd: Int, in scalars: [Unicode.Scalar]
  ) -> Bool {
    guard previous.end == previousEnd, previous.fact.unit == quantity.unit, previousEnd < quantity.start else { return false }
    var between = scalars[previousEnd..<quantity.start]
    guard let mark = between.firstIndex(where: { !FigureWindows.listJoiners.contains($0) }) else { return true }
    guard mark > between.startIndex else { return false }
    between = between[mark...]
    if between.last == "的" { between = between.dropLast() }
    return YearScan.yearWord(opening: between) != nil && between.count == 5
  }

  /// How far after the number a noun of its own is looked for, in scalars.
  static let nounReach = 6

  /// Whether the words right after the number open with a noun some rule counts (`80名家长`).
  static func namesANounAfter(_ quantity: Quantity, in scalars: [Unicode.Scalar]) -> Bool {
    var start = quantity.end
    while start < scalars.count, scalars[start].isHorizontalSpace { start += 1 }
    let after = scalars[start..<min(scalars.count, start + nounReach)]
    let text = ScalarText(checking: after)
    return MetricRules.plainNouns.contains(where: text.hasPrefix)
  }
}
