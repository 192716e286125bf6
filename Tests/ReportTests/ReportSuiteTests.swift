import Foundation
import ReportKit
import Testing

/// `corpus reports --only corpus corpus` writes the audit once (and does not trap on the repeat).
@Test func aReportNamedTwiceIsWrittenOnce() throws {
  let options = try ReportOptions.parse(["--quiet"])
  let suite = ReportSuite(options: options, names: ["corpus", "station-counts", "corpus"], workers: 1)
  #expect(suite.names == ["corpus", "station-counts"])
}

/// `corpus reports --loader in-memory` writes the same bytes as the streaming loader: the check
/// `scripts/check-loaders.sh` runs on a big corpus, here on the seeds.
@Test func bothLoadersWriteTheSameReports() throws {
  let streaming = try Scratch()
  let inMemory = try Scratch()
  for (loader, folder) in [(ModelLoader.streaming, streaming.path), (.inMemory, inMemory.path)] {
    let options = try ReportOptions.parse(["--seeds", Package.seeds, "--out", folder, "--quiet"])
    _ = try ReportSuite(options: options, workers: 2, loader: loader).run()
  }
  let files = try streaming.entries()
  #expect(files.count == 2 * ReportCatalog.names.count)
  #expect(try inMemory.entries() == files)
  for file in files {
    let a = FileManager.default.contents(atPath: streaming.file(file))
    #expect(a != nil && a == FileManager.default.contents(atPath: inMemory.file(file)), "\(file)")
  }
}
