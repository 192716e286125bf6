import Foundation
import Testing

@testable import CorpusSynth

@Suite struct SyntheticCorpusTests {
  @Test func sameSeedGivesTheSameBytes() throws {
    let first = try TestCorpus(articles: 90, seed: 3)
    let second = try TestCorpus(articles: 90, seed: 3)
    defer { first.remove(); second.remove() }
    let a = try first.files()
    let b = try second.files()
    #expect(a.map(\.name) == b.map(\.name))
    for (x, y) in zip(a, b) { #expect(x.data == y.data, "\(x.name) differs between two runs") }
    #expect(first.summary == second.summary)
  }

  @Test func differentSeedsDiffer() throws {
    let first = try TestCorpus(articles: 40, seed: 1)
    let second = try TestCorpus(articles: 40, seed: 2)
    defer { first.remove(); second.remove() }
    #expect(try first.pages().map(\.text) != second.pages().map(\.text))
    #expect(try first.facts() != second.facts())
  }

  /// Every article carries exactly one byline marker: 本报讯, a 本报记者 line, or a photo credit.
  @Test(arguments: [1, 17, 137])
  func writesTheArticlesAskedFor(articles: Int) throws {
    let corpus = try TestCorpus(articles: articles, seed: UInt64(articles))
    defer { corpus.remove() }
    var markers = 0
    for page in try corpus.pages() {
      markers += page.text.components(separatedBy: "本报讯").count - 1
      for line in page.text.split(separator: "\n") {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let credit = trimmed.hasSuffix("摄影报道") || trimmed.hasSuffix(" 摄")
        let reporterLine = (trimmed.hasPrefix("本报记者") || trimmed.hasPrefix("本报通讯员")) && !trimmed.contains("摄")
        if credit || reporterLine { markers += 1 }
      }
    }
    #expect(markers == articles)
    #expect(corpus.summary.articles == articles)
    #expect(corpus.summary.files == (try corpus.pages().count))
  }

  @Test func summaryCountsWhatWasWritten() throws {
    let corpus = try TestCorpus(articles: 70, seed: 9)
    defer { corpus.remove() }
    let pages = try corpus.pages()
    #expect(corpus.summary.bytes == pages.reduce(0) { $0 + $1.text.utf8.count })
    #expect(corpus.summary.plantedFacts == (try corpus.facts().count))
    #expect(corpus.summary.plantedFacts > 70, "a corpus of 70 articles plants well over one fact per article")
  }

  /// A fact's line holds the start of its quantity; the rest may run onto the next non-blank line.
  @Test func factLinesPointAtTheirQuantities() throws {
    let corpus = try TestCorpus(articles: 300, seed: 5)
    defer { corpus.remove() }
    let pages = Dictionary(uniqueKeysWithValues: try corpus.pages().map { ($0.name, $0.text.components(separatedBy: "\n")) })
    let facts = try corpus.facts()
    for fact in facts {
      let lines = try #require(pages[fact.file])
      try #require(fact.line >= 1 && fact.line <= lines.count, "\(fact.file):\(fact.line) is outside the file")
      let here = folded(lines[fact.line - 1])
      let next = lines[fact.line...].first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(folded) ?? ""
      let surface = folded(fact.surface)
      let joined = here + next
      let start = joined.range(of: surface).map { joined.distance(from: joined.startIndex, to: $0.lowerBound) }
      #expect(start != nil && start! < here.count, "\(fact.file):\(fact.line): \(fact.surface) not at its line")
      #expect(fact.quote.contains(fact.surface), "the quote \(fact.quote) lacks \(fact.surface)")
    }
  }

  @Test func factsFollowTheQualifierRules() throws {
    let corpus = try TestCorpus(articles: 300, seed: 11)
    defer { corpus.remove() }
    let facts = try corpus.facts()
    for fact in facts {
      switch fact.qualifier {
      case .exact: #expect(fact.low != nil && fact.low == fact.high, "\(fact.surface)")
      case .moreThan, .atLeast: #expect(fact.low != nil && fact.high == nil, "\(fact.surface)")
      case .nearly, .lessThan: #expect(fact.low == nil && fact.high != nil, "\(fact.surface)")
      case .about: #expect(fact.low == nil && fact.high == nil, "\(fact.surface)")
      case .range: #expect(fact.low != nil && fact.high != nil && fact.low! < fact.high!, "\(fact.surface)")
      }
      #expect(fact.metric != .other)
      #expect(fact.unit.map { fact.surface.contains($0) } ?? false, "\(fact.surface) lacks its unit")
    }
    // Every qualifier the generator prints shows up in a corpus this size.
    let seen = Set(facts.map(\.qualifier))
    #expect(seen == [.exact, .moreThan, .atLeast, .nearly, .about, .range])
  }

  /// Each page is one year (2015–2030), stated outright on the page; the corpus states the programme's start.
  @Test func yearsAreStatedAndInRange() throws {
    let corpus = try TestCorpus(articles: 200, seed: 13)
    defer { corpus.remove() }
    let pages = try corpus.pages()
    let facts = try corpus.facts()
    #expect(folded(pages[0].text).contains("\(Desk.programmeStart)年"))
    for page in pages {
      // NB: the level a figure is compared with (`较2018年的900名`) is its own year's.
      let own = facts.filter { fact in
        fact.file == page.name && !fact.cumulative && !folded(fact.quote).contains("较\(fact.year.map(String.init) ?? "-")年的")
      }
      let years = Set(own.compactMap(\.year))
      let pageYears = years.subtracting([Desk.programmeStart])
      #expect(pageYears.count <= 1, "\(page.name) mixes years \(years.sorted())")
      for year in pageYears { #expect(folded(page.text).contains("\(year)年"), "\(page.name) never states \(year)") }
    }
    for fact in facts {
      #expect((2015...2030).contains(fact.year ?? 0), "\(fact.file):\(fact.line) year \(String(describing: fact.year))")
      if fact.cumulative { #expect(fact.periodEnd == fact.year) }
    }
  }
}

@Suite struct PreviousOutputTests {
  /// `--force` clears an earlier corpus (pages and facts) but nothing else in the folder.
  @Test func removesOnlyWhatARunWrote() throws {
    let corpus = try TestCorpus(articles: 50, seed: 1)
    defer { corpus.remove() }
    let other = corpus.folder.appendingPathComponent("notes.txt")
    try Data("keep".utf8).write(to: other)
    try SyntheticCorpus.removePreviousOutput(in: corpus.folder.path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.folder.path) == ["notes.txt"])
  }

  /// The generator's stamp is the same for the same seed and tells seeds apart, so a kept corpus is
  /// written again only when what the generator writes has changed.
  @Test func theGeneratorsStampIsStableAndTellsSeedsApart() {
    #expect(SyntheticCorpus.fingerprint(seed: 3) == SyntheticCorpus.fingerprint(seed: 3))
    #expect(SyntheticCorpus.fingerprint(seed: 3) != SyntheticCorpus.fingerprint(seed: 4))
  }
}
