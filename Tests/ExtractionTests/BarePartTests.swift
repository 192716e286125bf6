// A part after 其中 that leaves out the total's noun: what it is said after the number, or before it by a clause with 的.
import Testing
@testable import Extraction

@Test(arguments: [
  // Said after the number, with a verb of being: the total's count, not the people named.
  ("今年全区共有320名工会志愿者参与服务，其中80名是区级劳模和工匠。", Metric.volunteers,
   ["320名@未注明的区/-", "80名@未注明的区/区级劳模和工匠"]),
  ("全市共招募志愿者2000名，其中800名来自高校，300名为退休职工。", .volunteers,
   ["2000名@全市/-", "800名@全市/来自高校", "300名@全市/退休职工"]),
  // A relative clause before the number names the part whole, its numbers too, unless it names a
  // kind of Data/breakdowns.tsv (24小时开放的 → 24小时, as `24小时驿站` is).
  ("截至目前，全市已建成暖心驿站1200余家，其中24小时开放的200家。", .stations,
   ["1200余家@全市/-", "200家@全市/24小时"]),
  ("全市建成暖心驿站1200家，其中，24小时开放的有300家，设在地铁站旁的为45家。", .stations,
   ["1200家@全市/-", "300家@全市/24小时", "45家@全市/设在地铁站旁"]),
  // A relative clause keeps a word that ends like a qualifier (商超: supermarkets, not 超 "over").
  ("丰台区已建成暖心驿站200家，其中设在商超的有72家。", .stations, ["200家@丰台区/-", "72家@丰台区/设在商超"]),
  // An item that names only its kind, no counted noun and no place, is a part named by its kind.
  ("海淀区已建成暖心驿站268家，其中银行网点85家、商超72家、加油站40家。", .stations,
   ["268家@海淀区/-", "85家@海淀区/银行网点", "72家@海淀区/商超", "40家@海淀区/加油站"]),
  // A kind that starts like a qualifier keeps it (超市: supermarkets, not 超 "over").
  ("海淀区已建成暖心驿站268家，其中超市驿站72家、超市及便利店驿站40家。", .stations,
   ["268家@海淀区/-", "72家@海淀区/超市", "40家@海淀区/超市及便利店"]),
  ("朝阳区已建成暖心驿站300家，其中依托银行网点建设85家。", .stations, ["300家@朝阳区/-", "85家@朝阳区/依托银行网点建设"]),
  ("全市共有志愿者2000名，其中男性1200名、女性800名。", .volunteers, ["2000名@全市/-", "1200名@全市/男性", "800名@全市/女性"]),
  // A number followed by what it counts instead (streets, districts) is no part of the total.
  ("目前，全区各类工会驿站236个，其中户外劳动者暖心驿站168个，覆盖全区22个街道(乡镇)。", .stations,
   ["236个@未注明的区/-", "168个@未注明的区/户外劳动者暖心驿站"]),
  // A kind may bracket an aside.
  ("今年全市资助困难职工子女2368名，其中，本科生1920名，专科（高职）生448名。", .peopleServed,
   ["2368名@全市/-", "1920名@全市/本科生", "448名@全市/专科(高职)生"]),
  // A part may count in another word for people than its total (名, 人), in the next sentence; a
  // place that ranks an honour (全国, 北京市) is no place of the figure.
  ("延庆区今年组织126名劳模参加疗休养。其中全国劳模8人，北京市劳模41人。", .participants,
   ["126名@延庆区/-", "8人@延庆区/全国劳模", "41人@延庆区/北京市劳模"]),
])
func aBarePartAfterOfWhichCountsTheTotalsNoun(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage(body, metric) == expected)
}

@Test(arguments: [
  // A noun after the number counts itself: 8个考点 are exam sites, not stations.
  ("今年共设立服务站点50个，其中8个考点设有医疗点。", Metric.stations, ["50个@全市/-"]),
  // A relative clause that names a place gives the place's figure, not a part.
  ("全市共设立伴考服务站点60个，其中朝阳区的有12个。", .stations, ["60个@全市/-", "12个@朝阳区/-"]),
  // Nothing said of the part either side: no part read.
  ("全市志愿者3000名，其中有500名。", .volunteers, ["3000名@全市/-"]),
  // Among the new ones, a part said after the number is no kind named before it.
  ("今年新建驿站186家，新增的驿站中有120家设在商业网点。", .stations, ["186家@全市/新增"]),
  // A clause after 其中 that says something of a place is no kind: its verb names nothing.
  ("全市已建成暖心驿站1010家。其中，朝阳区发展很快，达到136家。", .stations, ["1010家@全市/-"]),
])
func otherFiguresAfterOfWhichAreNotBareParts(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage(body, metric) == expected)
}

@Test(arguments: [
  ("24小时开放的有", "24小时开放"), ("，设在地铁站旁的为", "设在地铁站旁"), ("配备母婴室的", "配备母婴室"),
  ("有", nil), ("党员志愿者", nil), ("的有", nil),
])
func aRelativeClauseIsTheWordsBeforeItsDe(_ item: String, _ expected: String?) {
  let clause = BarePart.relativeClause(Array(item.unicodeScalars)[...])
  #expect(clause.map { String(String.UnicodeScalarView($0)) } == expected)
}
