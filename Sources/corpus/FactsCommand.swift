import ArgumentParser
import Extraction
import Foundation

/// `corpus facts`: every fact of the seeds, with its quote, file and line.
struct FactsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "List every fact (a counted figure with its meaning) and the sentence it came from.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv, table }

  @Option(help: "Folder of article dumps.") var seeds = "seeds"
  @Option(help: "Output format: jsonl, csv or table.") var format: Format = .jsonl

  func run() throws {
    let model = try ParsedCorpus.load(from: seeds)
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
