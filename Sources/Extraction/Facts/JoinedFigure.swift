// `分别为120名和80名`: a figure joined to the one before by a list mark alone counts what it counts.

/// A number with no noun of its own that follows another in the same measure word with only a
/// list mark between them (`、`, `和`, `及`, `与`) goes on that one's list: `男、女志愿者分别为120名和80名`
/// counts 80 volunteers, not whatever a cue elsewhere in the sentence (`服务`) would make of it.
/// A noun right after the number is its own (`120名志愿者和80名家长`), and so is a number that
/// goes on to more words of its clause (`120名和80名分别来自…`).
enum JoinedFigure {
  /// The figure `quantity` goes on from, if only a list mark parts them.
  static func previous(
    of quantity: Quantity, after previousEnd: Int, in scalars: [Unicode.Scalar], antecedents: [PlaceBreakdown.Antecedent]
  ) -> Fact? {
    guard let last = antecedents.last, last.end == previousEnd, last.fact.unit == quantity.unit,
      quantity.start == previousEnd + 1, Breakdown.partJoiners.contains(scalars[previousEnd]), last.fact.metric != .other,
      endsItsClause(quantity, in: scalars)
    else { return nil }
    return last.fact
  }

  /// Whether nothing but spaces stands between the number and the end of its clause or text.
  static func endsItsClause(_ quantity: Quantity, in scalars: [Unicode.Scalar]) -> Bool {
    var index = quantity.end
    while index < scalars.count, scalars[index].isHorizontalSpace { index += 1 }
    return index == scalars.count || ClauseBounds.isClauseEnd(scalars[index]) || Breakdown.partJoiners.contains(scalars[index])
      || FactExtractor.clauseClosers.contains(scalars[index])
  }
}
