// Writes one report's workbook and summary to staged files, then moves both into place.
import Analysis
import Extraction
import Foundation
import Xlsx

/// The shared frame around a report's own sheets: 概览 first, then the report's sheets, 来源 and
/// 数据质量; document properties; the Markdown summary. Output is staged so a failure leaves
/// no partial file and never replaces a good one.
struct ReportWriter<Content: ReportContent> {
  let report: Report
  let content: Content
  let corpus: ParsedCorpus

  var language: Language { report.options.lang }

  /// Writes both files; returns the summary and the time libxlsxwriter took to close the workbook.
  func write() throws -> Report.Written {
    let manager = FileManager.default
    try manager.createDirectory(atPath: report.options.out, withIntermediateDirectories: true)
    let stage = ".staged-\(ProcessInfo.processInfo.processIdentifier)"
    let stagedWorkbook = report.options.out + "/." + report.name + ".xlsx" + stage
    let stagedSummary = report.options.out + "/." + report.name + ".md" + stage
    defer {
      try? manager.removeItem(atPath: stagedWorkbook)
      try? manager.removeItem(atPath: stagedSummary)
    }
    var sheets: [(name: String, about: String)] = []
    // NB: closing is where libxlsxwriter writes the sheets it kept in memory and zips every part.
    // Zipping at zlib's default level was over a fifth of the CPU of `make bench` at 100,000
    // articles; the fast level halves it for workbooks about a sixth bigger (docs/PERFORMANCE.md).
    var closing = ThreadClock.now()
    try Workbook.write(to: stagedWorkbook, options: Workbook.Options(compression: .fast)) { workbook in
      sheets = try writeWorkbook(workbook)
      closing = ThreadClock.now()
    }
    let closed = closing.elapsed()
    let summary = Summary(
      name: report.name, title: content.title(language), question: content.question(language),
      inputs: inputsSentence, findings: content.findings(language), quality: content.quality, sheets: sheets,
      language: language
    ).markdown
    try Data(summary.utf8).write(to: URL(fileURLWithPath: stagedSummary))
    try replace(report.workbookPath, with: stagedWorkbook)
    try replace(report.summaryPath, with: stagedSummary)
    return Report.Written(summary: summary, closing: closed)
  }

  /// 概览, the report's sheets, 来源, 数据质量; returns the sheet list.
  private func writeWorkbook(_ workbook: Workbook) throws -> [(name: String, about: String)] {
    let title = content.title(language)
    workbook.setProperties(DocumentProperties(
      title: title, subject: content.question(language), author: "北京市总工会 数据工具",
      manager: "北京市总工会", company: "北京市总工会", category: language("统计报告", "Report"),
      keywords: content.keywords, comments: inputsSentence, created: corpus.creationDate))
    let book = ReportBook(workbook: workbook, language: language, title: title)
    let overview = try book.addSheet("概览", about: language(
      "本页：报告回答的问题、数据范围、主要发现、图例和各工作表说明。",
      "This page: the question, the inputs, the key findings, the legend and the list of sheets."))
    try content.writeSheets(to: book)
    try SourcesSheet.write(to: book)
    try QualitySheet.write(content.quality, to: book)
    try OverviewSheet(
      title: title, question: content.question(language), inputs: inputsSentence,
      findings: content.findings(language), program: "report-" + report.name
    ).write(on: overview, in: book)
    return book.sheets
  }

  /// `seeds/ 中 5 个文件、35 篇文章、60 条事实`.
  var inputsSentence: String {
    let folder = URL(fileURLWithPath: report.options.seeds).lastPathComponent
    let (f, a, k) = (corpus.files.count, corpus.articles.count, corpus.facts.count)
    return language(
      "\(folder)/ 中 \(f) 个文件、\(a) 篇文章、\(k) 条事实",
      "\(f) files, \(a) articles and \(k) facts in \(folder)/")
  }

  /// Moves a staged file over `path` (rename is atomic on one file system).
  private func replace(_ path: String, with staged: String) throws {
    guard rename(staged, path) == 0 else {
      throw XlsxError.fileSystem(operation: "rename \(staged) to", path: path, message: String(cString: strerror(errno)))
    }
  }
}
