import NewsCorpus
import Testing

@testable import Extraction

/// Files merged in order as they finish, and redone files put back in their own place.
@Suite struct MergedFilesTests {
  @Test func eachFileKnowsWhereItsResultsLie() throws {
    let merged = try merge([.success(a), .failure(unreadable), .success(b)])
    #expect(merged.corpus.files.map(\.file) == ["a.txt", "b.txt"])
    #expect(merged.spans.map(\.files) == [0..<1, 1..<1, 1..<2])
    #expect(merged.spans.map(\.diagnostics) == [0..<0, 0..<1, 1..<1])
    #expect(merged.spans[0].facts == 0..<a.facts.count)
    #expect(merged.spans[2].facts == a.facts.count..<a.facts.count + b.facts.count)
    #expect(merged.spans[2].articles.count == b.articles.count)
    #expect(merged.spans[2].stationMentions.count == b.stationMentions.count)
  }

  @Test func aRedoneFileTakesTheRedoneResultsInPlace() throws {
    var merged = try merge([.success(a), .success(b)])
    let storage = merged.corpus.facts.withUnsafeBufferPointer { $0.baseAddress }
    let changed = try extraction(of: Page.b, named: "b.txt", starts: ["暖心伴考": 2014])
    merged.replace(file: 1, with: .success(changed))
    #expect(merged.corpus.facts.withUnsafeBufferPointer { $0.baseAddress } == storage)
    let model = merged.model()
    expectSame(model, try merge([.success(a), .success(changed)]).corpus)
    #expect(model.facts.first { $0.surface == "10名" }?.year == 2014)
  }

  /// A redone file whose results changed in number (it could not be read again, or now reads) is
  /// put in its place too, whatever the order of the replacements.
  @Test func aRedoneFileWhoseResultsChangeInNumberIsPutInPlace() throws {
    var merged = try merge([.success(a), .failure(unreadable), .success(b), .success(a)])
    merged.replace(file: 1, with: .success(b))
    merged.replace(file: 3, with: .success(a))
    merged.replace(file: 0, with: .failure(unreadable))
    expectSame(merged.model(), try merge([.failure(unreadable), .success(b), .success(b), .success(a)]).corpus)
  }

  @Test func growingForTheBytesStillToComeGivesTheSameModel() throws {
    let files: [Result<FileExtraction, CorpusDiagnostic>] = [.success(a), .failure(unreadable), .success(b)]
    var merged = MergedFiles(bytes: 3 * 100)
    for file in files {
      merged.append(file, bytes: 100)
    }
    expectSame(merged.model(), try merge(files).corpus)
    #expect(merged.spans == (try merge(files)).spans)
  }

  @Test func splicingKeepsEverythingBetweenTheSpans() {
    var array = Array(0..<10)
    MergedFiles.splice(&array, [1..<3, 5..<5, 8..<10], [[-1], [-2, -3], []])
    #expect(array == [0, -1, 3, 4, -2, -3, 5, 6, 7])
    var same = Array(0..<10)
    MergedFiles.splice(&same, [1..<3, 8..<10], [[-1, -2], [-3, -4]])
    #expect(same == [0, -1, -2, 3, 4, 5, 6, 7, -3, -4])
  }

  let a = try! extraction(of: Page.a, named: "a.txt")
  let b = try! extraction(of: Page.b, named: "b.txt")
  let unreadable = CorpusDiagnostic(at: NewsCorpus.SourceLocation(file: "gone.txt", line: 1), .unreadable("gone"))

  func merge(_ files: [Result<FileExtraction, CorpusDiagnostic>]) throws -> MergedFiles {
    var merged = MergedFiles()
    for file in files {
      merged.append(file)
    }
    return merged
  }
}

private func extraction(of page: String, named name: String, starts: [String: Int] = [:]) throws -> FileExtraction {
  let programmeStarts = ProgrammeStarts(yearsByName: starts)
  return try FileExtraction(
    bytes: Array(page.utf8), file: "/corpus/" + name, banners: BannerKeys([]), starts: programmeStarts,
    extractor: FactExtractor(programmeStarts: ParsedCorpus.programmeIds(programmeStarts)))
}

/// One-article pages with figures.
private enum Page {
  static let a = "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会设立76个伴考服务站点，1,176名职工志愿者轮班值守。\n"
  /// A figure counted from the start of 暖心伴考, which the page does not state.
  static let b = "伴考队伍壮大\n\n本报讯（记者 陆川）今年是2024年。“暖心伴考”从10名职工志愿者参与到现在千余名职工志愿者倾情服务。\n"
}
