// The 暖心伴考 service year by year, 2015 to the latest year: stations, teams, volunteers, packs, people, hours.
import Analysis
import ArgumentParser
import Extraction
import ReportKit

// Describe the report; --help and option errors come from swift-argument-parser.
struct ReportVolunteerGrowth: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-volunteer-growth",
    abstract: "The 暖心伴考 service year by year, with the sentence behind each number.",
    discussion: "Writes <out>/volunteer-growth.xlsx and <out>/volunteer-growth.md and prints the summary.")
  @OptionGroup var options: ReportOptions
}
let report = Report(name: "volunteer-growth", options: ReportVolunteerGrowth.parseOrExit().options)

do {
  // Load every article, fact and station mention under the seeds folder; a bad file stops here.
  let corpus = try report.load()

  // Compute the service year by year: citywide series, running totals and district figures apart.
  let growth = VolunteerGrowth(facts: corpus.facts)

  // Check what staff should double-check: conflicting figures and the issues of the articles quoted.
  let quality = QualityReview.sourceArticles(growth.sourceArticles, of: corpus, conflicts: growth.conflicts)

  // Write 概览, 年度数据, 图表, 累计数据, 各区数据, 来源, 数据质量 and the summary, both or neither.
  try report.write(VolunteerGrowthReport(growth: growth, quality: quality), corpus: corpus)
} catch {
  report.fail(error)
}
