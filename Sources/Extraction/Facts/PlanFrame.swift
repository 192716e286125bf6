// A sentence or paragraph that opens by citing a plan lists what the plan sets, not what was done.
import ChineseText
import NewsCorpus

/// `《方案》明确，新建暖心驿站140家…`, `《实施意见》提出：…建成驿站500家`, `行动计划要求，…`: an
/// opening clause that names a plan, programme or document and ends with the verb that cites it
/// (明确, 提出, 要求…) says the figures after it are the plan's targets. It reaches the rest of its
/// sentence and, when it opens the paragraph, the paragraph's later sentences too (a plan is
/// quoted over several), until the words before a figure in its own sentence report what was done
/// or name another time (`PlannedFigure.doneWords`: `目前已建成…`).
///
/// A clause that cites without naming a document (`会议明确，`, `市总工会提出，`) is no frame: the
/// words after it are as often what was done as what is to be. An agenda before a colon is one
/// (`2021年主要工作安排：一是…`), and so is a list's lead-in that sets one out, for the items under it.
enum PlanFrame {
  /// Verbs that cite what a document sets out.
  static let citingVerbs = ["明确", "提出", "要求", "规定", "部署", "指出"].map { Array($0.unicodeScalars) }
  /// What a plan is called (a title in 《》 names one whatever its words).
  static let documents = ["方案", "规划", "意见", "计划", "纲要", "办法", "措施", "细则", "通知", "清单"]
    .map { Array($0.unicodeScalars) }
  /// An opening clause longer than this is a sentence of its own, not a citing frame.
  static let maxClause = 30
  /// What an agenda is called: a clause that ends with one before a colon sets out what is to be
  /// done (`2021年主要工作安排：一是新建驿站十个以上；`, `将重点抓好以下工作：`). Not `主要工作：`, which
  /// a review heads what was done with.
  static let agendaNouns = [
    "工作安排", "工作打算", "工作计划", "工作思路", "工作目标", "目标任务", "主要任务", "重点任务", "工作部署",
  ].map { Array($0.unicodeScalars) }
  /// `以下工作` leads in what is to be done (`将重点抓好以下工作：`) or what was done (`一年来，我们重点做了
  /// 以下几方面工作：`): an agenda only when its clause holds no 了.
  static let followingWork = ["以下工作", "以下几项工作", "以下几方面工作", "以下几个方面工作"].map { Array($0.unicodeScalars) }

  /// Whether `text` ends with an agenda's name (the colon after it stripped): `2021年主要工作安排`,
  /// `将重点抓好以下工作`, but not `我们重点做了以下几方面工作`.
  static func endsWithAgenda(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    if agendaNouns.contains(where: { text.endsWithWord($0) }) { return true }
    guard followingWork.contains(where: { text.endsWithWord($0) }) else { return false }
    return !text.afterLast(where: Punctuation.splitsClause).contains("了")
  }

  /// Whether a frame opening `paragraph` (its words before the figure's sentence) or the figure's
  /// sentence plans the figure: `sentence` runs from the sentence's start to the figure.
  static func plans(paragraph: ScalarText, sentence: ScalarText) -> Bool {
    let framed = opensWithFrame(sentence) || opensWithFrame(paragraph) || setsOutAnAgenda(sentence)
      // NB: an item of a list an agenda earlier in the paragraph set out (`…以下工作：1.新建…；` then `2.动员…`).
      || (opensAnItem(sentence.scalars) && setsOutAnAgenda(paragraph))
    guard framed else { return false }
    return !PlannedFigure.doneWords.contains(where: sentence.contains)
  }

  /// Whether the first clause of `text` names a document and ends citing it.
  static func opensWithFrame(_ text: ScalarText) -> Bool {
    let scalars = text.scalars
    guard let end = scalars.prefix(maxClause + 1).firstIndex(where: Punctuation.splitsClause) else { return false }
    var verbEnd = end
    if verbEnd > scalars.startIndex, scalars[verbEnd - 1] == "了" { verbEnd -= 1 }
    let clause = scalars[scalars.startIndex..<verbEnd]
    if Punctuation.isColon(scalars[end]), endsWithAgenda(clause) { return true }
    guard citingVerbs.contains(where: { clause.endsWithWord($0) }) else { return false }
    return clause.contains("》") || documents.contains { clause.containsWord($0) }
  }

  /// Whether a clause of `sentence` ends with an agenda before a colon, the items after it being its
  /// targets (`…全市工会将重点抓好以下工作：1.新建户外劳动者暖心驿站50家；2.…`).
  static func setsOutAnAgenda(_ sentence: ScalarText) -> Bool {
    let scalars = sentence.scalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if Punctuation.isColon(scalars[index]), endsWithAgenda(scalars[..<index]) { return true }
      index += 1
    }
    return false
  }

  /// Whether a list's lead-in (the clause before its colon, `ListLeadIn.trailing`) sets out a plan:
  /// an agenda (`2026年，全市工会将重点抓好以下工作：`) or a clause that plans (`今年计划：`). The
  /// items under it (`1.新建户外劳动者暖心驿站50家；`) are its targets.
  static func leadsInAPlan(_ leadIn: ArraySlice<Unicode.Scalar>) -> Bool {
    var end = leadIn.endIndex
    while end > leadIn.startIndex, Punctuation.isColon(leadIn[end - 1]) || leadIn[end - 1].isHorizontalSpace { end -= 1 }
    let clause = leadIn[leadIn.startIndex..<end].afterLast(where: Punctuation.splitsClause)
    return endsWithAgenda(clause) || PlanWords.plans(clause)
  }

  /// Whether a paragraph opens as a list's item: a point's number (`1.`, `（二）`, `三、`) or a bullet.
  static func opensAnItem(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = scalars.first else { return false }
    return Punctuation.isBullet(first) || SectionHeading.afterPointNumber(scalars) != nil
  }
}
