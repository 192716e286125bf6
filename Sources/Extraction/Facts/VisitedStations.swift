// Stations a union visits or inspects: how many it went to, not how many a place has.

/// `走访户外劳动者暖心驿站15家`, `实地检查服务站点20个`: a verb of visiting before a station count, in
/// its clause, counts one outing's stops. Filed as a place's stations it would stand beside (and
/// disagree with) the real total, so the figure is `other` (see DESIGN, "Facts").
enum VisitedStations {
  /// Verbs of going to see a place.
  static let verbs = ["走访", "探访", "参观", "调研", "检查", "巡查", "督查", "察看", "查看", "看望", "慰问"]
    .map { Array($0.unicodeScalars) }

  /// Whether the station figure's clause, before it, visits the stations.
  static func isVisit(_ before: ScalarText) -> Bool {
    verbs.contains { before.scalars.containsWord($0) }
  }
}
