// 分别: places listed before it take the figures listed after it, one each, in order.

/// `朝阳区、海淀区分别设立伴考服务站点12个、10个`: 12个 is 朝阳区's and 10个 海淀区's. Without the rule
/// both would take the clause's first place.
///
/// In a clause with `分别`, when the places named before it are as many as the figures after it
/// that share a measure word, each figure takes the place in the same position.
enum Respectively {
  static let word = Array("分别".unicodeScalars)

  /// A figure of a text unit: its index among the unit's facts and where its number starts.
  struct Figure {
    var fact: Int
    var start: Int
    var clause: Range<Int>
  }

  /// Gives each figure after a clause's `分别` the place in its position before it.
  static func assign(_ facts: inout [Fact], _ figures: [Figure], in scalars: [Unicode.Scalar], gazetteer: Gazetteer) {
    var done: Set<Int> = []  // clause starts already assigned
    for figure in figures where !done.contains(figure.clause.lowerBound) {
      let clause = figure.clause
      guard let marker = scalars.offset(ofWord: word, in: clause) else { continue }
      done.insert(clause.lowerBound)
      let places = distinctPlaces(in: Array(scalars[clause.lowerBound..<marker]), gazetteer: gazetteer)
      guard places.count >= 2 else { continue }
      let listed = figures.filter { $0.clause == clause && $0.start >= marker + word.count }
      for unit in Set(listed.map { facts[$0.fact].unit }) {
        let sharing = listed.filter { facts[$0.fact].unit == unit }
        guard sharing.count == places.count else { continue }
        for (figure, place) in zip(sharing, places) { facts[figure.fact].scope = place }
      }
    }
  }

  /// The places a text names, in order, each once (`北京市朝阳区` is one place).
  static func distinctPlaces(in text: [Unicode.Scalar], gazetteer: Gazetteer) -> [Scope] {
    var places: [Scope] = []
    for mention in gazetteer.places(in: text) where mention.role != .prefix && mention.isResolved {
      if !places.contains(mention.scope) { places.append(mention.scope) }
    }
    return places
  }
}
