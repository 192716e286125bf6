// `corpus bench`: the whole pipeline on synthetic corpora of growing size, as one table.
import ArgumentParser
import CorpusSynth
import Foundation

/// Generates (or reuses) synthetic corpora, measures each in a child `corpus bench-run` and prints
/// one Markdown table.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmark decode, segment, extract, aggregate and all four workbooks on synthetic corpora.",
    discussion: """
      Build in release mode first (`make bench` does). Corpora are written once into --work and
      reused; each size runs in its own process so its peak memory is its own.
      """)

  @Option(parsing: .upToNextOption, help: "Article counts of the corpora.") var articles: [Int] = [1_000, 10_000, 100_000]
  @Option(help: "Seed of the synthetic corpora.") var seed: UInt64 = 3
  @Option(help: "Folder for corpora and outputs (kept between runs).") var work = ".build/bench"
  @Option(help: "Threads for the load (default: every core).") var workers: Int?

  func run() throws {
    // NB: first, with nothing else running: the host's speed on the day, for the table's header.
    FileHandle.standardError.write(Data("bench: host check…\n".utf8))
    let host = HostCheck.measure(threads: workers ?? ProcessInfo.processInfo.activeProcessorCount)
    var results: [BenchResult] = []
    for count in articles {
      let corpus = try ensureCorpus(articles: count)
      let out = "\(work)/out-\(count)"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      FileHandle.standardError.write(Data("bench: \(count) articles…\n".utf8))
      var arguments = ["bench-run", "--corpus", corpus.pages, "--planted", corpus.planted, "--out", out]
      if let workers { arguments += ["--workers", String(workers)] }
      results.append(try runChild(arguments))
    }
    print(BenchTable(results, host: host).markdown, terminator: "")
  }

  /// The pages folder and planted facts for `articles`, written on first use and again whenever the
  /// generator has changed since (its stamp, `SyntheticCorpus.fingerprint`, is kept beside them).
  func ensureCorpus(articles: Int) throws -> (pages: String, planted: String) {
    let base = "\(work)/synth-\(articles)-seed\(seed)"
    let pages = base + "/pages"
    let planted = base + "/planted-facts.jsonl"
    let stampPath = base + "/generator-stamp.txt"
    let stamp = SyntheticCorpus.fingerprint(seed: seed)
    let kept = try? String(contentsOfFile: stampPath, encoding: .utf8)
    if FileManager.default.fileExists(atPath: planted), kept == stamp { return (pages, planted) }
    try? FileManager.default.removeItem(atPath: base)
    FileHandle.standardError.write(Data("bench: writing a synthetic corpus of \(articles) articles…\n".utf8))
    _ = try SyntheticCorpus.write(articles: articles, seed: seed, to: pages)
    // NB: the facts file is moved out of the pages folder, or the loader would read it as a page.
    try FileManager.default.moveItem(atPath: pages + "/" + SyntheticCorpus.factsFileName, toPath: planted)
    // NB: the stamp is written last: a run cut short leaves no stamp, and the next one starts over.
    try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
    return (pages, planted)
  }

  /// Runs this executable with `arguments` and decodes the result it prints.
  func runChild(_ arguments: [String]) throws -> BenchResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidationError("corpus \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
    }
    return try JSONDecoder().decode(BenchResult.self, from: data)
  }
}
