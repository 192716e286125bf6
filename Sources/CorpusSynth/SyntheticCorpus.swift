// Deterministic synthetic page dumps with the facts they plant, for benchmarks and recall checks.
import Foundation

/// A synthetic corpus: `synth_00000.txt …` plus `planted-facts.jsonl`, the same bytes for the same
/// seed and article count on any machine.
public enum SyntheticCorpus {
  /// What a run wrote.
  public struct Summary: Hashable, Sendable, CustomStringConvertible {
    public var files: Int
    public var articles: Int
    /// Bytes of the page files (the facts file not included).
    public var bytes: Int
    public var plantedFacts: Int

    public var description: String {
      "\(files) files, \(articles) articles, \(bytes) bytes, \(plantedFacts) planted facts"
    }
  }

  /// The planted facts, one JSON object per line.
  public static let factsFileName = "planted-facts.jsonl"
  /// Articles per page file, drawn per page around 20.
  static let articlesPerPage = 16...24

  /// `synth_00042.txt`: zero-padded so the files sort in order.
  public static func pageName(_ index: Int) -> String {
    let digits = String(index)
    return "synth_" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + ".txt"
  }

  /// Writes `articles` articles into `folder` (created if missing), page by page, and the facts
  /// planted in them. Existing files of the same names are replaced.
  public static func write(articles: Int, seed: UInt64, to folder: String) throws -> Summary {
    let directory = URL(fileURLWithPath: folder, isDirectory: true)
    try attempt(folder) { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }
    let factsURL = directory.appendingPathComponent(factsFileName)
    try attempt(factsURL.path) { try Data().write(to: factsURL) }
    let factsFile = try attempt(factsURL.path) { try FileHandle(forWritingTo: factsURL) }
    defer { try? factsFile.close() }

    var summary = Summary(files: 0, articles: 0, bytes: 0, plantedFacts: 0)
    for (index, count) in pagePlan(articles: articles, seed: seed).enumerated() {
      let page = Page.write(index: index, articles: count, rng: pageStream(index, seed: seed))
      let pageURL = directory.appendingPathComponent(pageName(index))
      let bytes = Data(page.bytes)
      try attempt(pageURL.path) { try bytes.write(to: pageURL) }
      if !page.facts.isEmpty {
        let lines = page.facts.map(\.jsonLine).joined(separator: "\n") + "\n"
        try attempt(factsURL.path) { try factsFile.write(contentsOf: Data(lines.utf8)) }
      }
      summary.files += 1
      summary.articles += count
      summary.bytes += bytes.count
      summary.plantedFacts += page.facts.count
    }
    return summary
  }

  /// A stamp of what the generator writes for `seed`: an FNV-1a hash of its first pages and their
  /// planted facts. A corpus written once and kept (`make bench`) is stale when the stamp it was
  /// written with differs, as it does after any change to the shapes or the page layout.
  public static func fingerprint(seed: UInt64, pages: Int = 3) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ bytes: some Sequence<UInt8>) {
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    for (index, count) in pagePlan(articles: pages * articlesPerPage.upperBound, seed: seed).prefix(pages).enumerated() {
      let page = Page.write(index: index, articles: count, rng: pageStream(index, seed: seed))
      mix(page.bytes)
      for fact in page.facts { mix(fact.jsonLine.utf8) }
    }
    return String(hash, radix: 16)
  }

  /// Removes what an earlier run wrote into `folder` (page files and the facts file), nothing else.
  public static func removePreviousOutput(in folder: String) throws {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names.sorted() where name == factsFileName || (name.hasPrefix("synth_") && name.hasSuffix(".txt")) {
      let path = (folder as NSString).appendingPathComponent(name)
      try attempt(path) { try FileManager.default.removeItem(atPath: path) }
    }
  }

  /// How many articles each page gets: 16–24 until the total is reached.
  static func pagePlan(articles: Int, seed: UInt64) -> [Int] {
    var rng = SplitMix64(seed: seed).fork(0)
    var plan: [Int] = []
    var remaining = max(0, articles)
    while remaining > 0 {
      let count = min(remaining, rng.int(articlesPerPage))
      plan.append(count)
      remaining -= count
    }
    return plan
  }

  /// Page `index`'s own random stream: pages do not depend on each other's draws.
  static func pageStream(_ index: Int, seed: UInt64) -> SplitMix64 {
    SplitMix64(seed: seed).fork(UInt64(index) + 1)
  }

  private static func attempt<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw SynthError.cannotWrite(path: path, reason: error.localizedDescription) }
  }
}

/// A file the generator could not write.
public enum SynthError: Error, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "\(path): error: cannot write: \(reason)"
    }
  }
}
