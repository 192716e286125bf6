// Per activity type: how many articles, where, when, how many took part, example headlines.
import Extraction

/// Grain: one row per activity label (primary or secondary), in descending article count.
///
/// Participants are summed per article as bounds: each article contributes its largest
/// person-count figure once (a headline and its body often state the same crowd twice), and
/// articles that give no figure are counted, not treated as 0.
public struct ActivityTypeSummary: Sendable {
  public struct Row: Hashable, Sendable {
    public var label: String
    /// Articles whose primary label this is.
    public var primaryArticles: Int
    /// Articles carrying the label at all.
    public var articles: Int
    public var places: [Scope]
    public var years: [Int]
    /// Σ of the participants' low bounds; articles whose figure has no low bound add nothing.
    public var participantsLow: Double
    /// Σ of the high bounds, or nil when any figure is open above (余, 超…).
    public var participantsHigh: Double?
    public var articlesWithParticipants: Int
    public var articlesWithoutParticipants: Int
    public var exampleHeadlines: [String]
    /// The participant figures that were summed, for the sources sheet.
    public var participantFacts: [Fact]
  }

  public var rows: [Row]
  /// Each article's head count: the one figure it contributes (see `crowd`); absent when it gives none.
  public var crowds: [ArticleKey: Fact]

  /// Units that count people (families and teams are reported, not summed with people).
  public static let personUnits: Set<String> = ["名", "人", "位", "人次"]
  static let exampleCount = 3

  public init(articles: [ArticleRecord], facts: [Fact]) {
    var headCounts: [ArticleKey: [Fact]] = [:]
    for fact in facts where fact.metric == .participants { headCounts[fact.articleKey, default: []].append(fact) }
    crowds = headCounts.compactMapValues(Self.crowd)
    // NB: rows are updated in place and places/years gathered as sets, sorted once at the end;
    // copying a row out and back (with its growing arrays) made this quadratic in the articles.
    var rows: [String: Row] = [:]
    var places: [String: Set<Scope>] = [:]
    var years: [String: Set<Int>] = [:]
    for article in articles {
      let figure = crowds[article.key]
      for (rank, label) in (article.activityTypes.isEmpty ? ["其他"] : article.activityTypes).enumerated() {
        places[label, default: []].formUnion(article.places)
        if let year = article.year { years[label, default: []].insert(year) }
        Self.add(article, figure: figure, primary: rank == 0, to: &rows[label, default: Row(
          label: label, primaryArticles: 0, articles: 0, places: [], years: [], participantsLow: 0,
          participantsHigh: 0, articlesWithParticipants: 0, articlesWithoutParticipants: 0,
          exampleHeadlines: [], participantFacts: [])])
      }
    }
    for label in rows.keys {
      rows[label]!.places = (places[label] ?? []).sorted()
      rows[label]!.years = (years[label] ?? []).sorted()
    }
    self.rows = rows.values.sorted { ($0.articles, $1.label) > ($1.articles, $0.label) }
  }

  /// Counts one article (and its head count, if any) into its label's row.
  static func add(_ article: ArticleRecord, figure: Fact?, primary: Bool, to row: inout Row) {
    row.articles += 1
    if primary { row.primaryArticles += 1 }
    if let figure {
      row.articlesWithParticipants += 1
      row.participantsLow += figure.low ?? 0
      row.participantsHigh = row.participantsHigh.flatMap { sum in figure.high.map { sum + $0 } }
      row.participantFacts.append(figure)
    } else {
      row.articlesWithoutParticipants += 1
    }
    if row.exampleHeadlines.count < exampleCount, let headline = article.headline {
      row.exampleHeadlines.append(headline)
    }
  }

  /// The one figure an article contributes: its largest person count of the event it reports, not a
  /// running total over years (`已累计吸引职工5万余人次参赛` beside this year's 2600余名), nor a part of it
  /// or those who signed up (`300余人报名` beside `120名…参加`: a breakdown, `报名`).
  static func crowd(_ facts: [Fact]) -> Fact? {
    facts.filter { personUnits.contains($0.unit ?? "") && !$0.cumulative && $0.subtype == nil }
      .max { ($0.low ?? $0.high ?? 0, $1.line) < ($1.low ?? $1.high ?? 0, $0.line) }
  }
}
