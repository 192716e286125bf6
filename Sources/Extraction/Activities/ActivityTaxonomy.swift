// The activity taxonomy: labels and weighted cue words from `activity-types.tsv`, and the classifier.

/// Classifies an article into activity types from weighted cue words found in its title and body.
///
/// Score of a label = Σ over its cues of weight × (`titleFactor` × title matches + body matches,
/// the body count capped at `bodyCap` so a long article cannot win on repetition). A label is kept
/// when it scores at least `minimumScore` and at least `secondaryShare` of the best label; the best
/// is primary (file order breaks ties). When nothing is kept the answer is the fallback label `其他`.
public struct ActivityTaxonomy: Sendable {
  struct Cue: Sendable {
    let label: Int
    let weight: Int
  }

  /// Label names in file order (the fallback last).
  public let labels: [String]
  /// The label given when no label scores enough.
  public let fallback: String
  let cues: ScalarDictionary<Cue>

  static let titleFactor = 3
  static let bodyCap = 3
  static let minimumScore = 3
  static let secondaryShare = 0.35
  /// The fallback label's name when the data file names none.
  public static let fallbackLabel = "其他"

  /// The shipped taxonomy (`Data/activity-types.tsv`).
  public static let shipped = ActivityTaxonomy(table: DataTable.shipped("activity-types.tsv"))

  public init(table: DataTable) {
    var labels: [String] = []
    var fallback = Self.fallbackLabel
    var cues: [(String, Cue)] = []
    for record in table.records {
      let label = record["label"]
      if !labels.contains(label) { labels.append(label) }
      guard !record["cue"].isEmpty else {
        fallback = label
        continue
      }
      cues.append((record["cue"], Cue(label: labels.firstIndex(of: label) ?? 0, weight: Int(record["weight"]) ?? 1)))
    }
    self.labels = labels
    self.fallback = fallback
    self.cues = ScalarDictionary(cues)
  }

  /// Classifies an article from its title lines (kicker, headline, subtitle) and body paragraphs.
  public func classify(title: [String], body: [String]) -> ActivityClassification {
    classify(
      title: Array(title.joined(separator: "\n").unicodeScalars),
      body: Array(body.joined(separator: "\n").unicodeScalars))
  }

  /// The same, from the scalars of the title lines and of the body, each joined by line breaks.
  func classify(title: [Unicode.Scalar], body: [Unicode.Scalar]) -> ActivityClassification {
    // NB: one table for both parts, keyed by trie node (one per cue term), so no cue's string
    // is hashed; a cue found in both keeps the title's entry, as a set union would.
    var counts: [MatchedCue: (title: Int, body: Int)] = [:]
    for (cue, count) in tally(in: title) { counts[cue, default: (0, 0)].title += count }
    for (cue, count) in tally(in: body) { counts[cue, default: (0, 0)].body += count }
    var perLabel: [Int: [CueCount]] = [:]
    for (cue, count) in counts {
      for payload in cue.payloads {
        perLabel[payload.label, default: []].append(
          CueCount(cue: cue.term, weight: payload.weight, titleCount: count.title, bodyCount: count.body))
      }
    }
    let scored = perLabel.map { label, cues in
      ActivityLabelScore(
        label: labels[label],
        score: cues.reduce(0) {
          $0 + $1.weight * (Self.titleFactor * $1.titleCount + min($1.bodyCount, Self.bodyCap))
        },
        cues: cues.sorted {
          ($0.weight * ($0.titleCount + $0.bodyCount), $1.cue) > ($1.weight * ($1.titleCount + $1.bodyCount), $0.cue)
        })
    }
    .sorted { lhs, rhs in
      lhs.score != rhs.score
        ? lhs.score > rhs.score
        : (labels.firstIndex(of: lhs.label) ?? 0) < (labels.firstIndex(of: rhs.label) ?? 0)
    }
    let best = scored.first?.score ?? 0
    let kept = scored.filter {
      $0.score >= Self.minimumScore && Double($0.score) >= Double(best) * Self.secondaryShare
    }
    let fallbackScore = ActivityLabelScore(label: fallback, score: 0, cues: [])
    return ActivityClassification(labels: kept.isEmpty ? [fallbackScore] : kept, allScores: scored)
  }

  /// A cue term with its payloads, as a dictionary key.
  /// NB: equal and hashed by its trie node, which is one per term: hashing the term itself
  /// normalised the Han string on every look-up.
  struct MatchedCue: Hashable {
    let term: String
    let payloads: [Cue]
    let node: Int32
    static func == (lhs: MatchedCue, rhs: MatchedCue) -> Bool { lhs.node == rhs.node }
    func hash(into hasher: inout Hasher) { hasher.combine(node) }
  }

  /// How often each cue occurs in `text`, longest cue first, matches not overlapping.
  func counts(in text: String) -> [MatchedCue: Int] {
    tally(in: Array(text.unicodeScalars)).reduce(into: [:]) { $0[$1.cue, default: 0] += $1.count }
  }

  /// Each cue found in `scalars` with its number of matches, in order of first occurrence.
  func tally(in scalars: [Unicode.Scalar]) -> [(cue: MatchedCue, count: Int)] {
    // NB: tallied by trie node, so each distinct cue builds its string once.
    var tally: [Int32: Int] = [:]
    var firstMatches: [TermMatch<Cue>] = []
    for match in cues.scan(scalars) {
      if tally[match.node] == nil { firstMatches.append(match) }
      tally[match.node, default: 0] += 1
    }
    return firstMatches.map {
      (MatchedCue(term: $0.surface(in: scalars), payloads: $0.payloads, node: $0.node), tally[$0.node] ?? 0)
    }
  }
}
