// Figures that give the figure before them for another place, their noun left out.
import Testing
import NewsCorpus
@testable import Extraction

/// Every figure of a one-article page, as `surface@place` for the metric asked.
private func figures(_ body: String, _ metric: Metric) throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: "驿站和伴考服务情况"))
    .filter { $0.metric == metric }.map { "\($0.surface)@\($0.scope.label)" }
}

@Test(arguments: [
  // A total broken down by district after 其中, in a list and with a verb.
  ("全市已建成户外劳动者暖心驿站1500余家，其中朝阳区180家、海淀区156家。", Metric.stations,
   ["1500余家@全市", "180家@朝阳区", "156家@海淀区"]),
  ("全市已建成暖心驿站1500余家，其中朝阳区建成180家，海淀区建成156家。", .stations,
   ["1500余家@全市", "180家@朝阳区", "156家@海淀区"]),
  // 其中 opening the next sentence; the first item names its noun, the second leaves it out.
  ("全市已建成暖心驿站1500余家。其中，朝阳区有驿站180家，海淀区156家。", .stations,
   ["1500余家@全市", "180家@朝阳区", "156家@海淀区"]),
  // The total's own place is not the place its breakdown names.
  ("本市暖心驿站1500余家，其中朝阳区180家。", .stations, ["1500余家@全市", "180家@朝阳区"]),
  // A list of districts without 其中, in one sentence; 5个考点 names a noun of its own.
  ("朝阳区设立伴考站点10个，海淀区8个，东城区5个考点。", .stations, ["10个@朝阳区", "8个@海淀区"]),
  ("全市共有志愿者2000名，其中朝阳区300名。", .volunteers, ["2000名@全市", "300名@朝阳区"]),
  // After 其中, a part of the total instead of a place: the total's 新增, for its place.
  ("全市已建成暖心驿站1500余家，其中2025年新建100家。", .stations, ["1500余家@全市", "100家@全市"]),
  // The city is a part of a wider total; three provinces named as one are no one of them.
  ("全国各级工会共建成户外劳动者服务站点13.5万个，其中北京市建成3200余个。", .stations, ["13.5万个@全国", "3200余个@全市"]),
  ("天津、河北两地工会分别建成服务站点2800个和6500个，京津冀三地服务站点总数超过1.2万个。", .stations,
   ["2800个@天津市", "6500个@河北省", "超过1.2万个@京津冀"]),
])
func aFigureWithoutItsNounCountsTheSameForItsPlace(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

@Test(arguments: [
  // A breakdown by something other than place is not a place's figure: each item names its kind
  // (`BarePart`), and stays the total's place.
  ("全市共有志愿者2000名，其中男性1200名、女性800名。", Metric.volunteers, ["2000名@全市", "1200名@全市", "800名@全市"]),
  // Without 其中, a figure in the next sentence starts a statement of its own.
  ("全市设立伴考服务站点100个。海淀区8个。", .stations, ["100个@全市"]),
  // Another measure word counts something else.
  ("全市已建成暖心驿站1500余家，其中朝阳区180个。", .stations, ["1500余家@全市"]),
  // A part for the total's own place adds nothing: an article only about 朝阳区 gives it both.
  ("暖心驿站1500余家，其中朝阳区180家。", .stations, ["1500余家@朝阳区"]),
])
func aFigureThatBreaksItDownOtherwiseIsNotContinued(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

/// A list of places after a lead-in that names the noun, in the same paragraph or the one before.
@Test(arguments: [
  ("全市暖心驿站分布情况如下：东城区：45家；西城区：52家；朝阳区：180家。", Metric.stations,
   ["45家@东城区", "52家@西城区", "180家@朝阳区"]),
  ("各区伴考服务站点数量如下：\n\n海淀区 20个、丰台区 15个、通州区 12个。", .stations,
   ["20个@海淀区", "15个@丰台区", "12个@通州区"]),
  // The lead-in counts exam sites, not stations: the list stays out.
  ("全市共有考点120个，分布如下：东城区10个，其他区110个。", .stations, []),
  // ...even right after a list of stations: its own lead-in ends the list before it.
  ("各区伴考服务站点数量如下：\n\n海淀区 20个、丰台区 15个。\n\n全市共有考点120个，分布如下：东城区10个，其他区110个。", .stations,
   ["20个@海淀区", "15个@丰台区"]),
  // A colon after an item's place is no lead-in of its own: the list runs on.
  ("各区暖心驿站数量如下：\n\n东城区：45家，西城区：38家。", .stations, ["45家@东城区", "38家@西城区"]),
  // Items set off by spaces only, and a list that runs on into the next paragraph.
  ("各区暖心驿站数量：东城 45家 西城 38家 朝阳 180家。\n\n丰台区52家，石景山区21家。", .stations,
   ["45家@东城区", "38家@西城区", "180家@朝阳区", "52家@丰台区", "21家@石景山区"]),
  ("各区伴考队伍：志愿者 300 名 服务站点 62 个。", .volunteers, ["300名@全市"]),
])
func aListAfterALeadInCountsTheLeadInsNoun(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

/// A list of places goes on past a semicolon, and an item that names its own breakdown keeps it;
/// 设点 names service points.
@Test func aListGoesOnPastASemicolonAndItsItemsKeepTheirBreakdown() throws {
  let page = "驿站建设\n\n本报讯 2019年，丰台区总工会今年新建驿站28家，累计达到156家；通州区新建21家。大兴区总工会今年设点8个。\n"
  let found = try factsOnPage(page).filter { $0.metric == .stations }
  #expect(found.map { "\($0.surface) \($0.scope.label) \($0.subtype ?? "-")" } == ["28家 丰台区 新增", "156家 丰台区 -", "21家 通州区 新增", "8个 大兴区 -"])
}

/// A figure followed by a ranking of its place counts what the text just counted, for that place,
/// in the same sentence or the next.
@Test(arguments: [
  ("全市已建成暖心驿站3200余家，朝阳区以356家位居全市第一。", Metric.stations, ["3200余家@全市", "356家@朝阳区"]),
  ("全市已建成暖心驿站3200余家。朝阳区以356家位居全市第一，海淀区以290家位列第二。", .stations,
   ["3200余家@全市", "356家@朝阳区", "290家@海淀区"]),
  // Another measure word is something else.
  ("全市已建成暖心驿站3200余家。朝阳区以356名参赛选手位居第一。", .stations, ["3200余家@全市"]),
  // A place ranked in the clause before its figure's, which only links to it.
  ("全市已建成暖心驿站1010家。其中，朝阳区数量最多，达到136家；延庆区最少，仅有21家。", .stations,
   ["1010家@全市", "136家@朝阳区", "21家@延庆区"]),
  ("全市已建成暖心驿站1010家，其中朝阳区最多，为136家。", .stations, ["1010家@全市", "136家@朝阳区"]),
  // A clause that ranks nothing places nothing.
  ("全市已建成暖心驿站1010家。其中，朝阳区发展很快，达到136家。", .stations, ["1010家@全市"]),
])
func aRankedFigureCountsForItsPlace(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

/// 各 / 均 / 都 after a list of places: the figure is each place's own.
@Test(arguments: [
  ("全市已建成暖心驿站3200余家，其中东城区、西城区各有150家。", Metric.stations,
   ["3200余家@全市", "150家@东城区", "150家@西城区"]),
  ("海淀、丰台两区驿站均超过200家。", .stations, ["超过200家@海淀区", "超过200家@丰台区"]),
  ("朝阳区和海淀区都设立了伴考服务站点12个。", .stations, ["12个@朝阳区", "12个@海淀区"]),
  ("东城、西城、朝阳三区各招募志愿者100名。", .volunteers, ["100名@东城区", "100名@西城区", "100名@朝阳区"]),
  // 分别 is a list of figures, one per place, not one each.
  ("朝阳区、海淀区分别设立伴考服务站点12个、10个。", .stations, ["12个@朝阳区", "10个@海淀区"]),
  // A clause that opens with 分别 takes the places its sentence names before it.
  ("朝阳区、海淀区、丰台区的站点数量位居前三，分别为56个、48个、30个。", .stations,
   ["56个@朝阳区", "48个@海淀区", "30个@丰台区"]),
  // A place that is not in the list keeps the figure to the list's places.
  ("朝阳区设立伴考服务站点12个，海淀区均为室内站点。", .stations, ["12个@朝阳区"]),
  // 各区 names no list: the figure stays the clause's.
  ("全市各区均设立伴考服务站点，共120个站点。", .stations, ["120个@全市"]),
  // The count may name what is counted before 均.
  ("朝阳、海淀两区驿站数量均超过300家。", Metric.stations, ["超过300家@朝阳区", "超过300家@海淀区"]),
])
func aFigureEachListedPlaceHasIsEachOnesOwn(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

/// Districts named as one list, with no 各/均/分别, are the figure's place together: a joint figure
/// is no single district's.
@Test(arguments: [
  ("朝阳、海淀、丰台三区共设立伴考服务站点50个。", Metric.stations, ["50个@朝阳区、丰台区、海淀区"]),
  ("海淀、朝阳等区建成驿站300余家。", .stations, ["300余家@朝阳区、海淀区等"]),
  ("东城区和西城区共有志愿者500名。", .volunteers, ["500名@东城区、西城区"]),
  // A district with its own street is one place; a district beside the list is not in it.
  ("朝阳区望京街道建成驿站12家。", .stations, ["12家@朝阳区"]),
  ("朝阳区总工会联合海淀区、丰台区工会建成驿站30家。", .stations, ["30家@朝阳区"]),
])
func districtsNamedAsOneListShareTheirFigure(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try figures(body, metric) == expected)
}

/// Streets and towns of one district before 分别 give each figure after it its street or town.
@Test func streetsBeforeRespectivelyGiveEachFigureItsStreet() throws {
  let page = "驿站建设\n\n本报讯（记者 李明）目前通州区已建成户外劳动者服务站点236个。其中，梨园镇、永顺镇、宋庄镇的站点数量位居前三，分别为28个、25个、21个。\n"
  let facts = try factsOnPage(page).filter { $0.metric == .stations }
  #expect(facts.map { "\($0.surface)@\($0.scope.label)\($0.locality ?? "")/\($0.subtype ?? "-")" }
    == ["236个@通州区/-", "28个@通州区梨园镇/-", "25个@通州区永顺镇/-", "21个@通州区宋庄镇/-"])
}

/// Streets of the total's own district are places of their own (its district, their street), even
/// when 其中 opens the next line; they do not place the article, so a figure after them is the
/// district's again.
@Test func streetsOfTheTotalsDistrictBreakItDown() throws {
  let page = oneArticlePage(
    "截至10月底，昌平区已建成户外劳动者服务站点312家。\n其中，回龙观街道28家，天通苑北街道25家。今年新建的46家站点全部配备了冰箱。",
    headline: "驿站覆盖全部街乡")
  let stations = try factsOnPage(page).filter { $0.metric == .stations }
  #expect(stations.map(\.surface) == ["312家", "28家", "25家", "46家"])
  #expect(stations.map(\.scope.label) == ["昌平区", "昌平区", "昌平区", "昌平区"])
  #expect(stations.map(\.locality) == [nil, "回龙观街道", "天通苑北街道", nil])
}

/// Towns listed with a mark between them (`、`) each take their own item's town, not the last the
/// clause names; with 其中 or without, and in another measure word (处).
@Test(arguments: [
  "全区现有驿站168处，其中潞城镇21处、宋庄镇18处、永顺镇16处，其余分布在其他街乡。",
  "全区现有驿站168处，潞城镇21处、宋庄镇18处、永顺镇16处。",
  "全区现有驿站168处，其中潞城镇21处，宋庄镇18处，永顺镇16处。",
])
func townsListedWithAMarkTakeTheirOwnItemsTown(_ body: String) throws {
  let stations = try factsOnPage(oneArticlePage("通州区" + body, headline: "驿站分布图出炉")).filter { $0.metric == .stations }
  #expect(stations.map { "\($0.surface)@\($0.scope.label)\($0.locality ?? "")" }
    == ["168处@通州区", "21处@通州区潞城镇", "18处@通州区宋庄镇", "16处@通州区永顺镇"])
}

/// A figure after 分别 with no noun of its own counts what the figure before it in its measure word
/// counts, when the places before 分别 are as many as the figures after it; each takes its place.
@Test(arguments: [
  ("朝阳区、海淀区数量位居前两位，分别为210家和186家。", ["1486家@全市", "210家@朝阳区", "186家@海淀区"]),
  ("朝阳区、海淀区分别有210家、186家。", ["1486家@全市", "210家@朝阳区", "186家@海淀区"]),
  // One figure for two places, or two for three: no figure takes one place; the list's joint figure.
  ("朝阳区、海淀区合计有210家。", ["1486家@全市", "210家@朝阳区、海淀区"]),
  ("朝阳区、海淀区、丰台区分别为210家和186家。", ["1486家@全市", "210家@朝阳区、丰台区、海淀区", "186家@朝阳区、丰台区、海淀区"]),
])
func aFigureAfterRespectivelyCountsTheFigureBefore(sentence: String, expected: [String]) throws {
  let page = oneArticlePage("截至今年底，本市已建成户外劳动者暖心驿站1486家。从各区分布看，\(sentence)", headline: "驿站遍布全市")
  #expect(try factsOnPage(page).filter { $0.metric == .stations }.map { "\($0.surface)@\($0.scope.label)" } == expected)
  // NB: the places share out the total, not its part that comes last (`其中今年新建120家`).
  let withPart = oneArticlePage("本市已建成暖心驿站1486家，其中今年新建120家。从各区分布看，\(sentence)", headline: "驿站遍布全市")
  let parts = try factsOnPage(withPart).filter { $0.metric == .stations && $0.scope != .citywide && $0.surface != "120家" }
  #expect(parts.map(\.surface) == expected.filter { !$0.hasPrefix("1486") }.map { String($0.prefix { $0 != "@" }) })
  #expect(parts.allSatisfy { $0.subtype == nil })
}

/// Every station figure of a one-article page about a district, as `surface@place/locality`.
private func localStations(_ body: String) throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: "东城区驿站年报"))
    .filter { $0.metric == .stations }.map { "\($0.surface)@\($0.scope.label)/\($0.locality ?? "-")" }
}

