// Figures a text plans or expects rather than reports: they count nothing yet.
import ChineseText
import NewsCorpus

/// `今年计划再建设驿站20家`, `预计服务考生家长5万人次`, `有望突破1600家`: a plan, an expectation or a target in the
/// words before a figure, in its clause, makes it `other` (see DESIGN, "Facts").
///
/// Only words that say so on their own count: 将 alone also means "nearly" (将近) and "to" (将…纳入).
/// 将在 and 将新增 say what will be done (`下一步，将在全区再建成暖心驿站50家`); 下一步 and 今后, what comes
/// next, in the figure's own clause only: a truncated paragraph run into the next story must keep its figures.
///
/// 将 before a verb of doing (`将举办`, `将开展`…) says what will be done too.
///
/// A plan reaches the clauses after its own in the sentence (`全区计划投入资金300万元，慰问困难职工
/// 5000人次`), and the end of its own clause past a list (`计划慰问困难职工1500余户、一线职工2万余人次`),
/// until a clause says what has been done or another time (`计划新建50家，目前已建成30家`,
/// `实际服务6万人次`, `去年慰问4000人次`). A breakdown after 其中 of a planned total is planned
/// (`今年还将新建驿站30家，其中在黄村镇、西红门镇各新建5家`).
enum PlannedFigure {
  static let words = (PlanWords.words + [
    "拟建", "拟设", "拟新建", "将新建", "将新增", "将建设", "将建成", "将设立", "将再", "将在", "还将", "即将", "将达到", "将突破",
    "将超过", "下一步", "今后",
  ]).map(MatchWord.init)

  /// The words after the last 将 before a verb of doing in `text` (`PlanWords.futureVerbs`), if one stands there.
  /// NB: one look for 将, asked of every figure, where a word list would scan the text once per verb.
  static func afterLastFutureVerb(in text: ScalarText) -> ScalarText? {
    guard text.isSimple else {
      let adverbs = [[]] + PlanWords.futureAdverbs
      return PlanWords.futureVerbs.flatMap { verb in
        adverbs.map { String(PlanWords.future) + String(scalars: $0) + String(scalars: verb) }
      }
        .compactMap { text.suffix(afterLast: MatchWord($0)) }
        .min { $0.scalars.count < $1.scalars.count }
    }
    return PlanWords.afterLastFutureVerb(in: text.scalars).map { ScalarText(text.scalars[$0...], isSimple: true) }
  }

  /// How far before a figure a plan word may stand, in scalars: far enough for
  /// `计划在全市新建户外劳动者服务站点50家`, near enough that a truncated sentence run into the next
  /// article's headline (`还将推出新的服|北京工会…设立125个服务站点`) keeps its figure.
  static let reach = 20

  /// Words that report what has happened, or name another time, and so end a plan's reach.
  static let doneWords = ["已", "目前", "截至", "实际", "完成", "现有", "累计", "去年", "前年", "上年", "同比"]
    .map(MatchWord.init)

  /// Whether the clause's words just before the figure plan it.
  static func isPlanned(_ before: ScalarText) -> Bool {
    let near = ScalarText(before.scalars.suffix(reach), isSimple: before.isSimple)
    return words.contains(where: near.contains) || afterLastFutureVerb(in: near) != nil
  }

  /// Words that look ahead to a later year: `明年`, `到2026年`, 将 as a future (`将把`, `将在`, `还将`),
  /// and the plan words; not 将 alone, which also hands things over (`将慰问品送到…`).
  static let aheadWords = (["明年", "到20", "将把", "将于", "将在", "将再", "将继续", "还将", "即将"] + PlanWords.words)
    .map { Array($0.unicodeScalars) }

  /// Whether a figure its sentence dates after the page's year is a plan or a target (`明年将把服务点
  /// 扩大到10个以上`, `到2026年，全区…达到300家以上`): the sentence looks ahead. One that does not may
  /// report what was done for the next year's festival on a December page (`当天共慰问困难职工150户`).
  static func isAhead(year: Int, printedYear: Int?, sentence: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let printedYear, year > printedYear else { return false }
    return aheadWords.contains { sentence.containsWord($0) } || PlanWords.afterLastFutureVerb(in: sentence) != nil
  }

  /// The plan words that govern the clauses after their own: verbs of planning (and 将 before a
  /// verb of doing, `afterLastFutureVerb`). A goal (`以服务职工为目标`) or a forecast noun does not.
  static let carryingWords = ["计划", "预计", "力争", "争取", "拟"].map(MatchWord.init)

  /// Whether a plan in an earlier clause of the figure's sentence reaches it: `sentence` is the
  /// words from the sentence's start to the figure's clause, `before` the clause's words before it.
  static func isPlanned(_ before: ScalarText, after sentence: ScalarText) -> Bool {
    if isPlanned(before) { return true }
    // A breakdown of a planned total is planned too (`还将新建驿站30家，其中在黄村镇…各新建5家`).
    if before.hasPrefix(among), let total = lastClause(of: sentence), words.contains(where: total.contains) { return true }
    // NB: a verb of planning earlier in the figure's own clause reaches it past a list
    // (`计划慰问困难职工及家庭1500余户、一线职工2万余人次`) as it reaches the clauses after its own.
    if let plan = lastPlan(in: before) { return !doneWords.contains(where: plan.contains) }
    guard let plan = lastPlan(in: sentence) else { return false }
    return !doneWords.contains(where: plan.contains) && !doneWords.contains(where: before.contains)
  }

  static let among = MatchWord("其中")

  /// The last clause of `text` (the words before a figure's clause), without its closing mark.
  static func lastClause(of text: ScalarText) -> ScalarText? {
    var end = text.scalars.endIndex
    while end > text.scalars.startIndex, Punctuation.splitsClause(text.scalars[end - 1]) || text.scalars[end - 1].isHorizontalSpace {
      end -= 1
    }
    guard end > text.scalars.startIndex else { return nil }
    let start = text.scalars[..<end].lastIndex(where: Punctuation.splitsClause).map { $0 + 1 } ?? text.scalars.startIndex
    return ScalarText(text.scalars[start..<end], isSimple: text.isSimple)
  }

  /// The words after the last verb of planning in `text`, if one stands there.
  static func lastPlan(in text: ScalarText) -> ScalarText? {
    (carryingWords.compactMap { text.suffix(afterLast: $0) } + [afterLastFutureVerb(in: text)].compactMap { $0 })
      .min { $0.scalars.count < $1.scalars.count }
  }
}
