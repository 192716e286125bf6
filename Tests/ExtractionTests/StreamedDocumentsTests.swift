import Foundation
import NewsCorpus
import Synchronization
import Testing

@testable import Extraction

/// `CorpusPipeline.documents` streams, file by file, the documents and records the in-memory
/// loaders give for the whole corpus, on any number of threads.
@Suite struct StreamedDocumentsTests {
  @Test(arguments: [1, 2, 7])
  func matchesTheInMemoryLoad(workers: Int) throws {
    let corpus = try Corpus.load(from: SeedModel.seeds)
    let streamed = try streamedFiles(in: SeedModel.seeds, workers: workers)
    #expect(streamed.failures.isEmpty)
    #expect(streamed.files.map(\.file) == corpus.documents.map(\.file))
    #expect(streamed.files.flatMap(\.articles) == corpus.documents.flatMap { $0.articles.map(ArticleSummary.init) })
    #expect(streamed.files.flatMap(\.records) == ParsedCorpus(corpus).articles)
    #expect(streamed.files.map(\.articles.count).reduce(0, +) > 10)
  }

  /// A page counting a year of a programme whose start a later file states: only the corpus's
  /// start years, gathered before any file is printed, date it.
  @Test func aYearCountedFromAStartInALaterFileIsResolved() throws {
    let folder = try PageFolder([
      "a.txt": "伴考再出发\n\n本报讯（记者 陆川）今年是“暖心伴考”连续第十年守在考场外。\n",
      "b.txt": "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会继续开展“暖心伴考”服务。从2015年开始，“暖心伴考”已走过十年。\n",
    ])
    let streamed = try streamedFiles(in: folder.path, workers: 2)
    #expect(streamed.files.flatMap(\.articles).map(\.year) == [2024, 2024])
    #expect(streamed.files.first?.articles.first?.evidence.contains("连续第十年") == true)
  }

  /// One file is segmented once, its own start years standing for the corpus's: the same as
  /// the in-memory load.
  @Test func aSingleFileDatesAYearFromTheStartItStates() throws {
    let folder = try PageFolder([
      "a.txt": "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会继续开展“暖心伴考”服务。从2015年开始，“暖心伴考”已走过十年。\n\n"
        + "伴考再出发\n\n本报讯（记者 陆川）今年是“暖心伴考”连续第十年守在考场外。\n"
    ])
    let corpus = try Corpus.load(from: folder.path)
    let streamed = try streamedFiles(in: folder.path, workers: 2)
    #expect(streamed.files.flatMap(\.articles) == corpus.documents.flatMap { $0.articles.map(ArticleSummary.init) })
    #expect(streamed.files.flatMap(\.records) == ParsedCorpus(corpus).articles)
    #expect(streamed.files.flatMap(\.articles).map(\.year) == [2024, 2024])
    #expect(streamed.files.first?.articles.last?.evidence.contains("连续第十年") == true)
  }

  @Test func aBadFileIsADiagnosticInItsPlaceAndTheRestPrint() throws {
    let folder = try PageFolder([
      "a.txt": "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会继续开展“暖心伴考”服务。\n",
      "c.txt": "驿站暖人心\n\n本报讯（记者 陆川）2023年，东城区新建暖心驿站12家。\n",
    ])
    try folder.write([0x00, 0x01, 0xFF, 0xFE, 0x00], as: "b.txt")
    let streamed = try streamedFiles(in: folder.path, workers: 2)
    #expect(streamed.order == ["a.txt", "b.txt", "c.txt"])
    #expect(streamed.failures.map(\.location.file) == [folder.file("b.txt")])
    #expect(streamed.files.map(\.articles.count) == [1, 1])
  }

  /// Every file of every pass is reported, as the listing's three passes.
  @Test func reportsEveryFileOfTheListingsPasses() throws {
    let seen = Mutex<[LoadProgress]>([])
    let pipeline = try CorpusPipeline(folder: SeedModel.seeds, workers: 2) { progress in
      seen.withLock { $0.append(progress) }
    }
    let articles = pipeline.documents(into: 0) { $0.document.articles.count } inOrder: { total, result in
      total += (try? result.get()) ?? 0
    }
    let reports = seen.withLock { $0 }
    let bytes = pipeline.files.reduce(0) { $0 + $1.bytes }
    for pass in LoadProgress.Pass.listing {
      let ofPass = reports.filter { $0.pass == pass }
      #expect(ofPass.map(\.filesDone) == Array(1...pipeline.files.count), "\(pass.name)")
      #expect(ofPass.last?.bytesDone == bytes)
    }
    #expect(reports.last?.articles == articles)
    #expect(reports.count == 3 * pipeline.files.count)
  }

  /// What a test compares of one streamed file.
  struct StreamedFile: Sendable {
    var file: String
    var articles: [ArticleSummary]
    var records: [ArticleRecord]
  }

  /// The fields of an article a listing prints (Article itself is not Equatable).
  struct ArticleSummary: Hashable, Sendable {
    var lines: ClosedRange<Int>
    var headline: String?
    var year: Int?
    var evidence: String
    var paragraphs: [String]
    var flags: [String]

    init(_ article: Article) {
      lines = article.lineStart...article.lineEnd
      (headline, year, evidence) = (article.headline, article.year, article.yearEvidence.quote)
      paragraphs = article.paragraphs.map(\.text)
      flags = article.flags.map(\.description)
    }
  }

  /// Every file's result in the order `combine` received them.
  struct Streamed: Sendable {
    var files: [StreamedFile] = []
    var failures: [CorpusDiagnostic] = []
    /// File names (without folder) in order, read or not.
    var order: [String] = []
  }

  func streamedFiles(in folder: String, workers: Int) throws -> Streamed {
    try CorpusPipeline(folder: folder, workers: workers).documents(into: Streamed()) { read in
      StreamedFile(file: read.document.file, articles: read.document.articles.map(ArticleSummary.init), records: read.records())
    } inOrder: { streamed, result in
      switch result {
      case .success(let file):
        streamed.files.append(file)
        streamed.order.append(URL(fileURLWithPath: file.file).lastPathComponent)
      case .failure(let diagnostic):
        streamed.failures.append(diagnostic)
        streamed.order.append(URL(fileURLWithPath: diagnostic.location.file).lastPathComponent)
      }
    }
  }
}
