// Writes small synthetic corpora into temporary folders for the tests, and reads them back.
import Foundation

@testable import CorpusSynth

/// A corpus written by `SyntheticCorpus.write` into a fresh temporary folder.
struct TestCorpus {
  let folder: URL
  let summary: SyntheticCorpus.Summary

  init(articles: Int, seed: UInt64) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("synth-test-\(UUID().uuidString)")
    summary = try SyntheticCorpus.write(articles: articles, seed: seed, to: folder.path)
  }

  /// Every file the run wrote, by name, in name order.
  func files() throws -> [(name: String, data: Data)] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
      (name, try Data(contentsOf: folder.appendingPathComponent(name)))
    }
  }

  /// The page files' text, by name.
  func pages() throws -> [(name: String, text: String)] {
    try files().filter { $0.name.hasPrefix("synth_") }.map { ($0.name, String(decoding: $0.data, as: UTF8.self)) }
  }

  func facts() throws -> [PlantedFact] {
    try PlantedFact.load(from: folder.appendingPathComponent(SyntheticCorpus.factsFileName).path)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// ASCII the way readers compare: full-width digits folded, spaces dropped.
func folded(_ text: some StringProtocol) -> String {
  String(
    String.UnicodeScalarView(
      text.unicodeScalars.compactMap { scalar in
        if scalar == " " || scalar == "\u{3000}" { return nil }
        if ("０"..."９").contains(scalar) { return Unicode.Scalar(scalar.value - 0xFEE0) }
        return scalar
      }))
}
