// `corpus reports`: every report from one load of the seeds, as `make reports` writes them.
import ArgumentParser
import Foundation
import ReportKit

/// Writes the four workbooks and summaries, byte for byte what the `report-<name>` notebooks
/// write, loading and analysing the seeds once instead of once per report.
struct ReportsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reports",
    abstract: "Write every report (or those named) from one load of the seeds.",
    discussion: "Writes <out>/<name>.xlsx and <out>/<name>.md for each report and prints the summaries in order.")

  @OptionGroup var options: ReportOptions
  @Option(
    name: .customLong("only"), parsing: .upToNextOption,
    help: "Reports to write (default: all): \(ReportCatalog.names.joined(separator: ", ")).")
  var names: [String] = ReportCatalog.names
  @Option(help: "Threads for loading and writing.") var workers = ProcessInfo.processInfo.activeProcessorCount
  @Option(help: "Loader: streaming, or in-memory (the reference it is checked against; holds the whole corpus).")
  var loader: ModelLoader = .streaming

  func validate() throws {
    for name in names where !ReportCatalog.names.contains(name) {
      throw ValidationError(ReportError.unknownReport(name).description)
    }
  }

  func run() throws {
    let summaries = try ReportSuite(options: options, names: names, workers: workers, loader: loader).run()
    if !options.quiet { print(summaries.joined(), terminator: "") }
  }
}
