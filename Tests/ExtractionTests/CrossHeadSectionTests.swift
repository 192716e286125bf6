// A review's sections in square brackets: each section's figures count for the programme its heading names.
import Testing
@testable import Extraction
import NewsCorpus

/// Every figure of a page as `surface:programme`, `-` for none.
private func programmes(_ page: String) throws -> [String] {
  try factsOnPage(page).map { "\($0.surface):\($0.programme ?? "-")" }
}

/// A review under bracketed headings: a section's figures take the heading's programme when their
/// sentence names none, not the article's; a section whose heading names none takes none, since the
/// headings name two programmes.
@Test func aSectionsFiguresCountForTheProgrammeItsHeadingNames() throws {
  let page = """
    盘点2025 | 这一年，工会服务有温度

    2025年，全市各级工会围绕职工急难愁盼，办成了一批实事。

    【暖心伴考】
    今年是“暖心伴考”服务开展的第十一年。1500余名职工志愿者参与服务，服务考生家长4.6万人次。

    【暖心驿站】
    全年新建户外劳动者暖心驿站260家，驿站全年服务户外劳动者1300余万人次。

    【困难帮扶】
    全年共服务困难职工1.2万人次。
    """
  #expect(try programmes(page) == [
    "1500余名:暖心伴考", "4.6万人次:暖心伴考", "260家:户外劳动者暖心驿站", "1300余万人次:户外劳动者暖心驿站", "1.2万人次:-",
  ])
}

/// A plain line that the segmenter kept inside a story (a title-last page's title it could not
/// place) sets out no section: the figures after it keep the article's programme.
@Test func aPlainCrossHeadSetsOutNoSection() throws {
  let page = """
    伴考服务暖人心

    本报讯（记者 陈晨）今年全市共设立伴考服务站点126个。

    暖心驿站开到劳动者身边

    志愿者1500余名，服务考生家长4.6万人次。
    """
  #expect(try programmes(page).allSatisfy { $0.hasSuffix(":暖心伴考") })
}

/// A section's name in brackets leads in the list right under it, as `站点分布：` would: each street
/// of the list counts the stations the name names.
@Test func aSectionNameLeadsInTheListUnderIt() throws {
  let page = """
    数说2025丨东城区户外劳动者服务站点工作年报

    【站点分布】
    东华门街道 8家 | 景山街道 5家 | 交道口街道 6家
    """
  let stations = try factsOnPage(page).filter { $0.metric == .stations }
  #expect(stations.map { "\($0.surface)@\($0.locality ?? "-")" } == ["8家@东华门街道", "5家@景山街道", "6家@交道口街道"])
}

/// A post's heading bar (`▌`) over a list set out with a page's layout spaces, after a blank line:
/// each row is its street's figure in the story, not a title group opening another story.
@Test func aHeadingBarOverLayoutSpacedRowsLeadsThemIn() throws {
  let page = """
    暖 心 驿 站 · 海 淀 在 行 动

    记者从区总工会了解到，截至6月底，海淀区已建成户外劳动者暖心驿站近200家。

    ▌各街镇驿站分布(部分)

    中关村街道    18家
    学院路街道    15家
    西三旗街道     9家

    在驿站布局上，区总工会坚持“哪里有需求，驿站就建在哪里”。
    """
  let found = try factsOnPage(page)
  #expect(found.map { "\($0.surface)@\($0.locality ?? "-")" } == ["近200家@-", "18家@中关村街道", "15家@学院路街道", "9家@西三旗街道"])
  #expect(Set(found.map(\.article)).count == 1)
}

/// A post's sections under pictographs: its first heading under the headline is no subtitle; a
/// section reads its own text for its programme, and one that names none counts for the programme the
/// title names that no heading claims.
@Test func aPostsPictographSectionsReadTheirOwnProgramme() throws {
  let page = """
    【聚焦】顺义：暖心伴考 驿站同行
    顺义区总工会 2022年6月8日

    💡高考期间
    顺义区总工会在全区12个考点设立服务站，组织志愿者180名。

    💡户外劳动者暖心驿站
    目前，顺义区现有户外劳动者暖心驿站86家。

    📌 驿站服务暖人心
    在望京附近的户外劳动者暖心驿站里，冰柜一应俱全。今年以来，辖区内12家驿站累计服务户外劳动者2.3万人次。
    """
  #expect(try programmes(page) == [
    "12个:暖心伴考", "180名:暖心伴考", "86家:户外劳动者暖心驿站", "12家:户外劳动者暖心驿站", "2.3万人次:户外劳动者暖心驿站",
  ])
}

