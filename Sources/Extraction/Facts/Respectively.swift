// 分别: places listed before it take the figures listed after it, one each, in order.

/// `朝阳区、海淀区分别设立伴考服务站点12个、10个`: 12个 is 朝阳区's and 10个 海淀区's. Without the rule
/// both would take the clause's first place.
///
/// In a clause with `分别`, when the places named before it are as many as the figures after it
/// that share a measure word, each figure takes the place in the same position. The places are the
/// clause's own, else — for a clause that opens with 分别 (`梨园镇、永顺镇、宋庄镇的站点数量位居前三，
/// 分别为28个、25个、21个`) — those of the nearest clause before it that names any; streets and towns
/// of one district give each figure its street or town, in that district. With no places to share out,
/// parts listed before it do the same (`高考、中考期间，…分别招募志愿者62名和48名`: 高考 62, 中考 48), and
/// so do other items a list names (`依托加油站、商超建设的驿站分别为41家和56家`: `ListedItems`).
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
      let places = Places(before: marker, from: figure.sentence.lowerBound, in: scalars, gazetteer: gazetteer)
      for unit in Set(listed.map { facts[$0.fact].unit }) {
        let sharing = listed.filter { facts[$0.fact].unit == unit }
        if sharing.count == places.scopes.count, sharing.count >= 2 {
          for (figure, place) in zip(sharing, places.scopes) { facts[figure.fact].scope = place }
        } else if sharing.count == places.localities.count, sharing.count >= 2,
          sharing.allSatisfy({ facts[$0.fact].scope == places.district })
        {
          for (figure, locality) in zip(sharing, places.localities) { facts[figure.fact].locality = locality }
        } else if sharing.count >= 2, sharing.allSatisfy({ facts[$0.fact].subtype == nil }),
          let parts = listedParts(of: facts[sharing[0].fact].metric, in: scalars[figure.sentence.lowerBound..<marker]),
          parts.count == sharing.count
        {
          for (figure, part) in zip(sharing, parts) { facts[figure.fact].subtype = part }
        } else if sharing.count >= 2, sharing.allSatisfy({ facts[$0.fact].subtype == nil }),
          let items = ListedItems.items(in: scalars[clause.lowerBound..<marker], count: sharing.count, of: facts[sharing[0].fact].metric),
          !items.contains(where: { gazetteer.scope(ofClause: Array($0.unicodeScalars)) != nil })
        {
          for (figure, item) in zip(sharing, items) { facts[figure.fact].subtype = item }
        }
      }
    }
  }

  /// The parts of `metric` that `words` list, in order (`高考、中考期间`, `室内和室外`): each joined to
  /// the next by a list mark, none a part of adding (新建) or a total (`中、高考`); nil when fewer than two.
  static func listedParts(of metric: Metric, in words: ArraySlice<Unicode.Scalar>) -> [String]? {
    let text = ScalarText(words, isSimple: true)
    let kinds = Breakdown.words.filter { !$0.isTotal && !$0.readsBefore && $0.metrics.contains(metric) }
    guard kinds.count >= 2, !Breakdown.words.contains(where: { $0.isTotal && $0.metrics.contains(metric) && text.contains($0.word) })
    else { return nil }
    var found: [(at: Int, end: Int, label: String)] = []
    for kind in kinds {
      var from = words.startIndex
      while let at = ScalarText(words[from...], isSimple: true).firstOffset(of: kind.word.scalars) {
        from = at + kind.word.scalars.count
        if Breakdown.endsASchoolsName(kind.word, at: at, in: words) { continue }
        found.append((at, from, kind.label))
      }
    }
    found.sort { $0.at < $1.at }
    // The longest run of parts each one list mark after the one before.
    var best: [String] = []
    var run: [(at: Int, end: Int, label: String)] = []
    for part in found {
      if let last = run.last, part.at == last.end + 1, Breakdown.partJoiners.contains(words[last.end]), !run.contains(where: { $0.label.utf8.elementsEqual(part.label.utf8) }) {
        run.append(part)
      } else {
        run = [part]
      }
      if run.count > best.count { best = run.map(\.label) }
    }
    return best.count >= 2 ? best : nil
  }

  /// The earlier figure that a noun-less figure after `分别` counts the same thing as, when the
  /// places before it are as many as the figures in its measure word after it (`全市驿站1486家。
  /// 朝阳区、海淀区数量位居前两位，分别为210家和186家`): the last earlier figure in that measure word
  /// that is no part of another (a total, not its `新增`), else the last.
  /// `assign` then gives each figure its place.
  static func antecedent(
    of quantity: Quantity, sentence: Range<Int>, in scalars: [Unicode.Scalar], antecedents: [PlaceBreakdown.Antecedent],
    gazetteer: Gazetteer
  ) -> Fact? {
    // NB: 分别 stands in the figure's clause, before it, with no figure between (`分别为210家`).
    guard let unit = quantity.unit, let last = antecedents.last(where: { $0.fact.unit == unit }) else { return nil }
    let clauseStart = scalars[sentence.lowerBound..<quantity.start].lastIndex(where: ClauseBounds.isClauseEnd).map { $0 + 1 }
      ?? sentence.lowerBound
    guard last.end <= clauseStart, let marker = scalars.offset(ofWord: word, in: clauseStart..<quantity.start) else { return nil }
    // NB: a total before its parts (`1486家，其中今年新建120家`): the places share the total out.
    let previous = antecedents.last { $0.fact.unit == unit && $0.fact.subtype == nil } ?? last
    let places = Places(before: marker, from: sentence.lowerBound, in: scalars, gazetteer: gazetteer)
    let clauseEnd = scalars[quantity.start..<sentence.upperBound].firstIndex(where: ClauseBounds.isClauseEnd) ?? sentence.upperBound
    let unitScalars = Array(unit.unicodeScalars)
    var count = 0
    var index = quantity.start
    while let found = scalars.offset(ofWord: unitScalars, in: index..<clauseEnd) {
      count += 1
      index = found + unitScalars.count
    }
    let listed = places.scopes.count >= 2 ? places.scopes.count : places.localities.count
    return listed >= 2 && count == listed ? previous.fact : nil
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

    /// The places of the nearest clause before `marker` that names any, back to `start`: the
    /// clause of 分别 itself, else — for a clause that opens with 分别 — the one before it
    /// (`从各区分布看，朝阳区、海淀区数量位居前两位，分别为…`: not the 各区 of the clause before that).
    init(before marker: Int, from start: Int, in scalars: [Unicode.Scalar], gazetteer: Gazetteer) {
      var end = marker
      while true {
        let clauseStart = scalars[start..<end].lastIndex(where: ClauseBounds.isClauseEnd).map { $0 + 1 } ?? start
        self.init(in: Array(scalars[clauseStart..<end]), gazetteer: gazetteer)
        guard isEmpty, clauseStart > start else { return }
        end = clauseStart - 1
      }
    }

    var isEmpty: Bool { scopes.isEmpty }
  }
}
