// Every report by name, computed from a parsed model: for tools that write all four in one process.
import Analysis
import Extraction

/// The four reports' contents, computed as their notebooks compute them.
public enum ReportCatalog {
  /// The report names, as in `report-<name>` and `<name>.xlsx`.
  public static let names = ["volunteer-growth", "station-counts", "activity-types", "corpus"]

  /// Report `name`'s content for `corpus` (nil for an unknown name).
  public static func content(_ name: String, _ corpus: ParsedCorpus) -> (any ReportContent)? {
    switch name {
    case "volunteer-growth":
      let growth = VolunteerGrowth(facts: corpus.facts)
      return VolunteerGrowthReport(
        growth: growth, quality: .sourceArticles(growth.sourceArticles, of: corpus, conflicts: growth.conflicts))
    case "station-counts":
      let counts = StationCounts(facts: corpus.facts, mentions: corpus.stationMentions)
      return StationCountsReport(
        counts: counts, quality: .sourceArticles(counts.sourceArticles, of: corpus, conflicts: counts.conflicts))
    case "activity-types":
      return ActivityTypesReport(
        summary: ActivityTypeSummary(articles: corpus.articles, facts: corpus.facts), articles: corpus.articles,
        quality: .corpus(corpus, conflicts: []))
    case "corpus":
      let growth = VolunteerGrowth(facts: corpus.facts)
      let counts = StationCounts(facts: corpus.facts, mentions: corpus.stationMentions)
      return CorpusAuditReport(corpus: corpus, quality: .corpus(corpus, conflicts: growth.conflicts + counts.conflicts))
    default:
      return nil
    }
  }
}
