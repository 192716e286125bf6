// Trade-union activities by type: articles, places, years, participants and example headlines.
import Analysis
import ArgumentParser
import Extraction
import ReportKit

// Describe the report; --help and option errors come from swift-argument-parser.
struct ReportActivityTypes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-activity-types",
    abstract: "Trade-union activities by type, with participants and example headlines.",
    discussion: "Writes <out>/activity-types.xlsx and <out>/activity-types.md and prints the summary.")
  @OptionGroup var options: ReportOptions
}
let report = Report(name: "activity-types", options: ReportActivityTypes.parseOrExit().options)

do {
  // Load every article, fact and station mention under the seeds folder; a bad file stops here.
  let corpus = try report.load()

  // Compute one row per activity type; participants as summed bounds, articles without a figure counted.
  let summary = ActivityTypeSummary(articles: corpus.articles, facts: corpus.facts)

  // Check what staff should double-check: every article's issues (each article is classified).
  let quality = QualityReview.corpus(corpus, conflicts: [])

  // Write 概览, 活动类型, 文章, 图表, 来源, 数据质量 and the summary, both or neither.
  try report.write(
    ActivityTypesReport(summary: summary, articles: corpus.articles, quality: quality), corpus: corpus)
} catch {
  report.fail(error)
}
