// A figure counted at one named exam site is the site's: a part of its district, never the total.
import Testing
@testable import Extraction

/// The volunteers figures of a one-article page about a district, as `surface@place/locality`.
private func volunteers(_ body: String, headline: String = "海淀区暖心伴考服务启动") throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: headline))
    .filter { $0.metric == .volunteers }
    .map { "\($0.surface)@\($0.scope.label)/\($0.locality ?? "-")" }
}

@Test(arguments: [
  // A site opened by 在, the district named in the figure's own clause.
  ("2023年6月7日，在北京四中考点外，海淀区总工会的8名志愿者早早支起了帐篷。", ["8名@海淀区/北京四中考点"]),
  // A site alone as its clause's place, after a time.
  ("2023年6月7日清晨6点，清华附中考点外，十几名身穿红马甲的志愿者已经就位。", ["十几名@海淀区/清华附中考点"]),
  ("2023年高考首日，在101中学考场门口，20余名志愿者正在分发矿泉水。", ["20余名@海淀区/101中学考场"]),
  // The district's total after a site: a whole-district word, a total or a spokesman between.
  ("2023年，在人大附中考点外，区总工会负责人介绍，今年招募志愿者500名。", ["500名@海淀区/-"]),
  ("2023年，在人大附中考点外设立服务站，全区共招募志愿者500名。", ["500名@海淀区/-"]),
  // No one site: a list or a count of sites, a generic school, or a site named after the figure.
  ("2023年，区总工会分别在海淀区第一中学和清华附中考点外，组织志愿者30名。", ["30名@海淀区/-"]),
  ("2023年，区总工会在全区13个考点设置服务站，招募志愿者260余名。", ["260余名@海淀区/-"]),
  ("2023年，区总工会在各考点外组织志愿者260余名。", ["260余名@海淀区/-"]),
  ("2023年，由46名职工志愿者组成的服务队早早来到人大附中考点。", ["46名@海淀区/-"]),
  // A union acting at a site: its own figure, the district's.
  ("2023年，区总工会在人大附中考点外安排志愿者20余名。", ["20余名@海淀区/-"]),
  // A reporter who saw it there counts what is at the site; anyone else there acts.
  ("2023年高考首日，记者在人大附中考点看到，20余名志愿者正在分发矿泉水。", ["20余名@海淀区/人大附中考点"]),
  ("2023年高考首日，记者在海淀区人大附中考点看到，20余名志愿者正在分发矿泉水。", ["20余名@海淀区/人大附中考点"]),
  ("2023年高考首日，区总工会干部在人大附中考点看到，20余名志愿者正在分发矿泉水。", ["20余名@海淀区/-"]),
  // A relative clause may say where the school is; the union acting there still reports its own.
  ("2023年高考首日，记者在位于海淀区的人大附中考点看到，20余名志愿者正在分发矿泉水。", ["20余名@海淀区/人大附中考点"]),
  ("2023年，区总工会在位于海淀区的人大附中考点外安排志愿者20余名。", ["20余名@海淀区/-"]),
])
func aFigureAtOneNamedExamSiteIsTheSites(_ body: String, _ expected: [String]) throws {
  #expect(try volunteers(body) == expected)
}

/// A site that opens its sentence as the subject, after 其中 or a semicolon, has each of the
/// sentence's figures; one who acts at a site opens it instead in the union's sentences.
@Test func aSiteOpeningItsSentenceHasItsFigures() throws {
  let body = "2023年，区总工会在全区10个考点组织志愿者150名。其中，人大附中考点设立服务站2个，志愿者20名；清华附中考点志愿者15名。"
  #expect(try volunteers(body) == ["150名@海淀区/-", "20名@海淀区/人大附中考点", "15名@海淀区/清华附中考点"])
  #expect(ExamSite.opening(Array("区总工会在人大附中考点外安排志愿者20余名".unicodeScalars)[...], before: 16) == nil)
}

/// A sentence that points back at a site (`该点位`, `这个点位`) has the site its paragraph named last.
@Test func aSitePointedBackAtHasTheFiguresOfItsSentence() throws {
  let body = "西什库大街上，北京四中考点外的服务点，今年已是第十一个年头。今年该点位共有西城区职工志愿者22名。全区共有志愿者300名。"
  #expect(try volunteers(body, headline: "西城区暖心伴考服务启动") == ["22名@西城区/北京四中考点", "300名@西城区/-"])
  #expect(ExamSite.pointedAt(Array("该点位共有志愿者22名".unicodeScalars)[...], before: 7, earlier: Array("各考点".unicodeScalars)[...]) == nil)
}

@Test func aSiteInACitywideArticleIsTheSitesNotTheCitys() throws {
  let found = try volunteers("2023年6月7日，在北京四中考点外，市总工会的8名志愿者早早支起了帐篷。", headline: "全市暖心伴考服务启动")
  #expect(found == ["8名@全市/北京四中考点"])
}

@Test(arguments: [
  ("北京四中", true), ("101中学", true), ("人大附中", true), ("八一学校", true), ("北京市第十二中学", true),
  ("四中", false), ("高中", false), ("中学", false), ("13个", false), ("A和B中学", false), ("各中学", false), ("中考", false),
])
func whatNamesOneSchool(_ name: String, _ expected: Bool) {
  #expect(ExamSite.isOneSchool(Array(name.unicodeScalars)[...]) == expected)
}

/// The stations of a one-article page about a district, as printed.
private func stations(_ body: String) throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: "海淀区暖心伴考服务启动")).filter { $0.metric == .stations }.map(\.surface)
}

@Test(arguments: [
  // Sites counted beside the stations set up at them count sites, not stations.
  ("2023年，区总工会在全区9个考点设立服务站27个，招募志愿者260余名。", ["27个"]),
  ("2023年，区总工会在全区3个考点设立服务点3个。", ["3个"]),
  // Sites qualified by their exams, the stations' figure on the next line of the column.
  ("2023年，区总工会在全区23个高考考点外设立服务点23个，组建志愿服务队25支。", ["23个"]),
  ("2025年，全市在104个高考、中考考点外设立伴考服务站点\n104个，102支志愿服务队参与。", ["104个"]),
  // A station named for the exams is no site (`伴考点`).
  ("2023年，区总工会在5个考点设立高考伴考点5个。", ["5个"]),
  // Alone, the sites count the stations: one set up at each.
  ("2023年，区总工会在辖区12个考点设立“暖心伴考”服务站。", ["12个"]),
  ("2023年，区总工会在全区13个考点设置服务站，招募志愿者260余名。", ["13个"]),
])
func examSitesCountStationsOnlyWhenTheStationsHaveNoFigure(_ body: String, _ expected: [String]) throws {
  #expect(try stations(body) == expected)
}
