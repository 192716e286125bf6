// Words that say something is planned, expected or aimed at: what they speak of has not happened.
import ChineseText

/// The plan words both readings share: a year in a sentence that plans may lie ahead
/// (`YearResolver`: `2023年，我们将继续新建驿站…` on a page of 2022), and a figure after one counts
/// nothing yet (`PlannedFigure` in Extraction).
public enum PlanWords {
  public static let words = ["计划", "规划", "预计", "预期", "力争", "争取", "目标", "届时", "有望"]

  /// Verbs of doing after 将 that say what will be done (`将举办各类文体活动50余场`, `将为120名…发放`).
  /// Not `慰问`: `将慰问金送到…` is 将 before what is handled, not a plan.
  public static let futureVerbs = [
    "为", "举办", "开展", "组织", "推出", "投入", "实现", "覆盖", "惠及", "提供", "筹集", "招募", "走访", "发放", "启动", "安排",
    "新建", "建设", "建成",
  ].map { Array($0.unicodeScalars) }
  /// Adverbs that may stand between 将 and its verb (`将继续开展`). On their own they plan nothing:
  /// `工会将继续把职工的冷暖放在心上` closes many a story.
  public static let futureAdverbs = ["继续", "持续", "进一步", "全面", "重点", "陆续", "再"].map { Array($0.unicodeScalars) }
  public static let future: Unicode.Scalar = "将"

  /// Where the words after a 将 before a verb of doing start in `text` (the last such 将), if one stands there.
  public static func afterLastFutureVerb(in text: ArraySlice<Unicode.Scalar>) -> Int? {
    var index = text.endIndex
    while index > text.startIndex {
      index -= 1
      guard text[index] == future else { continue }
      var rest = text[(index + 1)...]
      if let adverb = futureAdverbs.first(where: { rest.starts(with: $0) }) { rest = rest.dropFirst(adverb.count) }
      if let verb = futureVerbs.first(where: { rest.starts(with: $0) }) { return rest.startIndex + verb.count }
    }
    return nil
  }

  /// Whether `sentence` plans or says what will be done: a plan word, or 将 before a verb of doing.
  public static func plans(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
    scalarWords.contains(where: sentence.containsWord) || afterLastFutureVerb(in: sentence) != nil
  }

  static let scalarWords = words.map { Array($0.unicodeScalars) }
}