/// Every item of a list of districts and figures counts for its own district, whatever the words
/// before the list (`新建驿站中`); a school's name with a numeral (`北京二中、北京五中`) is no item.
@Test(arguments: [
  ("今年本市已建成驿站158家。从区域分布看，新建驿站中朝阳区58家、海淀区46家、丰台区19家。",
   ["158家@全市", "58家@朝阳区", "46家@海淀区", "19家@丰台区"]),
  ("东城区总工会在北京二中、北京五中等8个考点设立了服务站。", ["8个@东城区"]),
])
func eachDistrictOfAListHasItsOwnFigure(_ body: String, _ expected: [String]) throws {
  #expect(try figures(body, .stations) == expected)
}

@Test(arguments: [
  // The list's first item is placed by its own street, not by the list's last.
  ("今年东城区驿站分布：东华门街道8家、景山街道5家、交道口街道6家。",
   ["8家@东城区/东华门街道", "5家@东城区/景山街道", "6家@东城区/交道口街道"]),
  // Items parted by pipes, as a post's box sets them, with a street's short name.
  ("全区驿站分布：东华门街道 8家 | 景山街道 5家 | 崇外街道 2家",
   ["8家@东城区/东华门街道", "5家@东城区/景山街道", "2家@东城区/崇文门外街道"]),
])
func eachStreetOfAListHasItsOwnFigure(_ body: String, _ expected: [String]) throws {
  #expect(try localStations(body) == expected)
}
