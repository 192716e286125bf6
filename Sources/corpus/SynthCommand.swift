import ArgumentParser

/// `corpus synth`: write a deterministic synthetic corpus and the facts it plants.
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "synth", abstract: "Write a synthetic corpus.")
  func run() throws { throw ValidationError("not built yet") }
}
