import Foundation
import Testing
@testable import Extraction

/// The parsed model of the repository's seeds, loaded once for all gold tests.
enum SeedModel {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let seeds = root.appendingPathComponent("seeds").path
  static let model: ParsedCorpus = try! ParsedCorpus.load(from: seeds)

  /// A gold fixture's lines as JSON objects; `segmentation` is shared with NewsCorpusTests.
  static func gold(_ name: String) throws -> [[String: Any]] {
    let url = name == "segmentation"
      ? root.appendingPathComponent("Tests/NewsCorpusTests/Fixtures/gold/segmentation.jsonl")
      : try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures/gold"))
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }
}
