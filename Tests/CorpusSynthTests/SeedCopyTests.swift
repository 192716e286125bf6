import Foundation
import Testing

/// The generator writes its own phrasings: no run of 8 Han characters in Sources/CorpusSynth may
/// also occur in a seed (the seeds' lines joined, so a sentence broken across lines still counts).
@Suite struct SeedCopyTests {
  /// Names and terms that the generator must print as the seeds do.
  private static let properNames = ["北京经济技术开发区", "户外劳动者暖心驿站", "新就业形态劳动者"]
  private static let window = 8
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private static func hanRuns(_ text: String) -> [[Unicode.Scalar]] {
    var runs: [[Unicode.Scalar]] = [[]]
    for scalar in text.unicodeScalars {
      if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
        runs[runs.count - 1].append(scalar)
      } else if !runs[runs.count - 1].isEmpty {
        runs.append([])
      }
    }
    return runs
  }

  private static func windows(_ text: String) -> [String] {
    hanRuns(text).flatMap { run in
      run.count < window ? [] : (0...(run.count - window)).map { String(String.UnicodeScalarView(run[$0..<($0 + window)])) }
    }
  }

  private static func files(under folder: String, ending suffix: String) throws -> [URL] {
    let base = root.appendingPathComponent(folder)
    let paths = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
    return paths.filter { $0.hasSuffix(suffix) }.sorted().map { base.appendingPathComponent($0) }
  }

  @Test func sourcesCopyNoSeedSentence() throws {
    let seeds = try Self.files(under: "seeds", ending: ".txt")
    try #require(seeds.count == 5, "expected the five seed files under \(Self.root.path)/seeds")
    var seedWindows = Set<String>()
    for seed in seeds {
      let text = try String(contentsOf: seed, encoding: .utf8).replacingOccurrences(of: "\n", with: "")
      seedWindows.formUnion(Self.windows(text))
    }
    let sources = try Self.files(under: "Sources/CorpusSynth", ending: ".swift")
    try #require(!sources.isEmpty)
    for source in sources {
      var text = try String(contentsOf: source, encoding: .utf8)
      for name in Self.properNames { text = text.replacingOccurrences(of: name, with: "|") }
      let copied = Self.windows(text).filter(seedWindows.contains)
      #expect(copied.isEmpty, "\(source.lastPathComponent) copies \(copied) from the seeds")
    }
  }
}
