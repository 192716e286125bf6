// `较2023年底增加了200余家`: an increase over an earlier time counts the new ones, not a total.
import ChineseText
import NewsCorpus

/// `全市共有暖心驿站2900余家，较2023年底增加了200余家`: the figure after an increase over an earlier
/// time names no noun; it counts the new ones (新增) of what the figure before it counts.
///
/// Read so when, in one sentence, an earlier figure has the same measure word and the figure's own
/// clause compares (opens with `较`, `比` or `同比` before an earlier time, or holds `相比`) and ends with an increase
/// (`增加了`, `增长`, `新增`, `多出`). Only a metric with a 新增 breakdown takes it: an increase of
/// anything else is a difference, never a count to add up.
enum IncreaseFigure {
  static let comparisonOpeners = ["较", "比", "同比"].map { Array($0.unicodeScalars) }
  static let comparisonWord = Array("相比".unicodeScalars)
  static let sameTimeLastYear = Array("同比".unicodeScalars)
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
    // NB: an opener compares only with an earlier time (`比去年`, `较2023年底`), not as the 比 of 比赛;
    // what grew may stand before it (`今年的规模比去年增加了1200名`).
    let compares = opensWithComparison(words) && comparesWithEarlier(words) || words.containsWord(comparisonWord)
    return compares && increases.contains(where: words.endsWithWord) ? (from.fact, part) : nil
  }

  /// Words after 较 or 比 that name an earlier time (`较去年`, `比上年`); a year's digits do too.
  static let earlierTimes = ["去年", "上年", "前年", "年初", "今年初", "上半年"].map { Array($0.unicodeScalars) }

  /// `与去年相比，服务站点增加了18个`: a figure with a noun of its own, right after an increase, in a
  /// sentence that compares with an earlier time before it, counts the new ones of its metric (the
  /// breakdown that says so), not a total; nil otherwise, or for a metric without new ones.
  static func newOnes(of quantity: Quantity, metric: Metric, in scalars: [Unicode.Scalar], sentence: Range<Int>, clause: Range<Int>)
    -> String?
  {
    guard increases.contains(where: scalars[clause.lowerBound..<quantity.start].endsWithWord),
      comparesWithEarlier(scalars[sentence.lowerBound..<quantity.start])
    else { return nil }
    return Breakdown.part(of: metric, in: newOnes)
  }

  /// Words of a decrease right before a number (`减少了12个`): the number is how many fewer.
  static let decreases = ["减少了", "减少", "下降了", "下降", "降低了", "降低", "少了"].map { Array($0.unicodeScalars) }
  /// Words of an increase that say nothing of new ones (`增加了3000余人次`), unlike 新增.
  static let plainIncreases = ["增加了", "增加", "增长了", "增长", "多出", "多了"].map { Array($0.unicodeScalars) }

  /// Whether a figure with a noun of its own is a difference, not a count: right after a decrease
  /// (`今年服务站点减少了12个`), or after an increase of a metric that has no new ones
  /// (`服务人次增加了3000余人次`). Summed or charted as a level it would be false.
  static func isDifference(of quantity: Quantity, metric: Metric, in scalars: [Unicode.Scalar], clause: Range<Int>) -> Bool {
    let words = scalars[clause.lowerBound..<quantity.start]
    // NB: asked for every figure; most end their words with none of these words' last scalars.
    switch words.last {
    case "了", "少", "降", "低", "加", "长", "出": break
    default: return false
    }
    if decreases.contains(where: words.endsWithWord) { return true }
    return plainIncreases.contains(where: words.endsWithWord) && Breakdown.part(of: metric, in: newOnes) == nil
  }

  /// The year an increase is counted from, when the words name one right after 较, 比 or 与
  /// (`较2019年`, `与2019年相比`).
  static func comparedYear(_ words: ArraySlice<Unicode.Scalar>) -> Int? {
    var index = words.endIndex
    while index > words.startIndex {
      index -= 1
      guard words[index] == "较" || words[index] == "比" || words[index] == "与" else { continue }
      let rest = words[(index + 1)...]
      if let year = YearScan.yearWord(opening: rest) { return year }
    }
    return nil
  }

  /// Whether an increase of a figure dated `year` is over several years (`今年…680名，较2019年增加了近百名`):
  /// a difference, not the year's new ones.
  /// NB: two years apart may still be one: a January page's total is the past year's level
  /// (`2025年1月，全市共有驿站2900余家，与2023年相比新增200余家`), so only three or more count.
  static func spansSeveralYears(_ words: ArraySlice<Unicode.Scalar>, year: Int) -> Bool {
    guard let from = comparedYear(words) else { return false }
    return from < year - 2
  }

  /// How far into a clause its comparison may open, past what grew (`今年的规模`), in scalars.
  static let subjectReach = 6

  /// Whether the clause opens with 较, 比 or 同比, maybe after a few words that name what grew
  /// and hold no figure of their own (`规模比去年`, `今年的规模比去年`).
  static func opensWithComparison(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    for start in words.indices.prefix(subjectReach + 1) {
      if comparisonOpeners.contains(where: words[start...].starts) { return true }
      guard words[start].isHan else { return false }
    }
    return false
  }

  /// Whether the words compare with an earlier time: `相比`, `同比`, or 较/比 before an earlier time
  /// or a year (`较去年`, `比2023年`), not the 比 of `比赛`.
  static func comparesWithEarlier(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    if words.containsWord(comparisonWord) || words.containsWord(sameTimeLastYear) { return true }
    for index in words.indices where words[index] == "较" || words[index] == "比" {
      let rest = words[(index + 1)...]
      if let first = rest.first, first.isASCIIDigit || earlierTimes.contains(where: rest.starts) { return true }
    }
    return false
  }
}
