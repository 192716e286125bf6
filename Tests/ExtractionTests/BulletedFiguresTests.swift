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

/// A box set with numbered items (`①`, `②`) reads item by item like a bulleted one; an aside in
/// brackets after a figure (`260人（2015年仅30人）`) neither names what it counts nor dates it, and
/// its past year does not date the page's story.
@Test func numberedItemsAreBulletsAndAnAsideIsTheAsides() throws {
  let page = """
    丰台工会｜一图读懂“暖心伴考”
    丰台区总工会 2018-06-07

    ① 志愿者：260人（2015年仅30人）
    ② 服务站点：14个
    ③ 志愿服务队：21支

    """
  let facts = try factsOnPage(page)
  #expect(facts.map { "\($0.surface):\($0.metric.rawValue):\($0.year.map(String.init) ?? "-")" } == [
    "260人:volunteers:2018", "30人:volunteers:2015", "14个:stations:2018", "21支:volunteer_teams:2018",
  ])
}

/// The rows of a ranking under a bulleted heading count what its name counts (`（驿站数）`), each for
/// the street it names.
@Test func aRankingCountsWhatItsHeadingNames() throws {
  let page = """
    朝阳区驿站半年报

    本报讯（记者 李明）截至今年6月底，朝阳区已建成户外劳动者暖心驿站1186个。

    ■ 街乡排行（驿站数）
    1. 望京街道　　58个
    2. 建外街道　　47个

    """
  let facts = try factsOnPage(page).filter { $0.line > 3 }
  #expect(facts.map { "\($0.surface):\($0.metric.rawValue):\($0.locality ?? "-")" } == [
    "58个:stations:望京街道", "47个:stations:建外街道",
  ])
}

/// A box's later rows that name only a part of what its first row counts are that part, under
/// another heading of the box too: a breakdown's word names it (`上半年新建` → 新增), else its label;
/// a row that names its own noun counts that, and a share counts nothing.
@Test func aBoxsRowsThatNameOnlyAPartAreItsTotalsParts() throws {
  let page = """
    朝阳区暖心驿站半年报

    本报讯（记者 李明）截至今年6月底，朝阳区驿站建设情况如下。

    ■ 驿站总量
    · 全区驿站：1186个
    · 上半年新建：64个
    · 提档升级：120个

    ■ 承建单位
    · 银行网点：402个
    · 上半年服务：86.5万人次
    · 同比增长：12.3%

    """
  let facts = try factsOnPage(page)
  #expect(facts.map { "\($0.surface):\($0.metric.rawValue)/\($0.subtype ?? "-")@\($0.scope.label)" } == [
    "1186个:stations/-@朝阳区", "64个:stations/新增@朝阳区", "120个:stations/改造提升@朝阳区", "402个:stations/银行网点@朝阳区",
    "86.5万人次:people_served/-@朝阳区",
  ])
}
