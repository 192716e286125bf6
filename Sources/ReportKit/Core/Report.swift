// The driver every report notebook uses: load the corpus, write workbook + summary together, fail cleanly.
import Analysis
import Extraction
import Foundation
import Xlsx

/// One run of a report: `report-<name>` writes `<out>/<name>.xlsx` and `<out>/<name>.md`.
public struct Report: Sendable {
  /// The file stem, e.g. `volunteer-growth`.
  public let name: String
  public let options: ReportOptions

  public init(name: String, options: ReportOptions) {
    self.name = name
    self.options = options
  }

  /// The workbook this run writes.
  public var workbookPath: String { options.out + "/" + name + ".xlsx" }
  /// The summary this run writes.
  public var summaryPath: String { options.out + "/" + name + ".md" }

  /// Loads the parsed model of the seeds folder; any input file that could not be read stops
  /// the report with its `file:line` (nothing is written).
  public func load(workers: Int = ProcessInfo.processInfo.activeProcessorCount, loader: ModelLoader = .streaming) throws
    -> ParsedCorpus
  {
    // NB: a missing folder throws `SeedsFolderError`, which names it.
    let progress = ProgressLine(quiet: options.quiet)
    let corpus = try loader.load(from: options.seeds, workers: workers, progress: progress.update)
    progress.finish()
    let errors = corpus.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw ReportError.badInput(errors) }
    return corpus
  }

  /// Writes the workbook and the summary (both or neither) and prints the summary unless `--quiet`;
  /// returns the summary.
  @discardableResult
  public func write(_ content: some ReportContent, corpus: ParsedCorpus) throws -> String {
    try writeMeasured(content, corpus: corpus).summary
  }

  /// What a report wrote: its summary, and how long libxlsxwriter's `workbook_close` took on the
  /// writing thread (the sheets it kept in memory written out, then every part zipped).
  public struct Written: Sendable {
    public let summary: String
    public let closing: ThreadClock.Elapsed
  }

  /// ``write(_:corpus:)``, also saying how long closing the workbook took (for `corpus bench`).
  public func writeMeasured(_ content: some ReportContent, corpus: ParsedCorpus) throws -> Written {
    let written = try ReportWriter(report: self, content: content, corpus: corpus).write()
    if !options.quiet { print(written.summary, terminator: "") }
    return written
  }

  /// Prints `Error: <message>` to standard error and exits with status 1.
  public func fail(_ error: any Error) -> Never {
    FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
    exit(1)
  }
}
