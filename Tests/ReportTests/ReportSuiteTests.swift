import ReportKit
import Testing

/// `corpus reports --only corpus corpus` writes the audit once (and does not trap on the repeat).
@Test func aReportNamedTwiceIsWrittenOnce() throws {
  let options = try ReportOptions.parse(["--quiet"])
  let suite = ReportSuite(options: options, names: ["corpus", "station-counts", "corpus"], workers: 1)
  #expect(suite.names == ["corpus", "station-counts"])
}
