// Figures after 其中 that count the same thing for the same place: parts of the total, with a breakdown.
import Testing
@testable import Extraction

@Test(arguments: [
  // The metric's own noun goes; what sets the part apart stays. A list of parts runs on.
  ("全市招募志愿者2000余名，其中党员志愿者800余名，青年志愿者600余名。", Metric.volunteers,
   ["2000余名@全市/-", "800余名@全市/党员", "600余名@全市/青年"]),
  ("全市招募志愿者2000余名，其中党员志愿者800余名、青年志愿者600余名。", .volunteers,
   ["2000余名@全市/-", "800余名@全市/党员", "600余名@全市/青年"]),
  // 其中 opening the next sentence, and a verb between the noun and the number.
  ("全市共有2000名职工志愿者参与服务。其中，女职工志愿者有900名。", .volunteers,
   ["2000名@全市/-", "900名@全市/女职工"]),
  // What the part is, said after its number.
  ("全市招募志愿者1000名，其中志愿者800名是党员。", .volunteers, ["1000名@全市/-", "800名@全市/党员"]),
  // A noun of another metric names a kind of person, and stays.
  ("参加培训的职工3000人，其中一线职工2000人。", .participants, ["3000人@全市/-", "2000人@全市/一线职工"]),
  // A part whose words name nothing but the noun is a part all the same.
  ("全市招募志愿者1000名，其中志愿者800名。", .volunteers, ["1000名@全市/-", "800名@全市/部分"]),
  // A verb alone that reaches the counted names no part.
  ("今年共举办文体活动56场，参与职工8000余人。其中，职工运动会设置16个项目，吸引2000余人参赛。", .participants,
   ["8000余人@全市/-", "2000余人@全市/部分"]),
  // A plain station noun names no kind: the words before it do; a kind of station names itself.
  ("全市共建成暖心驿站3000家，其中市级驿站100家，星级驿站200家。", .stations,
   ["3000家@全市/-", "100家@全市/市级", "200家@全市/星级"]),
  ("全市设立站点120个，其中设在考点周边的站点100个。", .stations, ["120个@全市/-", "100个@全市/设在考点周边"]),
  ("全区共有户外劳动者服务站点150余个，其中工会驿站86家。", .stations, ["150余个@未注明的区/-", "86家@未注明的区/工会驿站"]),
  // A relative clause before the part's own noun names it, numbers and all; the new ones of a
  // period have parts too.
  ("全市建成驿站3000家，其中24小时开放的站点有420家。", .stations, ["3000家@全市/-", "420家@全市/24小时"]),
  ("朝阳区今年新增站点45家，其中24小时开放的站点有12家。", .stations, ["45家@朝阳区/新增", "12家@朝阳区/24小时"]),
  // Teams: the noun of teams goes too.
  ("全市组建志愿服务队120支，其中青年志愿服务队45支。", .volunteerTeams, ["120支@全市/-", "45支@全市/青年"]),
  // Items after 其中 parted by semicolons are its items all the same; 资助 serves on its own.
  ("今年共资助大学新生1860名。其中，资助本科新生1420名，每人5000元；资助高职新生440名，每人5000元。", .peopleServed,
   ["1860名@全市/-", "1420名@全市/资助本科新生", "440名@全市/资助高职新生"]),
])
func aFigureAfterOfWhichForTheSamePlaceIsAPart(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage(body, metric) == expected)
}

@Test(arguments: [
  // 其中 inside a clause (参与其中) is not "of which": the next figure is a total of its own.
  ("志愿者300名参与其中，另有志愿者200名在驿站服务。", Metric.volunteers, ["300名@全市/-", "200名@全市/-"]),
  // A part for another place is that place's figure, not a breakdown.
  ("全市共有志愿者2000名，其中朝阳区志愿者300名。", .volunteers, ["2000名@全市/-", "300名@朝阳区/-"]),
  // A breakdown word names the part as before.
  ("全市共招募志愿者2000名，其中今年新招募志愿者500名。", .volunteers, ["2000名@全市/-", "500名@全市/新增"]),
  // Without 其中, a second figure of the same thing is a second statement.
  ("2023年全市招募志愿者2000名。2024年全市招募志愿者2500名。", .volunteers, ["2000名@全市/-", "2500名@全市/-"]),
])
func otherFiguresAfterATotalAreNotItsParts(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage(body, metric) == expected)
}

@Test(arguments: [
  ("党员志愿者", true, "党员"), ("女职工志愿者有", true, "女职工"), ("志愿者", true, ""),
  ("是党员", false, "党员"), ("志愿者来自高校", false, "来自高校"), (" ，其中", true, "其中"),
])
func aPartsWordsLoseLinksAndTheMetricsNoun(_ words: String, _ before: Bool, _ expected: String) {
  let trimmed = NamedPart.trimmed(Array(words.unicodeScalars)[...], nouns: NamedPart.nouns(of: .volunteers), before: before)
  #expect(String(String.UnicodeScalarView(trimmed)) == expected)
}
