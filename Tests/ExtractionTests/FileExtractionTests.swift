import NewsCorpus
import Testing

@testable import Extraction

/// What the loader keeps of one file.
@Suite struct FileExtractionTests {
  /// Two figures of one sentence, and a station mentioned in it, quote one copy of the sentence.
  @Test func figuresOfOneSentenceShareTheirQuote() throws {
    let page = "伴考十年路\n\n本报讯（记者 陆川）2024年6月，市总工会设立76个伴考服务站点，1,176名职工志愿者轮班值守。\n"
    let file = try FileExtraction(
      bytes: Array(page.utf8), file: "/corpus/a.txt", banners: BannerKeys([]), starts: ProgrammeStarts(),
      extractor: FactExtractor())
    #expect(file.facts.map(\.surface) == ["76个", "1,176名"])
    #expect(file.facts[0].quote == file.facts[1].quote)
    #expect(storage(file.facts[0].quote) == storage(file.facts[1].quote))
  }

  func storage(_ string: String) -> UnsafePointer<UInt8>? {
    string.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
  }
}
