// Shared test helpers: scratch folders, the four reports built from a corpus, paths of the package.
import Analysis
import Extraction
import Foundation
import Testing
import ReportKit
import XlsxReader

/// A scratch folder removed when the test ends.
struct Scratch: ~Copyable {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("report-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// The four reports, composed exactly as their notebooks compose them.
enum Reports {
  static let names = ReportCatalog.names

  static func content(_ name: String, _ corpus: ParsedCorpus) -> any ReportContent {
    ReportCatalog.content(name, corpus)!
  }

  /// Writes report `name` for `corpus` into `folder`; returns the workbook and the summary.
  @discardableResult
  static func write(_ name: String, _ corpus: ParsedCorpus = Fixture.corpus, into folder: String, lang: Language = .zh) throws -> (book: XlsxFile, summary: String) {
    let options = try ReportOptions.parse(["--seeds", "fixture-seeds", "--out", folder, "--lang", lang.rawValue, "--quiet"])
    let report = Report(name: name, options: options)
    try report.write(content(name, corpus), corpus: corpus)
    return (try XlsxFile(path: report.workbookPath), try String(contentsOfFile: report.summaryPath, encoding: .utf8))
  }
}

/// Paths of the package under test.
enum Package {
  /// The package root (this file is Tests/ReportTests/Support.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let seeds = root + "/seeds"
  static let committedReports = root + "/reports"

  /// The folder holding the built executables (beside the test bundle).
  static let binaries: String = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      url = url.deletingLastPathComponent()
      if FileManager.default.isExecutableFile(atPath: url.path + "/report-corpus") { return url.path }
    }
    return root + "/.build/debug"
  }()
}

/// True once `ParsedCorpus.load(from:)` really parses the seeds (the extractor is merged);
/// the seed end-to-end tests are enabled by it.
let parsedCorpusIsReal: Bool = (try? ParsedCorpus.load(from: Package.seeds)) != nil

/// The reason shown when the seed tests are skipped.
let needsExtractor: Comment = "ParsedCorpus.load(from: seeds) still throws: the extractor is not merged yet"

extension SheetContent {
  /// Row `n` (1-based) as text, for finding rows by their first cell.
  func row(where column: String, equals text: String) -> Int? {
    cells.compactMap { ref, value -> Int? in
      guard ref.hasPrefix(column), value.string == text, let n = Int(ref.dropFirst(column.count)) else { return nil }
      return n
    }.min()
  }

  /// The column letter whose header (row 1) is `title`.
  func column(titled title: String) -> String? {
    cells.compactMap { ref, value -> String? in
      guard ref.hasSuffix("1"), ref.dropLast().allSatisfy(\.isLetter), value.string == title else { return nil }
      return String(ref.dropLast())
    }.first
  }

  /// Every string on the sheet, for "is it shown somewhere" checks.
  var allText: String { cells.keys.sorted().compactMap { cells[$0]?.string }.joined(separator: "\n") }
}
