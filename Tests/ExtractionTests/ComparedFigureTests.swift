// The earlier level a figure is compared with: the same thing, at the time its own clause names.
import Testing
import NewsCorpus
@testable import Extraction

/// Every counted figure of a page printed in 2021, as `metric:surface@year`.
private func figures(_ body: String) throws -> [String] {
  try factsOnPage("劳动午报 2021年7月1日 第3版\n\n" + oneArticlePage(body, headline: "志愿服务情况"))
    .filter { $0.metric != .other }
    .map { "\($0.metric.rawValue):\($0.surface)@\($0.year.map(String.init) ?? "?")" }
}

@Test(arguments: [
  // A cue of the sentence (参与) does not make the level compared with participants.
  ("今年全市共有3200余名职工志愿者参与服务，较去年的1600名翻了一番。",
   ["volunteers:3200余名@2021", "volunteers:1600名@2020"]),
  // ...and the increase after it is still the new ones.
  ("全市共有志愿服务队150支，比2019年的90支多出60支。",
   ["volunteer_teams:150支@2021", "volunteer_teams:90支@2019", "volunteer_teams:60支@2021"]),
  ("今年上半年，驿站服务户外劳动者30万人次，与去年同期的20万人次相比增长50%。",
   ["people_served:30万人次@2021", "people_served:20万人次@2020"]),
  // A time with no year (上届) leaves the earlier level's year unknown, never the year compared from.
  ("全市驿站达到1000家，较上届的800家增加不少。", ["stations:1000家@2021", "stations:800家@?"]),
])
func theLevelComparedWithCountsTheSameThingAtItsOwnTime(_ body: String, _ expected: [String]) throws {
  #expect(try figures(body) == expected)
}

@Test(arguments: [
  // An increase over an earlier time is the new ones, not a level (`IncreaseFigure`).
  ("今年共招募志愿者1200名，比去年增加200名。", ["volunteers:1200名@2021", "volunteers:200名@2021"]),
])
func otherFiguresAfterAComparisonAreNotTheLevelComparedWith(_ body: String, _ expected: [String]) throws {
  #expect(try figures(body) == expected)
}
