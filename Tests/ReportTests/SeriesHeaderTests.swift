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
    let headers = VolunteerGrowth.Series.headers(l, of: [withUnit, without])
    #expect(Set(headers).count == 2)
    #expect(headers[0].contains("人次") && headers[1].contains("未注单位"))
    #expect(VolunteerGrowth.Series.headers(l, of: [withUnit]) == [withUnit.header(l)])
  }
}
