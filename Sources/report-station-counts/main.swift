// Service stations per district and year, by kind: counted, mentioned without a count, or no data.
import Analysis
import ArgumentParser
import Extraction
import ReportKit

// Describe the report; --help and option errors come from swift-argument-parser.
struct ReportStationCounts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-station-counts",
    abstract: "Service stations per district and year, with the sentence behind each number.",
    discussion: "Writes <out>/station-counts.xlsx and <out>/station-counts.md and prints the summary.")
  @OptionGroup var options: ReportOptions
}
let report = Report(name: "station-counts", options: ReportStationCounts.parseOrExit().options)

do {
  // Load every article, fact and station mention under the seeds folder; a bad file stops here.
  let corpus = try report.load()

  // Count stations per place, kind and year, keeping counts, uncounted mentions and gaps apart.
  let counts = StationCounts(facts: corpus.facts, mentions: corpus.stationMentions)

  // Check what staff should double-check: conflicting counts and the issues of the articles counted.
  let quality = QualityReview.sourceArticles(counts.sourceArticles, of: corpus, conflicts: counts.conflicts)

  // Write 概览, 站点数量, 全市构成, 图表, 来源, 数据质量 and the summary, both or neither.
  try report.write(StationCountsReport(counts: counts, quality: quality), corpus: corpus)
} catch {
  report.fail(error)
}
