// Figures a text plans or expects rather than reports: they count nothing yet.
import NewsCorpus

/// `今年计划再建设驿站20家`, `预计服务考生家长5万人次`: a plan, an expectation or a target in the
/// words before a figure, in its clause, makes it `other` (see DESIGN, "Facts").
///
/// Only words that say so on their own count: 将 alone also means "nearly" (将近) and "to" (将…纳入).
enum PlannedFigure {
  static let words = (PlanWords.words + ["拟建", "拟设", "拟新建", "将新建", "将建设", "将建成", "将设立", "将再", "还将", "即将"])
    .map(MatchWord.init)

  /// How far before a figure a plan word may stand, in scalars: far enough for
  /// `计划在全市新建户外劳动者服务站点50家`, near enough that a truncated sentence run into the next
  /// article's headline (`还将推出新的服|北京工会…设立125个服务站点`) keeps its figure.
  static let reach = 20

  /// Whether the clause's words just before the figure plan it.
  static func isPlanned(_ before: ScalarText) -> Bool {
    let near = ScalarText(before.scalars.suffix(reach), isSimple: before.isSimple)
    return words.contains(where: near.contains)
  }
}
