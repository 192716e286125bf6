// `corpus`: inspect the parsed model from the command line.
import ArgumentParser

@main
struct CorpusTool: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Inspect the parsed model of the article dumps.",
    subcommands: [
      ArticlesCommand.self, QuantitiesCommand.self, FactsCommand.self, ReportsCommand.self, SynthCommand.self, BenchCommand.self,
      BenchRunCommand.self,
    ])
}
