import Testing
import Extraction
@testable import Analysis

private let districts = ["东城区", "延庆区"]

@Test func threeStatesStayApart() {
  let counts = StationCounts(
    facts: [fact(.stations, "3个", year: 2023, value: 3, unit: "个", scope: .district("东城区"))],
    mentions: [StationMention(file: "a.txt", line: 2, article: "t", articleLine: 1, programme: "暖心伴考", kind: "服务点", scope: .district("延庆区"), year: 2023, quote: "设服务点")],
    districts: districts)
  let column = StationCounts.Column(kind: StationCategory.examService, year: 2023)
  #expect(counts.cell(.district("东城区"), column).leading?.cellValue == 3)
  if case .mentioned(let mentions) = counts.cell(.district("延庆区"), column) { #expect(mentions.count == 1) } else { Issue.record("expected a mention") }
  #expect(counts.cell(.citywide, column) == .noData)
}

/// A running total of rest stations up to a point is the stock of its year; one since a start, or
/// one of exam-season stations, adds up what several years built and counts no year.
@Test func aRunningTotalOfRestStationsUpToAPointIsTheirCount() {
  let counts = StationCounts(
    facts: [
      fact(.stations, "1497家", year: 2023, value: 1497, unit: "家", programme: "户外劳动者暖心驿站", cumulative: true, periodEnd: 2023),
      fact(.stations, "1200家", year: 2023, value: 1200, unit: "家", programme: "户外劳动者暖心驿站", scope: .district("东城区"),
        cumulative: true, periodStart: 2019, periodEnd: 2023),
      fact(.stations, "近千个", year: 2024, qualifier: .nearly, value: 1000, unit: "个", cumulative: true, periodEnd: 2024),
    ], mentions: [], districts: districts)
  #expect(counts.cell(.citywide, StationCounts.Column(kind: StationCategory.restStation, year: 2023)).leading?.cellValue == 1497)
  #expect(counts.cell(.district("东城区"), StationCounts.Column(kind: StationCategory.restStation, year: 2023)) == .noData)
  #expect(counts.cell(.citywide, StationCounts.Column(kind: StationCategory.examService, year: 2024)) == .noData)
}

@Test func aStreetsCountIsListedApartFromItsDistrict() {
  var street = fact(.stations, "百余家", year: 2023, value: 100, unit: "家", scope: .district("东城区"))
  street.locality = "东华门街道"
  let counts = StationCounts(facts: [street], mentions: [], districts: districts)
  #expect(counts.cell(.district("东城区"), StationCounts.Column(kind: StationCategory.examService, year: 2023)) == .noData)
  #expect(counts.local.map { "\($0.scope.label)\($0.locality) \($0.year ?? 0)" } == ["东城区东华门街道 2023"])
}

@Test func rowsAreDistrictsThenCitywideThenRegionsThenOutside() {
  let counts = StationCounts(
    facts: [
      fact(.stations, "2个", value: 2, unit: "个", scope: .outside("河北省某市")),
      fact(.stations, "1800余家", value: 1800, unit: "家", scope: .region("城六区")),
    ], mentions: [], districts: districts)
  #expect(counts.rows == [.district("东城区"), .district("延庆区"), .citywide, .region("城六区"), .outside("河北省某市")])
}

@Test func aCountBeatsAMentionAndBreakdownsGoToComposition() {
  let counts = StationCounts(
    facts: [
      fact(.stations, "50个", value: 50, unit: "个"),
      fact(.stations, "30个", value: 30, unit: "个", subtype: "室外"),
      fact(.stations, "20个", value: 20, unit: "个", subtype: "室内"),
    ],
    mentions: [StationMention(file: "a.txt", line: 4, article: "t", articleLine: 1, programme: "暖心伴考", kind: "站点", scope: .citywide, year: 2024, quote: "q")],
    districts: districts)
  #expect(counts.cell(.citywide, .init(kind: StationCategory.examService, year: 2024)).leading?.cellValue == 50)
  #expect(counts.composition.map(\.part) == ["室内", "室外"])
}

/// The programme ids the marts group by are ids the shipped lexicon knows: a rename in
/// programmes.tsv must not silently empty a report column.
@Test func programmeIdsExistInTheLexicon() {
  for (id, _) in StationCategory.programmes {
    #expect(ProgrammeLexicon.shipped.programme(id: id)?.kind == .programme, "\(id)")
  }
  #expect(ProgrammeLexicon.shipped.programme(id: VolunteerGrowth.examService) != nil)
}
