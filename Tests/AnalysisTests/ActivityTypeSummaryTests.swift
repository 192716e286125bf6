import Testing
import Extraction
@testable import Analysis

private func article(_ line: Int, types: [String], year: Int? = 2023) -> ArticleRecord {
  ArticleRecord(
    file: "a.txt", lineStart: line, lineEnd: line + 5, headline: "标题\(line)", year: year,
    places: [.district("海淀区")], activityTypes: types, paragraphCount: 2)
}

@Test func participantsAreSummedOncePerArticleAsBounds() {
  let summary = ActivityTypeSummary(
    articles: [article(1, types: ["文体活动"]), article(10, types: ["文体活动", "劳模工匠"]), article(20, types: ["文体活动"])],
    facts: [
      fact(.participants, "120名", value: 120, articleLine: 1),
      fact(.participants, "近120名", qualifier: .nearly, value: 120, line: 3, articleLine: 1),  // same crowd again
      fact(.participants, "300余名", qualifier: .moreThan, value: 300, line: 11, articleLine: 10),
      fact(.participants, "8组", value: 8, unit: "组", line: 21, articleLine: 20),  // families: not summed with people
    ])
  let sports = summary.rows.first { $0.label == "文体活动" }!
  #expect(sports.articles == 3 && sports.primaryArticles == 3)
  #expect(sports.participantsLow == 420)
  #expect(sports.participantsHigh == nil)  // 300余 is open above
  #expect(sports.articlesWithParticipants == 2 && sports.articlesWithoutParticipants == 1)
  #expect(summary.rows.first { $0.label == "劳模工匠" }!.primaryArticles == 0)
}

/// A running total over years is no head count of the event an article reports.
@Test func aRunningTotalIsNoHeadCount() {
  let summary = ActivityTypeSummary(
    articles: [article(1, types: ["文体活动"])],
    facts: [
      fact(.participants, "2600余名", qualifier: .moreThan, value: 2600, articleLine: 1),
      fact(.participants, "5万余人次", qualifier: .moreThan, value: 50000, unit: "人次", cumulative: true,
           periodStart: 2005, periodEnd: 2023, line: 2, articleLine: 1),
    ])
  #expect(summary.rows.first?.participantsLow == 2600)
}

/// Those who signed up (`300余人报名`) and parts of a crowd are no head count of those who took part.
@Test func signUpsAndPartsAreNoHeadCount() {
  let summary = ActivityTypeSummary(
    articles: [article(1, types: ["联谊交友"])],
    facts: [
      fact(.participants, "300余人", qualifier: .moreThan, value: 300, unit: "人", subtype: "报名", articleLine: 1),
      fact(.participants, "120名", value: 120, line: 2, articleLine: 1),
    ])
  #expect(summary.rows.first?.participantsLow == 120)
}

@Test func rowsSortByArticlesThenLabel() {
  let summary = ActivityTypeSummary(
    articles: [article(1, types: ["慰问帮扶"]), article(2, types: ["慰问帮扶"]), article(3, types: []), article(4, types: ["心理关爱"])],
    facts: [])
  #expect(summary.rows.map(\.label) == ["慰问帮扶", "其他", "心理关爱"])
}
