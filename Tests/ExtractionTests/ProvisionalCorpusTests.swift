import Foundation
import NewsCorpus
import Testing

@testable import Extraction

/// Files extracted with their own start years are redone exactly when the corpus's start years
/// would change what they read, and the pipeline still gives what the in-memory reference gives.
@Suite struct ProvisionalCorpusTests {
  /// The file counting the anniversary after, then before, the file stating the start.
  @Test(arguments: [(Page.start, Page.anniversary, 1), (Page.anniversary, Page.start, 0)])
  func anAnniversaryOfAStartStatedInAnotherFileIsRedone(a: String, b: String, counting: Int) throws {
    let (provisional, corpus) = try load(["a.txt": a, "b.txt": b])
    #expect(provisional.filesToRedo == [counting])
    #expect(corpus.articles[counting].year == 2024)
    #expect(corpus.articles[counting].yearEvidence.quote.contains("连续第十年"))
    #expect(corpus.articles[counting].yearEvidence.reason == .anniversary(programme: "暖心伴考", ordinal: 10))
  }

  @Test func theStartOfAFromNowSpanStatedInAnotherFileIsRedone() throws {
    let (provisional, corpus) = try load(["a.txt": Page.growth, "b.txt": Page.start])
    #expect(provisional.filesToRedo == [0])
    let first = try #require(corpus.facts.first { $0.surface == "10名" })
    #expect(first.year == 2015)
  }

  @Test func anEarlierStartInAnotherFileRedoesAFileThatStatesItsOwn() throws {
    let later = "伴考再出发\n\n本报讯（记者 陆川）从2016年开始，“暖心伴考”守在考场外。今年是“暖心伴考”连续第十年。\n"
    let (provisional, corpus) = try load(["a.txt": later, "b.txt": Page.start])
    #expect(provisional.filesToRedo == [0])
    #expect(corpus.articles.first?.year == 2024)
  }

  @Test func filesWhoseYearsNeedNoOtherFilesStartAreNotRedone() throws {
    let own = "伴考再出发\n\n本报讯（记者 陆川）从2015年开始，“暖心伴考”守在考场外。今年是“暖心伴考”连续第十年。\n"
    let dated = "伴考再出发\n\n本报讯（记者 陆川）2024年是“暖心伴考”连续第十年守在考场外。\n"
    let (provisional, corpus) = try load(["a.txt": Page.start, "b.txt": own, "c.txt": dated])
    #expect(provisional.filesToRedo.isEmpty)
    #expect(corpus.articles.map(\.year) == [2024, 2024, 2024])
  }

  /// Writes `files` to a fresh folder and loads it on 1 and 2 threads, checking both against the
  /// in-memory reference; returns the extraction pass and the model.
  func load(
    _ files: [String: String], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (ProvisionalCorpus, ParsedCorpus) {
    let folder = try PageFolder(files)
    let reference = ParsedCorpus(try Corpus.load(from: folder.path))
    var loaded: (ProvisionalCorpus, ParsedCorpus)?
    for workers in [1, 2] {
      let pipeline = try CorpusPipeline(folder: folder.path, workers: workers)
      let provisional = pipeline.extract(banners: pipeline.banners())
      let corpus = pipeline.redo(provisional)
      expectSame(corpus, reference, sourceLocation: sourceLocation)
      loaded = (provisional, corpus)
    }
    return loaded!
  }
}

/// One-article pages about 暖心伴考.
private enum Page {
  /// States the start of 暖心伴考; its article is dated by its own explicit year.
  static let start = "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会继续开展“暖心伴考”服务。从2015年开始，“暖心伴考”已走过十年。\n"
  /// Counts a year of 暖心伴考 and states no year of its own.
  static let anniversary = "伴考再出发\n\n本报讯（记者 陆川）今年是“暖心伴考”连续第十年守在考场外。\n"
  /// A figure at the start of a `从…到现在` span, with the page's year stated in another sentence.
  static let growth = "伴考队伍壮大\n\n本报讯（记者 陆川）今年是2024年。“暖心伴考”从10名职工志愿者参与到现在千余名职工志愿者倾情服务。\n"
}
