import ArgumentParser
import Extraction
import Foundation
import ReportKit

/// `corpus facts`: every fact of the seeds, with its quote, file and line.
struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "List every fact (a counted figure with its meaning) and the sentence it came from.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

  @Option(help: "Folder of article dumps.") var seeds = "seeds"
  @Option(help: "Output format: jsonl, csv or table.") var format: Format = .jsonl
  @Flag(help: "No progress line on standard error (it shows only on a terminal, after two seconds).")
  var quiet = false

  func run() throws {
    // NB: the reports' progress line: an archive takes a while to load before the first fact prints.
    let progress = ProgressLine(quiet: quiet)
    let model = try ParsedCorpus.load(from: seeds, progress: progress.update)
    progress.finish()
    for diagnostic in model.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
    if format == .csv { print(FactRow.csvHeader) }
    for fact in model.facts {
      let row = FactRow(fact)
      switch format {
      case .jsonl: print(row.json)
      case .csv: print(row.csv)
      case .table: print(row.table)
      }
    }
    if model.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
  }
}
