// A work report's numbered points: each point's figures count for the programme the point names.
import Testing
@testable import Extraction

/// Every figure of a one-article page as `surface:programme`, `-` for none.
private func programmes(_ body: String, headline: String) throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: headline)).map { "\($0.surface):\($0.programme ?? "-")" }
}

@Test(arguments: [
  // Points in one paragraph: the point's heading names the programme of the sentences after it,
  // and a point that names none takes none where other points name two programmes.
  ("今年以来，区总工会扎实推进各项工作。一是深化“暖心伴考”服务。全年在全区9个考点设立服务站，组织志愿者150名。"
    + "二是推进驿站建设。新建暖心驿站12家，全区驿站总数达到96家。四是做好困难职工帮扶。走访慰问困难职工136户。",
   ["9个:暖心伴考", "150名:暖心伴考", "12家:户外劳动者暖心驿站", "96家:户外劳动者暖心驿站", "136户:-"]),
  // Points a paragraph each, the same.
  ("区总工会聚焦服务职工。\n一是“暖心伴考”服务持续深化。在全区6个考点设立服务站，组织志愿者90名。\n"
    + "二是户外劳动者服务阵地不断完善。全年新建暖心驿站8家。\n三是困难职工帮扶精准有力。走访慰问困难职工210户。",
   ["6个:暖心伴考", "90名:暖心伴考", "8家:户外劳动者暖心驿站", "210户:-"]),
  // Points in one sentence, after semicolons, and marked （一）（二）.
  ("区总工会重点做了两件事：（一）开展“暖心伴考”，组织志愿者80名；（二）建设暖心驿站，新建驿站6家。",
   ["80名:暖心伴考", "6家:户外劳动者暖心驿站"]),
])
func aNumberedPointsFiguresCountForTheProgrammeItNames(_ body: String, _ expected: [String]) throws {
  #expect(try programmes(body, headline: "延庆区总工会上半年工作亮点") == expected)
}

@Test(arguments: [
  // Points of one programme: a point that names none keeps the article's programme (the lead-in
  // names it, or the headline).
  ("今年全市“暖心伴考”志愿服务呈现三个特点：一是规模更大，全市设立服务站点115个；二是服务更贴心，共发放伴考包2万余个。",
   "今年暖心伴考呈现三个特点", ["115个:暖心伴考", "2万余个:暖心伴考"]),
  ("一是规模更大，全市设立服务站点115个。二是队伍更专业，志愿者1400余名。",
   "“暖心伴考”志愿服务的新变化", ["115个:暖心伴考", "1400余名:暖心伴考"]),
  // 统一是 or 第一是 opens no point: a numeral must follow a break.
  ("全市统一是在考点外设立服务站点115个，志愿者1400余名。", "“暖心伴考”志愿服务", ["115个:暖心伴考", "1400余名:暖心伴考"]),
])
func pointsOfOneProgrammeKeepTheArticles(_ body: String, headline: String, _ expected: [String]) throws {
  #expect(try programmes(body, headline: headline) == expected)
}

@Test func pointsAreFoundAfterBreaksOnly() {
  let text = Array("工作如下：一是驿站，二是伴考；（三）帮扶。统一是原则".unicodeScalars)
  #expect(NumberedPoint.points(in: text).map { String(String.UnicodeScalarView(text[$0])) } == [
    "一是驿站，", "二是伴考；", "（三）帮扶。统一是原则",
  ])
  #expect(NumberedPoint.point(holding: 2, in: text) == nil)
  #expect(NumberedPoint.point(holding: 8, in: text) == 5..<10)
}
