// `已建成驿站120家，今年新建15家`: a figure that says only where, when and that it was added counts the total's new ones.
import ChineseText
import NewsCorpus

/// A figure whose own words before its number are only a place, a time and a verb of adding
/// (`今年新建`, `今年以来新增`, `朝阳区新建`) and that names no noun counts what the total before it in its
/// sentence counts, in the same measure word: `顺义区已建成驿站120家，今年新建15家` is 15 new 驿站 of
/// 顺义区, `全市…1500家，朝阳区新建15家` 15 new ones of 朝阳区 (the verb then names its 新增 part, see
/// `Breakdown`; the clause its place). A figure with a noun of its own, or after 其中 (`BarePart`), is
/// read by other rules.
enum AddedPart {
  /// The longest place that may open the figure's words (`宣武门外街道总工会`).
  static let placeReach = 12

  /// Words of time and adverbs that may stand before the verb: when, and "also".
  static let leadWords = [
    "今年以来", "年初以来", "今年", "当年", "同年", "年内", "全年", "本年度", "此外", "另外", "其中", "又", "再", "还", "共", "已",
  ].map { Array($0.unicodeScalars) }

  /// The total the noun-less `quantity` adds to, if its clause says only where, when and that it was added.
  static func total(
    of quantity: Quantity, after previousEnd: Int, clause: Range<Int>, in scalars: [Unicode.Scalar],
    antecedents: [PlaceBreakdown.Antecedent], gazetteer: Gazetteer
  ) -> Fact? {
    guard let unit = quantity.unit, MetricRules.countUnits.contains(unit),
      let total = antecedents.last(where: { $0.fact.unit == unit && $0.fact.subtype == nil && $0.fact.metric != .other }),
      total.sentence.contains(quantity.start), total.end <= clause.lowerBound
    else { return nil }
    var own = scalars[max(previousEnd, clause.lowerBound)..<quantity.start].filter { !$0.isHorizontalSpace }[...]
    guard let verb = Breakdown.words.first(where: {
      $0.readsBefore && $0.metrics.contains(total.fact.metric) && own.endsWithWord($0.word.scalars)
    }) else { return nil }
    own = own.dropLast(verb.word.scalars.count)
    while let word = leadWords.first(where: { own.endsWithWord($0) }) { own = own.dropLast(word.count) }
    if let year = YearScan.mentions(in: Array(own)).last, year.range.upperBound == own.count { own = own.dropLast(year.range.count) }
    while let word = leadWords.first(where: { own.endsWithWord($0) }) { own = own.dropLast(word.count) }
    guard !own.isEmpty else { return total.fact }
    // NB: what is left may only name where (`朝阳区`, `朝阳区总工会`), nothing counted.
    guard own.count <= placeReach, gazetteer.scope(ofClause: Array(own)) != nil,
      !MetricRules.namesAPlainNoun(ScalarText(own, isSimple: true))
    else { return nil }
    return total.fact
  }
}
