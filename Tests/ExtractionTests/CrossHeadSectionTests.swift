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
