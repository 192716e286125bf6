import ArgumentParser
import CorpusSynth
import Foundation

/// `corpus synth`: write a deterministic synthetic corpus and the facts it plants.
struct SynthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "synth",
    abstract: "Write a deterministic synthetic corpus of page dumps and the facts it plants.",
    discussion: """
      Writes DIR/synth_00000.txt … (about 20 articles per page) and DIR/planted-facts.jsonl.
      The same --seed and --articles give the same bytes on any machine.
      """)

  @Option(help: "How many articles to write.") var articles: Int
  @Option(help: "Seed of the random source.") var seed: UInt64 = 1
  @Option(help: "Folder to write into; created if missing.") var out: String
  @Flag(help: "Write into a non-empty folder, replacing an earlier synthetic corpus there.") var force = false

  func validate() throws {
    guard articles > 0 else { throw ValidationError("--articles must be at least 1 (got \(articles)).") }
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
    if !existing.isEmpty, !force {
      throw ValidationError("\(out) is not empty (\(existing.count) entries); pass --force to write into it.")
    }
  }

  func run() throws {
    if force { try SyntheticCorpus.removePreviousOutput(in: out) }
    let summary = try SyntheticCorpus.write(articles: articles, seed: seed, to: out)
    FileHandle.standardError.write(Data("synth: \(summary) → \(out)\n".utf8))
  }
}
