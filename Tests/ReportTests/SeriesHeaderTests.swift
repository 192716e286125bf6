@testable import Analysis
import Extraction
import Testing

@testable import ReportKit

/// Found by the 100k-article benchmark: two series whose headers read alike broke Excel's table.
@Suite struct SeriesHeaderTests {
  @Test func seriesThatReadAlikeSpellOutTheirUnits() {
    let withUnit = VolunteerGrowth.Series(metric: .peopleServed, subtype: nil, unit: "人次", cells: [:])
    let without = VolunteerGrowth.Series(metric: .peopleServed, subtype: nil, unit: nil, cells: [:])
    let l = Language.zh
    #expect(withUnit.header(l) == without.header(l))
    let headers = [withUnit, without].map { $0.header(l, among: [withUnit, without]) }
    #expect(Set(headers).count == 2)
    #expect(headers[0].contains("人次") && headers[1].contains("未注单位"))
    #expect(withUnit.header(l, among: [withUnit]) == withUnit.header(l))
  }

  /// The sheet's headers, read once for all series, are each series' own header among them.
  @Test func headersOfAllSeriesAreEachOnesHeaderAmongThem() {
    let all = [
      VolunteerGrowth.Series(metric: .peopleServed, subtype: nil, unit: "人次", cells: [:]),
      VolunteerGrowth.Series(metric: .peopleServed, subtype: nil, unit: nil, cells: [:]),
      VolunteerGrowth.Series(metric: .stations, subtype: "高考", unit: "个", cells: [:]),
    ]
    for l in Language.allCases {
      #expect(VolunteerGrowth.Series.headers(l, of: all) == all.map { $0.header(l, among: all) })
    }
  }
}
