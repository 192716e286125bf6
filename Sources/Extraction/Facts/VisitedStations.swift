// Stations a union visits or inspects: how many it went to, not how many a place has.

/// `走访户外劳动者暖心驿站15家`, `实地检查服务站点20个`: a verb of visiting before a station count, in
/// its clause, counts one outing's stops. Filed as a place's stations it would stand beside (and
/// disagree with) the real total, so the figure is `other` (see DESIGN, "Facts").
enum VisitedStations {
  /// Verbs of going to see a place.
  static let verbs = ["走访", "探访", "参观", "调研", "检查", "巡查", "督查", "抽查", "察看", "查看", "看望", "慰问", "督促"]
    .map { Array($0.unicodeScalars) }
  /// Verbs of inspecting that follow the stations they act on (`对其中20个站点进行了实地检查`).
  static let laterVerbs = ["检查", "巡查", "督查", "抽查", "暗访", "回访"].map { Array($0.unicodeScalars) }

  /// Words that make an inspection the acceptance of stations just built (`对6家驿站创建情况进行指导检查`):
  /// those stations count. The verbs of building a figure's clause may hold alone, and the words of
  /// founding and accepting.
  static let buildingWords = FigureWindows.buildingVerbs + ["创建", "验收", "挂牌"].map { Array($0.unicodeScalars) }

  /// What an inspection found or ordered (`对17家站点下发限期整改通知`, `摘牌7家`, `7家合格，1家限期整改`,
  /// `3个站点未按时开门`): stations a round of oversight sorted, not a place's stock or its new ones.
  static let outcomeWords = ["整改", "摘牌", "撤牌", "撤销", "通报", "合格", "不达标", "未按时", "不开门", "未开门", "关停"]
    .map { Array($0.unicodeScalars) }

  /// Whether the station figure's clause, before it, visits the stations, or the stations are what
  /// an inspection after the figure acts on (`对其中20个站点进行了实地检查`), unless it inspects their
  /// building; or an inspection's outcome sorts them (`摘牌撤销站点五家`), unless it accepts them
  /// (`验收合格并挂牌20家`).
  static func isVisit(_ before: ScalarText, after: ScalarText? = nil) -> Bool {
    if verbs.contains(where: { before.scalars.containsWord($0) }) { return true }
    let found = { (word: [Unicode.Scalar]) in before.scalars.containsWord(word) || (after?.scalars.containsWord(word) ?? false) }
    if outcomeWords.contains(where: found), !buildingWords.contains(where: found) { return true }
    guard let after, before.scalars.contains("对") else { return false }
    return laterVerbs.contains { after.scalars.containsWord($0) } && !buildingWords.contains { after.scalars.containsWord($0) }
  }
}
