// A sentence or paragraph that opens by citing a plan lists what the plan sets, not what was done.
import ChineseText

/// `《方案》明确，设立技能大师工作室140家…`, `《实施意见》提出：…建成驿站500家`, `行动计划要求，…`: an
/// opening clause that names a plan, programme or document and ends with the verb that cites it
/// (明确, 提出, 要求…) says the figures after it are the plan's targets. It reaches the rest of its
/// sentence and, when it opens the paragraph, the paragraph's later sentences too (a plan is
/// quoted over several), until the words before a figure in its own sentence report what was done
/// or name another time (`PlannedFigure.doneWords`: `目前已建成…`).
///
/// A clause that cites without naming a document (`会议明确，`, `市总工会提出，`) is no frame: the
/// words after it are as often what was done as what is to be.
enum PlanFrame {
  /// Verbs that cite what a document sets out.
  static let citingVerbs = ["明确", "提出", "要求", "规定", "部署", "指出"].map { Array($0.unicodeScalars) }
  /// What a plan is called (a title in 《》 names one whatever its words).
  static let documents = ["方案", "规划", "意见", "计划", "纲要", "办法", "措施", "细则", "通知", "清单"]
    .map { Array($0.unicodeScalars) }
  /// An opening clause longer than this is a sentence of its own, not a citing frame.
  static let maxClause = 30

  /// Whether a frame opening `paragraph` or the figure's sentence plans the figure: `sentence` is the
  /// figure's sentence up to its clause, `before` its clause's words before it.
  static func plans(paragraph: ScalarText, sentence: ScalarText, before: ScalarText) -> Bool {
    guard opensWithFrame(sentence) || opensWithFrame(paragraph) else { return false }
    return !PlannedFigure.doneWords.contains { sentence.contains($0) || before.contains($0) }
  }

  /// Whether the first clause of `text` names a document and ends citing it.
  static func opensWithFrame(_ text: ScalarText) -> Bool {
    let scalars = text.scalars
    guard let end = scalars.prefix(maxClause + 1).firstIndex(where: Punctuation.splitsClause) else { return false }
    var verbEnd = end
    if verbEnd > scalars.startIndex, scalars[verbEnd - 1] == "了" { verbEnd -= 1 }
    let clause = scalars[scalars.startIndex..<verbEnd]
    guard citingVerbs.contains(where: { clause.endsWithWord($0) }) else { return false }
    return clause.contains("》") || documents.contains { clause.containsWord($0) }
  }
}
