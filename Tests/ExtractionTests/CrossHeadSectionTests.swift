// A review's sections in square brackets: each section's figures count for the programme its heading names.
import Testing
@testable import Extraction

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