/// A story of one programme keeps it in every section, named by a heading or not.
@Test func aStoryOfOneProgrammeKeepsItInEverySection() throws {
  let page = """
    新春送温暖，这些“年货”送到你身边！

    2月5日至9日，房山区总工会领导班子成员分成6个慰问组走访慰问职工。

    【数说送温暖】
    全区各级工会已走访慰问职工7200余人次。

    【乡镇直击】
    十渡镇：慰问春节期间坚守景区的一线职工80余名。
    """
  #expect(try programmes(page).allSatisfy { $0.hasSuffix(":送温暖") })
}

/// A post's box under a `■` heading, its rows set with `▶` pointers (`▶ 志愿者 86名`): each row is
/// its own figure in the story, on its own line, not a title group the next section drops.
@Test func pointerRowsUnderASquareHeadingAreTheStorysFigures() throws {
  let page = """
    北京经开区总工会
    2022-06-11 18:06

    亦庄「暖心伴考」| 为梦想护航，我们就在考场外

    2022年6月7日，高考首日。今年，经开区总工会在辖区各考点外开展「暖心伴考」服务。

    ■ 数读亦庄伴考

    ▶ 服务站点 6个
    ▶ 志愿服务队 5支
    ▶ 志愿者 86名

    ■ 考点直击

    ● 北京亦庄实验中学考点：荣华街道总工会的20名志愿者在考点南侧设立服务点。
    """
  let found = try factsOnPage(page)
  #expect(found.map { "\($0.surface)@\($0.line)" } == ["6个@10", "5支@11", "86名@12", "20名@16"])
  #expect(found.map(\.metric) == [.stations, .volunteerTeams, .volunteers, .volunteers])
  #expect(Set(found.map(\.article)).count == 1)
}

/// A post shared with its account before a bar (`房山工会 | …`) over its header keeps that line as its
/// headline, comma and all, and the bare `图片` a copy leaves for each picture opens no story: the
/// lede's year dates the review printed the next January.
@Test func anAccountsSharedHeadlineOverItsHeaderIsTheHeadline() throws {
  let page = """
    房山工会 | 2025年为职工办的这些实事，件件暖心！

    房山区总工会  2026年01月08日 17:45  北京

    图片

    2025年是“十四五”规划收官之年。一年来，房山区总工会扎实推进为职工办实事项目。

    全年新建暖心驿站26家，全区累计建成暖心驿站312家。
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  #expect(document.articles.map(\.title) == ["房山工会 | 2025年为职工办的这些实事,件件暖心!"])
  let found = try factsOnPage(page)
  #expect(found.map { "\($0.surface)@\($0.year.map(String.init) ?? "-")" } == ["26家@2025", "312家@2025"])
}

/// A page's section banner with its editors (`5  区县传真    本版编辑 周 岩  校对 孙 琳`) is furniture:
/// the story's headline is the one under it, and `九年来` counts to the page's year, not to the year
/// the lede looks back to.
@Test func aSectionBannerIsNoHeadlineAndYearsSinceCountToThePage() throws {
  let page = """
    劳 动 午 报                                     2024年12月24日  星期二
    5  区县传真                                    本版编辑 周 岩  校对 孙 琳

    九载伴考路  一片“娘家”情

     本报记者 王路曼

     2016年6月，密云区总工会在密云二中考点外支起第一顶蓝色帐篷，12名职工志愿者为考生家长递上了第一杯水。

     记者从密云区总工会了解到，九年来，密云区“暖心伴考”累计服务考生家长及一线职工1.2万余人次。
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  #expect(document.articles.map(\.title) == ["九载伴考路 一片“娘家”情"])
  let total = try #require(try factsOnPage(page).first { $0.surface == "1.2万余人次" })
  #expect(total.cumulative && total.year == 2024)
}
