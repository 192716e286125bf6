// A list of places after a lead-in that names what is counted: `驿站分布如下：东城区：45家；西城区：52家`.
import ChineseText

/// Figures listed by place after a colon, their noun in the lead-in before it:
/// `全市暖心驿站分布情况如下：东城区：45家；西城区：52家` gives 45 and 52 驿站 to 东城区 and 西城区.
///
/// A figure is read so when it names no noun of its own and its number closes its item (`FigureWindows`),
/// its item names a place, and a colon before it ends a lead-in whose words give a metric for its
/// measure word — in the same text, or as the last sentence of the paragraph before.
enum ListLeadIn {
  /// How far back a lead-in's colon may stand from a figure, in scalars.
  static let reach = 240
  /// The most scalars an item may spend before its number.
  static let itemReach = 12
  /// Marks between items.
  static let itemMarks: Set<Unicode.Scalar> = Set("、，,;；。".unicodeScalars)

  /// The metric and place of the noun-less `quantity`, read from a lead-in before it, and the lead-in.
  static func reading(
    of quantity: Quantity, words: MetricWords, after previousEnd: Int, in scalars: [Unicode.Scalar],
    previousLeadIn: [Unicode.Scalar]?, gazetteer: Gazetteer
  ) -> (metric: Metric, place: Scope, leadIn: ArraySlice<Unicode.Scalar>)? {
    // NB: the cheap tests first: most noun-less figures are money, shares or dates after no colon.
    let limit = max(0, quantity.start - reach)
    guard let unit = quantity.unit, MetricRules.countUnits.contains(unit),
      previousLeadIn != nil || scalars[limit..<quantity.start].contains(where: Punctuation.isColon),
      words.nounBeforeNumber,
      let place = itemPlace(of: quantity, after: previousEnd, in: scalars, gazetteer: gazetteer)
    else { return nil }
    var colon = quantity.start
    var leadsIn = false
    while colon > limit {
      colon -= 1
      guard Punctuation.isColon(scalars[colon]) else { continue }
      var start = colon
      while start > 0, !ClauseBounds.isSentenceEnd(scalars[start - 1]) { start -= 1 }
      if let metric = metric(of: scalars[start..<colon], unit: unit) { return (metric, place, scalars[start..<colon]) }
      leadsIn = leadsIn || !isItemLabel(before: colon, in: scalars, gazetteer: gazetteer)
    }
    // Nothing in this text leads in: the paragraph before may end with the lead-in. A lead-in of
    // this text's own that counts nothing countable (`全市共有考点120个，分布如下：`) ends that list.
    guard !leadsIn, let previousLeadIn else { return nil }
    // NB: a lead-in that names nothing (`各街乡分布情况如下：`) counts what the sentence before it counts
    // (`全区共建成暖心驿站156家。`), which `trailing` keeps for it.
    let own = previousLeadIn[...].afterLast(where: ClauseBounds.isSentenceEnd)
    if let metric = metric(of: own, unit: unit) { return (metric, place, own) }
    // NB: the rows then share out the sentence's first figure in their measure word; one of new ones
    // (`今年新建驿站50家。`) would need the rows read as new ones too, so such a list is left unread.
    let total = previousLeadIn[..<own.startIndex]
    guard let first = previousLeadIn.offset(ofWord: Array(unit.unicodeScalars), in: total.indices),
      let metric = metric(of: total[..<first], unit: unit)
    else { return nil }
    let words = ScalarText(total[..<first], isSimple: total.allSatisfy(ScalarText.isSimple))
    return Breakdown.part(of: metric, in: words, before: words) == nil ? (metric, place, total) : nil
  }

  /// The metric the lead-in's words give a figure with `unit`, if any.
  static func metric(of leadIn: ArraySlice<Unicode.Scalar>, unit: String) -> Metric? {
    let text = ScalarText(checking: leadIn)
    let words = MetricWords(unit: unit, nounWindow: text, before: text, sentence: text, nounBeforeNumber: true)
    let metric = MetricRules.metric(of: words)
    return metric == .other ? nil : metric
  }

  /// Whether the colon at `colon` only ends an item's place (`东城区：45家`), not a lead-in.
  static func isItemLabel(before colon: Int, in scalars: [Unicode.Scalar], gazetteer: Gazetteer) -> Bool {
    let words = scalars[max(colon - itemReach, 0)..<colon]
    let item = words.afterLast { itemMarks.contains($0) || Punctuation.isColon($0) }
    let label = Array(item.filter { !$0.isHorizontalSpace })
    guard !label.isEmpty, let place = gazetteer.scope(ofClause: label) else { return false }
    return place != .citywide
  }

  /// The place an item names before its number (`东城区：`, `东城区`), if it names one.
  static func itemPlace(of quantity: Quantity, after previousEnd: Int, in scalars: [Unicode.Scalar], gazetteer: Gazetteer)
    -> Scope?
  {
    let lower = max(previousEnd, 0)
    var words = scalars[max(lower, quantity.start - itemReach)..<quantity.start].afterLast(where: itemMarks.contains)
    // NB: an item that goes on from a list of places with no figure between (`朝阳区、海淀区合计有210家`)
    // is the list's joint figure, not its last place's.
    if words.startIndex > lower, scalars[words.startIndex - 1] == "、" {
      words = scalars[max(lower, quantity.start - 3 * itemReach)..<quantity.start].afterLast { $0 != "、" && itemMarks.contains($0) }
    }
    let item = Array(words.filter { !Punctuation.isColon($0) && !$0.isHorizontalSpace })
    guard !item.isEmpty, let place = gazetteer.scope(ofClause: item), place != .citywide else { return nil }
    return place
  }

  /// The lead-in a paragraph leaves for the next one, when it ends with a colon: its last sentence,
  /// after the sentence before it, which says what a lead-in that names nothing counts.
  static func trailing(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var end = scalars.count
    while end > 0, scalars[end - 1].isHorizontalSpace { end -= 1 }
    guard end > 0, Punctuation.isColon(scalars[end - 1]) else { return nil }
    var start = end - 1
    while start > 0, !ClauseBounds.isSentenceEnd(scalars[start - 1]) { start -= 1 }
    if start > 0 {
      start -= 1
      while start > 0, !ClauseBounds.isSentenceEnd(scalars[start - 1]) { start -= 1 }
    }
    return Array(scalars[start..<(end - 1)])
  }

  /// The year a lead-in dates its rows by (`截至2024年底，通州区各街乡驿站建设情况如下：` → 2024): the last
  /// year it writes out, else the last that 今年 or 去年 give from `pageYear`; nil when it names none.
  static func year(of leadIn: [Unicode.Scalar], pageYear: Int?) -> Int? {
    ClauseTime.explicitYears(in: leadIn).last?.year ?? ClauseTime.relativeYears(in: leadIn, articleYear: pageYear).last?.year
  }
}
