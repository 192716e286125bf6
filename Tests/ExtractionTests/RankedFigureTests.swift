// Places won and ranks are no counts; a count of towns or work teams is no count of packs or people.
import Testing
@testable import Extraction

/// Every fact of a one-article page, as `surface:metric`.
private func counted(_ body: String) throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: "怀柔职工篮球赛落幕")).map { "\($0.surface):\($0.metric.rawValue)" }
}

@Test(arguments: [
  // A place won after a verb of winning, with the ordinals listed before it.
  ("怀北镇代表队获得冠军，雁栖镇、桥梓镇代表队分获二、三名。比赛共有32支球队参赛。", ["32支:participants"]),
  ("学院路街道、中关村街道、海淀街道的驿站服务人次居前三位。", []),
  ("该队获得第2名，共有120名职工参赛。", ["120名:participants"]),
  // A count of towns is not the families in them, nor the packs sent there.
  ("区总工会为受灾较重的4个镇的困难职工家庭送去慰问品。", []),
])
func placesWonAndCountsOfPlacesAreNoFacts(_ body: String, _ expected: [String]) throws {
  #expect(try counted(body) == expected)
}
