// A box of bulleted figures run into one paragraph: each item is a sentence of its own.
import Testing
import NewsCorpus
@testable import Extraction

@Test func eachBulletedItemIsItsOwnSentence() throws {
  let page = """
    数说“暖心伴考”

    ◆全市设立服务站点 98 个
    ◆发放“爱心包”   1.5万份
    ◆累计服务考生及家长 3.6万人次

    本报讯（记者 李明）2019年6月7日，高考首日，“暖心伴考”服务站在各考点开放。

    """
  let facts = try factsOnPage(page)
  // A running-total word of a later item reaches no earlier item, and each quote is its item.
  #expect(facts.map { "\($0.surface)/\($0.cumulative)/\($0.quote)" } == [
    "98个/false/全市设立服务站点98个", "1.5万份/false/发放“爱心包”1.5万份", "3.6万人次/true/累计服务考生及家长3.6万人次",
  ])
}
