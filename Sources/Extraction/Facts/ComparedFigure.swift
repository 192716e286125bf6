// `较去年的1600名`: the earlier level a figure is compared with counts what that figure counts.
import ChineseText

/// `今年全市共有3200余名职工志愿者参与服务，较去年的1600名翻了一番`: 1600名 names no noun of its own; it
/// is the level of an earlier time that the figure before it is compared with, so it counts the
/// same thing, for the time its own clause names (去年), whatever a cue of the sentence (参与)
/// would have made of it.
///
/// Read so when, in one sentence, an earlier figure has the same measure word and the figure's own
/// clause compares and names the earlier time: it opens with a comparison word and ends with 的
/// before the number (`较去年的`, `比2018年的`, `与去年同期的`). An increase over that time
/// (`较去年增加了400名`) is `IncreaseFigure`'s.
enum ComparedFigure {
  static let openers = ["相比", "相较", "较", "比", "同比", "与", "和"].map { Array($0.unicodeScalars) }
  /// The longest comparing words before the number (`与2018年同期的` is 9).
  static let maxWords = 10

  /// The earlier figure whose thing `quantity` counts at the time it is compared with, if it is one,
  /// and the words that name that time (`去年的`).
  static func base(
    of quantity: Quantity, words: MetricWords, in scalars: [Unicode.Scalar], sentence: Range<Int>, clause: Range<Int>,
    antecedents: [PlaceBreakdown.Antecedent]
  ) -> (fact: Fact, time: [Unicode.Scalar])? {
    // NB: the cheap look at the clause's words first; most figures have no 的 right before them.
    guard quantity.start - clause.lowerBound <= maxWords, quantity.start > 0, scalars[quantity.start - 1] == "的" else { return nil }
    let own = scalars[clause.lowerBound..<quantity.start].drop(while: \.isHorizontalSpace)
    guard let opener = openers.first(where: own.starts),
      let from = antecedents.last(where: { $0.fact.unit == quantity.unit }), from.sentence == sentence,
      from.end <= clause.lowerBound, !MetricRules.namesAPlainNoun(words.nounWindow, countedIn: quantity.unit)
    else { return nil }
    return (from.fact, Array(own.dropFirst(opener.count)))
  }

  /// The year `time` names (`去年的`, `2018年同期的`), counted from `articleYear`; nil when it names
  /// none (`上届的`): the earlier level's year is then unknown, never the year it is compared from.
  static func year(of time: [Unicode.Scalar], articleYear: Int?) -> Int? {
    // NB: 去年同期 is last year's same time; as a date of its own, 同期 would make 去年 a comparison.
    var words = time[...]
    for ending in endings where words.endsWithWord(ending) { words = words.dropLast(ending.count) }
    return ClauseTime.explicitYears(in: Array(words)).first?.year
      ?? ClauseTime.relativeYears(in: Array(words), articleYear: articleYear).first?.year
  }

  /// Words that end the time compared with, in this order: `同期的`.
  static let endings = ["的", "同期"].map { Array($0.unicodeScalars) }
}
