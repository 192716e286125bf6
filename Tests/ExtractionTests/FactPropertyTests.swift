import PropertyBased
import Testing
import NewsCorpus
@testable import Extraction

/// Fact extraction never crashes, whatever the page holds, and every fact points into its page.
@Test func extractionNeverCrashesOnArbitraryPages() async {
  let alphabet = Array("零一二三四五六七八九十百千万亿两半余多近约超～-.,0123456789名个支家份人次小时志愿者服务站点伴考驿站全市朝阳区从到现在累计年今年，。；“”\n 本报讯（记者 甲）".unicodeScalars)
  let scalar = Gen.int(in: 0...(alphabet.count - 1)).map { alphabet[$0] }
  await propertyCheck(count: 300, input: scalar.array(of: 0...400)) { scalars in
    let page = String(String.UnicodeScalarView(scalars))
    guard let document = try? Document.parse(bytes: Array(page.utf8), file: "p.txt") else { return }
    let lineCount = page.split(separator: "\n", omittingEmptySubsequences: false).count
    for article in document.articles {
      for fact in FactExtractor().extract(article).facts {
        #expect((1...lineCount).contains(fact.line))
        #expect(fact.quote.contains(fact.surface.replacing(" ", with: "")) || !fact.quote.isEmpty)
      }
    }
  }
}

@Test(arguments: ["", "\n\n\n", String(repeating: "9", count: 10_000) + "名志愿者", "一千千万万名志愿者", String(repeating: "，", count: 5000)])
func extractionSurvivesExtremeInputs(page: String) {
  guard let document = try? Document.parse(bytes: Array(page.utf8), file: "p.txt") else { return }
  for article in document.articles { _ = FactExtractor().extract(article) }
}
