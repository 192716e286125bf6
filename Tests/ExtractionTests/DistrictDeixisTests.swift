// A sentence about "our district" speaks for the district its speaker is named with, not the whole city.
import Testing
import NewsCorpus
@testable import Extraction

/// Every stations figure of a one-article page about the whole city, as `surface@place`.
private func stations(_ body: String) throws -> [String] {
  try factsOnPage(oneArticlePage("2019年6月7日，全市共设立服务站点98个。" + body, headline: "全市暖心伴考服务全面启动"))
    .filter { $0.metric == .stations }.map { "\($0.surface)@\($0.scope.label)" }
}

@Test(arguments: [
  // The speaker named after the quote.
  ("“去年我们区只有5个站点，今年增加到了9个。”延庆区总工会相关负责人表示。", ["98个@全市", "5个@延庆区", "9个@延庆区"]),
  // Else the last district named before it.
  ("怀柔区总工会负责人介绍，本区今年设立站点6个。", ["98个@全市", "6个@怀柔区"]),
  ("记者来到怀柔区。“我区今年设立站点6个。”一位工作人员说。", ["98个@全市", "6个@怀柔区"]),
  // 该区 is the district just named, not the pair the paragraph opened with.
  ("顺义区、昌平区今年设立站点23个。昌平区的规模更大。今年该区设立站点14个。", ["98个@全市", "23个@顺义区、昌平区", "14个@昌平区"]),
])
func aSentenceAboutOurDistrictCountsForTheSpeakersDistrict(_ body: String, _ expected: [String]) throws {
  #expect(try stations(body) == expected)
}

@Test(arguments: [
  ("我区", true), ("我们区", true), ("本区今年", true), ("本区域内", false), ("社区里", false), ("全区", false),
  // 该区 points at the district just named, not the speaker's.
  ("该区", false),
])
func theWordsForOurDistrict(_ text: String, _ expected: Bool) {
  #expect(DistrictDeixis.speaksForADistrict(Array(text.unicodeScalars)[...]) == expected)
}
