import ArgumentParser

/// `corpus quantities`: parse the quantities of each line on standard input.
struct QuantitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "quantities", abstract: "Parse quantities.")
  func run() throws { throw ValidationError("not built yet") }
}
