// `走访慰问困难职工…5.2万余人次`: people reached by aid are the aid's, not a service programme's.
import ChineseText

/// A count of people reached by condolence visits or hardship aid (`走访慰问困难职工、一线职工等共计5.2万余人次`,
/// `帮扶困难职工136户`). In an article about a service programme (rest stations, exam-season
/// volunteers), such a figure is the union's other work, not the programme's people served: it
/// belongs to a programme only when its own sentence names one, as participants do. An aid campaign's
/// own article (送温暖, 夏送清凉, 金秋助学: programmes the activity taxonomy files under 慰问帮扶) keeps it.
enum AidFigure {
  /// The activity type of aid in `activity-types.tsv`.
  static let aidLabel = "慰问帮扶"
  /// Words of aid in the figure's clause before its number.
  static let words = ["慰问", "帮扶", "救助", "送温暖", "困难职工"].map { Array($0.unicodeScalars) }

  /// Whether the words from the figure's clause start to its number count people reached by aid.
  static func counts(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    // NB: the cheap test first: every word of aid holds 慰, 帮, 救, 温 or 困.
    guard words.contains(where: { $0 == "慰" || $0 == "帮" || $0 == "救" || $0 == "温" || $0 == "困" }) else { return false }
    return Self.words.contains(where: words.containsWord)
  }

  /// Whether a programme is itself aid: its name alone is classified as `aidLabel`.
  static func isAid(programme: String, taxonomy: ActivityTaxonomy) -> Bool {
    taxonomy.classify(title: Array(programme.unicodeScalars), body: []).primary == aidLabel
  }
}
