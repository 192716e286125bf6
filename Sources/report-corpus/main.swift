// The audit workbook: every article, fact and station mention, so any number leads back to its sentence.
import Analysis
import ArgumentParser
import Extraction
import ReportKit

// Describe the report; --help and option errors come from swift-argument-parser.
struct ReportCorpus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-corpus",
    abstract: "Every article, fact and station mention of the corpus, for checking numbers back to their sentences.",
    discussion: "Writes <out>/corpus.xlsx and <out>/corpus.md and prints the summary.")
  @OptionGroup var options: ReportOptions
}
let report = Report(name: "corpus", options: ReportCorpus.parseOrExit().options)

do {
  // Load every article, fact and station mention under the seeds folder; a bad file stops here.
  let corpus = try report.load()

  // Compute the conflicts the other reports flag, so the audit lists them too.
  let growth = VolunteerGrowth(facts: corpus.facts)
  let counts = StationCounts(facts: corpus.facts, mentions: corpus.stationMentions)

  // Check: repeated paragraphs, fragments, unknown years and conflicting figures.
  let quality = QualityReview.corpus(corpus, conflicts: growth.conflicts + counts.conflicts)

  // Write 概览, 文章, 事实, 站点提及, 文件, 来源, 数据质量 and the summary, both or neither.
  try report.write(CorpusAuditReport(corpus: corpus, quality: quality), corpus: corpus)
} catch {
  report.fail(error)
}
