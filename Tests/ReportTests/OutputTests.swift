// Output behaviour: byte-identical reruns, both-or-neither files, English with --lang en.
import Analysis
import Extraction
import Foundation
import ReportKit
import Testing
import XlsxReader

@Suite struct OutputTests {
  @Test(arguments: Reports.names)
  func sameInputGivesIdenticalBytes(name: String) throws {
    let first = try Scratch()
    let second = try Scratch()
    try Reports.write(name, into: first.path)
    try Reports.write(name, into: second.path)
    for file in ["\(name).xlsx", "\(name).md"] {
      #expect(FileManager.default.contents(atPath: first.file(file)) == FileManager.default.contents(atPath: second.file(file)), "\(file)")
    }
  }

  /// A report whose own sheets fail half way.
  struct Failing: ReportContent {
    struct Broken: Error {}
    func title(_ l: Language) -> String { "失败" }
    func question(_ l: Language) -> String { "" }
    func findings(_ l: Language) -> [String] { [] }
    var quality: QualityReview { QualityReview(issues: [], coverage: .corpus) }
    var keywords: String { "" }
    func writeSheets(to book: ReportBook) throws {
      _ = try book.addSheet("半张表", about: "")
      throw Broken()
    }
  }

  @Test func aFailureWritesNothingAndKeepsTheLastGoodFiles() throws {
    let scratch = try Scratch()
    let options = try ReportOptions.parse(["--out", scratch.path, "--quiet"])
    #expect(throws: Failing.Broken.self) { try Report(name: "x", options: options).write(Failing(), corpus: Fixture.corpus) }
    #expect(try scratch.entries().isEmpty)
    try Reports.write("corpus", into: scratch.path)
    let good = try scratch.entries()
    let bytes = FileManager.default.contents(atPath: scratch.file("corpus.xlsx"))
    #expect(throws: Failing.Broken.self) { try Report(name: "corpus", options: options).write(Failing(), corpus: Fixture.corpus) }
    #expect(try scratch.entries() == good)
    #expect(FileManager.default.contents(atPath: scratch.file("corpus.xlsx")) == bytes)
  }

  @Test func theMeasuredWriteWritesTheSameFilesAndTimesOnlyTheClose() throws {
    let plain = try Scratch()
    let measured = try Scratch()
    let (_, summary) = try Reports.write("station-counts", into: plain.path)
    let options = try ReportOptions.parse(["--seeds", "fixture-seeds", "--out", measured.path, "--quiet"])
    let report = Report(name: "station-counts", options: options)
    let before = ThreadClock.now()
    let written = try report.writeMeasured(Reports.content("station-counts", Fixture.corpus), corpus: Fixture.corpus)
    let whole = before.elapsed()
    #expect(written.summary == summary)
    for file in ["station-counts.xlsx", "station-counts.md"] {
      #expect(FileManager.default.contents(atPath: plain.file(file)) == FileManager.default.contents(atPath: measured.file(file)), "\(file)")
    }
    // The close is part of the write, on the writing thread: never negative, never more than the whole.
    #expect(written.closing.wall >= 0 && written.closing.wall <= whole.wall)
    #expect(written.closing.cpu >= 0 && written.closing.cpu <= whole.cpu)
  }

  @Test func englishSwitchesHeadersSentencesAndSummary() throws {
    let scratch = try Scratch()
    let (book, summary) = try Reports.write("volunteer-growth", into: scratch.path, lang: .en)
    #expect(book.sheetNames.first == "概览")  // sheet names stay Chinese in both languages
    let years = try book.sheet("年度数据")
    #expect(years["A1"]?.string == "Year" && years.column(titled: "Volunteers (名)") != nil)
    #expect(summary.hasPrefix("# The 暖心伴考 service year by year (2016–2022)\n"))
    #expect(summary.contains("## Key findings"))
    #expect(summary.contains("Volunteers (名): 12名 in 2016 → 近500名 / 600余名 (sources disagree) in 2022."))
    #expect(try book.sheet("概览").allText.contains("Legend"))
  }

  @Test func creationDateFollowsTheLatestYear() {
    #expect(Fixture.corpus.creationDate == Date(timeIntervalSince1970: 1_672_531_200))  // 2023-01-01
    #expect(ParsedCorpus(files: [], articles: [], facts: [], stationMentions: [], diagnostics: []).creationDate == nil)
  }
}
