import Testing
import Extraction
@testable import Analysis

private let facts: [Fact] = [
  fact(.volunteers, "10名", year: 2016, value: 10, line: 1),
  fact(.volunteers, "800名", year: 2020, value: 800, line: 2),
  fact(.volunteers, "两千余名", year: 2022, qualifier: .moreThan, value: 2000, line: 3),
  fact(.stations, "30个", year: 2022, value: 30, unit: "个", line: 4),
  fact(.stations, "20个", year: 2022, value: 20, unit: "个", subtype: "高考", line: 4),
  fact(.volunteers, "12名", year: 2022, value: 12, scope: .district("延庆区"), line: 5),
  fact(.peopleServed, "30万余人次", year: 2022, qualifier: .moreThan, value: 300000, unit: "人次",
       cumulative: true, periodStart: 2016, periodEnd: 2022, line: 6),
  fact(.volunteers, "9名", year: 2022, value: 9, programme: "别的项目", line: 7),
]

@Test func yearsRunFromFirstToLatestWithGapsLeftEmpty() {
  let growth = VolunteerGrowth(facts: facts)
  #expect(growth.years == Array(2016...2022))
  let volunteers = growth.series.first { $0.metric == .volunteers && $0.subtype == nil }!
  #expect(volunteers.cells.keys.sorted() == [2016, 2020, 2022])
  #expect(volunteers.cells[2018] == nil)  // a gap, not a zero
}

@Test func breakdownsDistrictsCumulativesAndOtherProgrammesStayApart() {
  let growth = VolunteerGrowth(facts: facts)
  #expect(growth.series.map(\.label) == ["服务站点", "服务站点（高考）", "志愿者"])
  #expect(growth.districts.map(\.scope) == [.district("延庆区")])
  #expect(growth.cumulative.count == 1)
  #expect(growth.cumulative[0].periodStart == 2016 && growth.cumulative[0].periodEnd == 2022)
  let everyNumberQuoted = growth.series.flatMap { $0.cells.values.flatMap(\.figures) }.allSatisfy { !$0.primary.quote.isEmpty }
  #expect(everyNumberQuoted)
}

@Test func growthIsALowerBoundBetweenComparableFigures() {
  let growth = VolunteerGrowth(facts: facts)
  let volunteers = growth.growth.first { $0.label == "志愿者" }!
  #expect((volunteers.firstYear, volunteers.lastYear) == (2016, 2022))
  #expect(volunteers.minimumRatio == 200)  // 2000余 ÷ 10
  #expect(growth.growth.allSatisfy { $0.label != "服务站点" })  // one year only: no growth claim
}

/// Series of one label in two measure words grow apart, and each statement names its own unit;
/// 名, 人 and 位 all count persons: one series, headed 名, whose growth spans them all.
@Test func growthOfOneLabelInTwoUnitsStaysApart() {
  let growth = VolunteerGrowth(facts: [
    fact(.volunteers, "200名", year: 2016, value: 200, unit: "名"), fact(.volunteers, "900人", year: 2020, value: 900, unit: "人"),
    fact(.volunteers, "950位", year: 2020, value: 950, unit: "位"),
    fact(.volunteers, "1000人次", year: 2017, value: 1000, unit: "人次"), fact(.volunteers, "3000人次", year: 2021, value: 3000, unit: "人次"),
  ])
  #expect(growth.growth.map { "\($0.label)/\($0.unit ?? "-")/\($0.firstYear)-\($0.lastYear)" }.sorted()
    == ["志愿者/人次/2017-2021", "志愿者/名/2016-2020"])
  #expect(growth.series.first { $0.unit == "名" }?.cells[2020]?.figures.count == 2)  // 900人 and 950位: one cell
}

@Test func nearlyAtTheEndAllowsNoLowerBound() {
  let growth = VolunteerGrowth(facts: [
    fact(.volunteers, "10名", year: 2016, value: 10),
    fact(.volunteers, "近千名", year: 2020, qualifier: .nearly, value: 1000),
  ])
  #expect(growth.growth.first?.minimumRatio == nil)
}

@Test func conflictsAreListed() {
  let growth = VolunteerGrowth(facts: facts + [fact(.volunteers, "1500名", year: 2022, value: 1500, line: 9)])
  #expect(growth.conflicts.map(\.subject) == [.series(programme: "暖心伴考", year: 2022, metric: .volunteers, subtype: nil)])
}

@Test func runningTotalsEndingTheSameYearSortByTheirStart() {
  // Two running totals up to 2023: since 2015 and for 2023 alone. The row order must not depend
  // on hashing (it did: the summary's 累计 line flipped between runs on a big corpus).
  let facts = [
    fact(.peopleServed, "5万人次", year: 2023, value: 50_000, unit: "人次", cumulative: true, periodStart: 2023, periodEnd: 2023, line: 2),
    fact(.peopleServed, "66万人次", year: 2023, value: 660_000, unit: "人次", cumulative: true, periodStart: 2015, periodEnd: 2023, line: 1),
  ]
  for order in [facts, facts.reversed()] {
    #expect(VolunteerGrowth(facts: order).cumulative.map(\.periodStart) == [2015, 2023])
  }
}

@Test func aFigureAtOneSiteIsListedWithItsPlaceNotInTheYearTable() {
  var site = fact(.volunteers, "8名", year: 2022, value: 8, line: 9)
  site.locality = "北京四中考点"
  var districtSite = fact(.volunteers, "十几名", year: 2022, qualifier: .moreThan, value: 10, scope: .district("丰台区"), line: 10)
  districtSite.locality = "丰台二中考点"
  let growth = VolunteerGrowth(facts: facts + [site, districtSite])
  let volunteers = growth.series.first { $0.metric == .volunteers && $0.subtype == nil }!
  #expect(volunteers.cells[2022]?.figures.count == 1)  // only the city's 两千余名
  #expect(growth.districts.map(\.placeLabel) == ["北京四中考点", "丰台区丰台二中考点", "延庆区"])
}
