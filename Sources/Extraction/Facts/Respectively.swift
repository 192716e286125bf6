// 分别: places listed before it take the figures listed after it, one each, in order.

/// `朝阳区、海淀区分别设立伴考服务站点12个、10个`: 12个 is 朝阳区's and 10个 海淀区's. Without the rule
/// both would take the clause's first place.
///
/// In a clause with `分别`, when the places named before it are as many as the figures after it
/// that share a measure word, each figure takes the place in the same position. The places are the
/// clause's own, else — for a clause that opens with 分别 (`梨园镇、永顺镇、宋庄镇的站点数量位居前三，
/// 分别为28个、25个、21个`) — those of its sentence before it; streets and towns of one district give
/// each figure its street or town, in that district.
enum Respectively {
  static let word = Array("分别".unicodeScalars)

  /// A figure of a text unit: its index among the unit's facts and where its number starts.
  struct Figure {
    var fact: Int
    var start: Int
    var clause: Range<Int>
    var sentence: Range<Int>
  }

  /// Gives each figure after a clause's `分别` the place in its position before it.
  static func assign(_ facts: inout [Fact], _ figures: [Figure], in scalars: [Unicode.Scalar], gazetteer: Gazetteer) {
    var done: Set<Int> = []  // clause starts already assigned
    for figure in figures where !done.contains(figure.clause.lowerBound) {
      let clause = figure.clause
      guard let marker = scalars.offset(ofWord: word, in: clause) else { continue }
      done.insert(clause.lowerBound)
      let listed = figures.filter { $0.clause == clause && $0.start >= marker + word.count }
      var places = Places(in: Array(scalars[clause.lowerBound..<marker]), gazetteer: gazetteer)
      if places.isEmpty, figure.sentence.lowerBound < clause.lowerBound {
        places = Places(in: Array(scalars[figure.sentence.lowerBound..<marker]), gazetteer: gazetteer)
      }
      for unit in Set(listed.map { facts[$0.fact].unit }) {
        let sharing = listed.filter { facts[$0.fact].unit == unit }
        if sharing.count == places.scopes.count, sharing.count >= 2 {
          for (figure, place) in zip(sharing, places.scopes) { facts[figure.fact].scope = place }
        } else if sharing.count == places.localities.count, sharing.count >= 2,
          sharing.allSatisfy({ facts[$0.fact].scope == places.district })
        {
          for (figure, locality) in zip(sharing, places.localities) { facts[figure.fact].locality = locality }
        }
      }
    }
  }

  /// The places a text names, in order, each once: districts and other places (`北京市朝阳区` is one
  /// place), and the streets and towns it names when they all lie in one district.
  struct Places {
    var scopes: [Scope] = []
    var localities: [String] = []
    var district: Scope?

    init(in text: [Unicode.Scalar], gazetteer: Gazetteer) {
      let mentions = gazetteer.places(in: text).filter { $0.role != .prefix && $0.isResolved }
      for mention in mentions where !scopes.contains(mention.scope) { scopes.append(mention.scope) }
      let local = mentions.filter { Gazetteer.localKinds.contains($0.place.kind) }
      guard let first = local.first, local.allSatisfy({ $0.scope == first.scope }) else { return }
      district = first.scope
      for mention in local where !localities.contains(mention.place.name) { localities.append(mention.place.name) }
    }

    var isEmpty: Bool { scopes.isEmpty }
  }
}
