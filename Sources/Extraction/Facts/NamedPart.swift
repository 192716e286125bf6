// 其中 before a figure that names its own kind of station: a part of the total, not a second total.

/// `户外劳动者服务站点150余个，其中工会驿站86家`: 86家 names a station noun of its own for the same
/// place, so it is a kind among the 150, not another count of all of them: its breakdown is its
/// noun (`工会驿站`). A part named by a breakdown word (`其中高考服务站点60个` → 高考) or for another
/// place (`其中朝阳区180家`, `PlaceBreakdown`) is read as before.
enum NamedPart {
  /// The station noun that makes the stations figure starting at `start` a part of the total before
  /// it, if it is one.
  static func noun(
    of fact: Fact, start: Int, window: ScalarText, in scalars: [Unicode.Scalar], sentence: Range<Int>,
    antecedents: [PlaceBreakdown.Antecedent], lexicon: ProgrammeLexicon
  ) -> String? {
    guard fact.metric == .stations, fact.subtype == nil,
      let total = antecedents.last(where: { $0.fact.metric == .stations }), total.fact.scope == fact.scope,
      total.fact.subtype == nil, PlaceBreakdown.markerEnd(in: scalars, from: total.end, to: start) != nil
    else { return nil }
    return lexicon.stations(in: Array(window.scalars)).first?.surface
  }
}
