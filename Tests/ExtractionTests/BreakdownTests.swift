// The breakdown a count's words name: one part, a total of parts, or none.
import Testing
@testable import Extraction

/// (noun window, metric) → breakdown: a part's own noun names it; parts listed together, or a
/// word for both, make a total, which names none.
@Test(arguments: [
  ("高考服务站点", Metric.stations, String?("高考")),
  ("室外站点", .stations, "室外"),
  ("伴考服务站点(含高考、中考)", .stations, nil),
  ("室内和室外站点", .stations, nil),
  ("中、高考服务站点", .stations, nil),
  ("户外劳动者暖心驿站", .stations, nil),
  // 中 that ends a school's name is not the 中 of 中考.
  ("志愿者在怀柔一中考点服务", .volunteers, nil),
  ("服务站点设在人大附中考点外", .stations, nil),
  ("志愿者为初中考生服务", .volunteers, nil),
  ("中考服务站点设在一中", .stations, "中考"),
  // After the noun, the word says what the counted do, not which of them are counted.
  ("职工志愿者护航高考", .volunteers, nil),
  ("高考志愿者护航考生", .volunteers, "高考"),
  // A word right after the noun heads a compound (`驿站示范点`): it names the part.
  ("暖心驿站示范点", .stations, "示范"),
  ("户外劳动者暖心驿站授牌", .stations, nil),
  // Round-the-clock and upgraded stations are kinds; the new ones listed with the upgraded are that change.
  ("24小时开放的驿站", .stations, "24小时"),
  ("改造提升老旧驿站", .stations, "改造提升"),
  ("新建、改造户外劳动者暖心驿站", .stations, "新增、改造提升"),
])
func breakdownOfAWindow(window: String, metric: Metric, expected: String?) {
  #expect(Breakdown.part(of: metric, in: ScalarText(window)) == expected)
}

/// A window that ends at the number names the part by its last list item, when that item ends
/// with its own figure before it (`新建驿站610个、改造` → 改造提升), not by words one list joins (`中、高考`).
@Test(arguments: [
  ("新建驿站610个、改造", String?("改造提升")), ("改造驿站810个、新建", "新增"), ("中、高考期间设立服务站点", nil),
])
func theLastItemBeforeTheNumberNamesItsPart(window: String, expected: String?) {
  #expect(Breakdown.part(of: .stations, in: ScalarText(window), nearTheEnd: true) == expected)
}

/// A sentence that opens on one exam's days counts that exam's part when the paragraph names the
/// other exam too; a story of one exam's days alone counts the season's figures, and 中高考 is both.
@Test(arguments: [
  ("高考期间，全市共设立服务站点80个；中考期间，设立服务站点65个。", ["80个@全市/高考", "65个@全市/中考"]),
  ("今年在全市5个高考考点设置服务站；中考期间，又在8个考点设立服务站点。", ["5个@全市/高考", "8个@全市/中考"]),
  ("今年高考期间，全市共设立服务站点80个。", ["80个@全市/-"]),
  ("中高考期间，全市共设立服务站点145个；高考首日，设立服务站点80个。", ["145个@全市/-", "80个@全市/-"]),
  // After 其中, each item of a list takes its own part.
  ("今年全市共设立服务站点145个，其中高考80个、中考65个。", ["145个@全市/-", "80个@全市/高考", "65个@全市/中考"]),
])
func aSentenceOnOneExamsDaysCountsThatExamsPart(_ body: String, _ expected: [String]) throws {
  #expect(try partsOnPage(body, .stations, headline: "暖心伴考服务站点") == expected)
}

/// People served break down by exam as stations do; a story of one exam's days counts the season.
@Test(arguments: [
  ("今年高考期间，全市服务站点共服务考生家长1.2万人次；中考期间，服务考生家长8000人次。", ["1.2万人次@全市/高考", "8000人次@全市/中考"]),
  ("今年高考期间，全市服务站点共服务考生家长1.2万人次。", ["1.2万人次@全市/-"]),
])
func peopleServedOnOneExamsDaysAreThatExamsPart(_ body: String, _ expected: [String]) throws {
  #expect(try partsOnPage(body, .peopleServed, headline: "暖心伴考服务收官") == expected)
}
