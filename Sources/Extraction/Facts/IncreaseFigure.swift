// `较2023年底增加了200余家`: an increase over an earlier time counts the new ones, not a total.
import ChineseText

/// `全市共有暖心驿站2900余家，较2023年底增加了200余家`: the figure after an increase over an earlier
/// time names no noun; it counts the new ones (新增) of what the figure before it counts.
///
/// Read so when, in one sentence, an earlier figure has the same measure word and the figure's own
/// clause compares (opens with `较`, `比`, `同比`, or holds `相比`) and ends with an increase
/// (`增加了`, `增长`, `新增`, `多出`). Only a metric with a 新增 breakdown takes it: an increase of
/// anything else is a difference, never a count to add up.
enum IncreaseFigure {
  static let comparisonOpeners = ["较", "比", "同比"].map { Array($0.unicodeScalars) }
  static let comparisonWord = Array("相比".unicodeScalars)
  static let increases = ["增加了", "增加", "增长了", "增长", "新增了", "新增", "多出", "多了"].map { Array($0.unicodeScalars) }
  /// The breakdown word the new ones are counted under (`breakdowns.tsv`).
  static let newOnes = ScalarText(Array("新增".unicodeScalars)[...], isSimple: true)

  /// The earlier figure whose new ones `quantity` counts, and the breakdown that says so.
  static func source(
    of quantity: Quantity, in scalars: [Unicode.Scalar], sentence: Range<Int>, clause: Range<Int>,
    antecedents: [PlaceBreakdown.Antecedent]
  ) -> (fact: Fact, part: String)? {
    // NB: the figure the increase is over, before its clause; one inside it is the level compared
    // with (`较2022年的96个增加12个`: `ComparedFigure`).
    guard let from = antecedents.last(where: { $0.fact.unit == quantity.unit && $0.end <= clause.lowerBound }),
      from.sentence == sentence,
      let part = Breakdown.part(of: from.fact.metric, in: newOnes)
    else { return nil }
    let words = scalars[clause.lowerBound..<quantity.start]
    let compares = comparisonOpeners.contains { words.starts(with: $0) } || words.containsWord(comparisonWord)
    return compares && increases.contains(where: words.endsWithWord) ? (from.fact, part) : nil
  }
}
