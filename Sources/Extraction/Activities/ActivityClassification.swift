// The activity types of one article: labels with scores and the cues that earned them.

/// How often one cue matched in an article.
public struct CueCount: Hashable, Sendable {
  public let cue: String
  public let weight: Int
  public let titleCount: Int
  public let bodyCount: Int
}

/// One label's score and the cues behind it, most weighty first.
public struct ActivityLabelScore: Hashable, Sendable {
  public let label: String
  public let score: Int
  public let cues: [CueCount]

  /// A short Chinese explanation: `慰问×3(标题1) 劳模×2`.
  public var explanation: String {
    cues.map { cue in
      let title = cue.titleCount > 0 ? "(标题\(cue.titleCount))" : ""
      return "\(cue.cue)×\(cue.titleCount + cue.bodyCount)\(title)"
    }
    .joined(separator: " ")
  }
}

/// An article's activity types: the labels that scored enough, primary first.
public struct ActivityClassification: Hashable, Sendable {
  /// Labels kept, highest score first; the fallback alone (score 0, no cues) when none scored enough.
  public let labels: [ActivityLabelScore]
  /// Every label that matched any cue, kept or not, for inspection.
  public let allScores: [ActivityLabelScore]

  /// The primary label.
  public var primary: String { labels.first?.label ?? ActivityTaxonomy.fallbackLabel }
  /// Label names, primary first.
  public var labelNames: [String] { labels.map(\.label) }
}
