// The analyses several reports draw on, computed once when the four reports are written together.
import Analysis
import Extraction

/// Volunteer growth (its own report, and its conflicts in the audit), station counts (likewise),
/// the activity types, and the corpus-wide 数据质量 list that activity-types and the audit share.
public struct SharedAnalyses: Sendable {
  public let growth: VolunteerGrowth
  public let counts: StationCounts
  public let activities: ActivityTypeSummary
  /// Input errors and every article's issues: the corpus-wide list without conflicts.
  public let articleIssues: [QualityIssue]

  /// Computes the four side by side on up to `workers` threads.
  public init(_ corpus: ParsedCorpus, workers: Int) {
    let parts = ParallelMap.map(4, workers: workers) { index -> Part in
      switch index {
      case 0: .growth(VolunteerGrowth(facts: corpus.facts))
      case 1: .counts(StationCounts(facts: corpus.facts, mentions: corpus.stationMentions))
      case 2: .activities(ActivityTypeSummary(articles: corpus.articles, facts: corpus.facts))
      default: .issues(QualityIssue.inputAndArticles(of: corpus))
      }
    }
    guard case .growth(let growth) = parts[0], case .counts(let counts) = parts[1],
      case .activities(let activities) = parts[2], case .issues(let issues) = parts[3]
    else { preconditionFailure("ParallelMap keeps results in input order") }
    (self.growth, self.counts, self.activities, articleIssues) = (growth, counts, activities, issues)
  }

  private enum Part: Sendable {
    case growth(VolunteerGrowth)
    case counts(StationCounts)
    case activities(ActivityTypeSummary)
    case issues([QualityIssue])
  }
}
