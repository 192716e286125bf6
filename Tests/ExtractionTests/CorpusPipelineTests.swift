import Foundation
import NewsCorpus
import Synchronization
import Testing

@testable import Extraction

/// The streaming loader gives exactly what the in-memory loader gives, on any number of threads.
@Suite struct CorpusPipelineTests {
  @Test(arguments: [1, 2, 7])
  func matchesTheInMemoryReference(workers: Int) throws {
    let reference = ParsedCorpus(try Corpus.load(from: SeedModel.seeds))
    let streamed = try CorpusPipeline(folder: SeedModel.seeds, workers: workers).run()
    expectSame(streamed, reference)
    #expect(!streamed.facts.isEmpty)
  }

  @Test func reportsEveryFileOfEveryPass() throws {
    let seen = Mutex<[LoadProgress]>([])
    let pipeline = try CorpusPipeline(folder: SeedModel.seeds, workers: 2) { progress in
      seen.withLock { $0.append(progress) }
    }
    let provisional = pipeline.extract(banners: pipeline.banners())
    let corpus = pipeline.redo(provisional)
    let reports = seen.withLock { $0 }
    let redone = provisional.filesToRedo.map { pipeline.files[$0] }
    #expect(!redone.isEmpty, "the seeds count 连续第9年 of a programme started in another file")
    for pass in LoadProgress.Pass.modelLoad {
      let files = pass == .redo ? redone : pipeline.files
      let bytes = files.reduce(0) { $0 + $1.bytes }
      let ofPass = reports.filter { $0.pass == pass }
      #expect(ofPass.map(\.filesDone) == Array(1...files.count))
      #expect(ofPass.last?.bytesDone == bytes)
      #expect(ofPass.allSatisfy { $0.bytesTotal == bytes && $0.filesTotal == files.count })
    }
    #expect(reports.last { $0.pass == .extraction }?.articles == corpus.articles.count)
    #expect(reports.last { $0.pass == .redo }?.articles == provisional.articlesToRedo)
    #expect(reports.last { $0.pass == .banners }?.articles == 0)
  }

  /// The extraction pass merges files as they finish; the redo puts its files in place in those
  /// arrays rather than copying them.
  @Test func theRedoChangesTheExtractionsArraysInPlace() throws {
    let pipeline = try CorpusPipeline(folder: SeedModel.seeds, workers: 2)
    let provisional = pipeline.extract(banners: pipeline.banners())
    #expect(!provisional.filesToRedo.isEmpty)
    let storage = provisional.merged.corpus.facts.withUnsafeBufferPointer { $0.baseAddress }
    let corpus = pipeline.redo(consume provisional)
    #expect(corpus.facts.withUnsafeBufferPointer { $0.baseAddress } == storage)
    expectSame(corpus, ParsedCorpus(try Corpus.load(from: SeedModel.seeds)))
  }

  @Test func aBadFileBecomesADiagnosticAndTheRestLoads() throws {
    let folder = try PageFolder()
    let seed = try #require(try CorpusFile.list(in: SeedModel.seeds).first)
    try FileManager.default.copyItem(atPath: seed.path, toPath: folder.file("a.txt"))
    try folder.write([0x00, 0x01, 0xFF, 0xFE, 0x00], as: "b.txt")
    let corpus = try CorpusPipeline(folder: folder.path, workers: 2).run()
    #expect(corpus.files.map(\.file) == ["a.txt"])
    #expect(corpus.diagnostics.map(\.file) == [folder.file("b.txt")])
    #expect(corpus.diagnostics.first?.severity == .error)
  }
}

/// Field-by-field equality, so a failure names the part that differs.
func expectSame(_ a: ParsedCorpus, _ b: ParsedCorpus, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
  #expect(a.files == b.files, sourceLocation: sourceLocation)
  #expect(a.articles == b.articles, sourceLocation: sourceLocation)
  #expect(a.facts == b.facts, sourceLocation: sourceLocation)
  #expect(a.stationMentions == b.stationMentions, sourceLocation: sourceLocation)
  #expect(a.diagnostics == b.diagnostics, sourceLocation: sourceLocation)
}
