// Every report by name, computed from a parsed model: for tools that write all four in one process.
import Analysis
import Extraction

/// The four reports' contents, computed as their notebooks compute them.
public enum ReportCatalog {
  /// The report names, as in `report-<name>` and `<name>.xlsx`.
  public static let names = ["volunteer-growth", "station-counts", "activity-types", "corpus"]

  /// `names` in the order to start writing them on parallel threads: the audit, by far the
  /// biggest workbook, first.
  public static func biggestFirst(_ names: [String]) -> [String] {
    names.filter { $0 == "corpus" } + names.filter { $0 != "corpus" }
  }

  /// Report `name`'s content for `corpus` (nil for an unknown name).
  public static func content(_ name: String, _ corpus: ParsedCorpus) -> (any ReportContent)? {
    content(name, corpus, shared: SharedAnalyses(corpus, workers: 1))
  }

  /// Report `name`'s content from analyses computed once for all the reports.
  public static func content(_ name: String, _ corpus: ParsedCorpus, shared: SharedAnalyses) -> (any ReportContent)? {
    let (growth, counts) = (shared.growth, shared.counts)
    switch name {
    case "volunteer-growth":
      return VolunteerGrowthReport(
        growth: growth, quality: .sourceArticles(growth.sourceArticles, of: corpus, conflicts: growth.conflicts))
    case "station-counts":
      return StationCountsReport(
        counts: counts, quality: .sourceArticles(counts.sourceArticles, of: corpus, conflicts: counts.conflicts))
    case "activity-types":
      return ActivityTypesReport(
        summary: shared.activities, articles: corpus.articles, quality: .corpus(sharing: shared.articleIssues, conflicts: []))
    case "corpus":
      return CorpusAuditReport(
        corpus: corpus, quality: .corpus(sharing: shared.articleIssues, conflicts: growth.conflicts + counts.conflicts))
    default:
      return nil
    }
  }
}
