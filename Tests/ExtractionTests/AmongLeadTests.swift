// A sentence that opens "among the X" counts X in the figures after it, each a part of X.
import Testing
@testable import Extraction

/// The figures after an opening `…中，` count what it names: each a part (its words, or a relative
/// clause before it, say which) or a place's share.
@Test(arguments: [
  // A breakdown word after the number names the part; else the words after it do.
  ("全市设立伴考服务站点112个。今年的服务站点中，有78个设在室外，34个设在室内。", Metric.stations,
   ["112个@全市/-", "78个@全市/室外", "34个@全市/室内"]),
  ("全市共有志愿者1300名。在这些志愿者中，有300名是党员，200名来自高校。", .volunteers,
   ["1300名@全市/-", "300名@全市/党员", "200名@全市/来自高校"]),
  // A relative clause before the number names the part.
  ("全市设立伴考服务站点112个。这些站点中，24小时开放的有40个，配备医药箱的有96个。", .stations,
   ["112个@全市/-", "40个@全市/24小时", "96个@全市/配备医药箱"]),
  // A place before the number is the figure's share of the opening's noun, not a part of it; the
  // opening may follow a clause of its own (据介绍), and the list's later items continue the first.
  ("全市设立伴考服务站点112个。这些站点中，朝阳区的有12个。", .stations, ["112个@全市/-", "12个@朝阳区/-"]),
  ("全市设立伴考服务站点112个。据介绍，今年的服务站点中，东城区12个、西城区15个，其余分布在各区。", .stations,
   ["112个@全市/-", "12个@东城区/-", "15个@西城区/-"]),
  // A part named before a verb of having (`医务工作者有`), though a cue of the sentence (参与) would
  // have made the number people taking part.
  ("全市共有志愿者1300名。参与服务的志愿者中，医务工作者有80余名，心理咨询师有20至30名。", .volunteers,
   ["1300名@全市/-", "80余名@全市/医务工作者", "20至30名@全市/心理咨询师"]),
  // A figure that names the opening's noun with words of its own is the part they tell.
  ("全市共有志愿者3200余名。志愿者中，女性志愿者占比超过六成，青年志愿者约1000名。", .volunteers,
   ["3200余名@全市/-", "约1000名@全市/青年"]),
])
func figuresAfterAnAmongLeadArePartsOfWhatItNames(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage("2021年6月7日，" + body, metric, headline: "暖心伴考服务情况") == expected)
}

@Test(arguments: [
  // A figure with a noun or cue of its own keeps it; an opening that names nothing counted gives nothing.
  ("在今年的活动中，共有5000人参加。", Metric.participants, ["5000人@全市/-"]),
  ("在各方支持中，有78个设在室外。", .stations, [String]()),
  // Words before the verb that name what is counted count it themselves.
  ("全市设立伴考服务站点112个。参与服务的人员中，志愿者有300名。", .volunteers, ["300名@全市/-"]),
])
func otherFiguresAfterAnAmongLeadAreTheirOwn(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage("2021年6月7日，" + body, metric, headline: "暖心伴考服务情况") == expected)
}
