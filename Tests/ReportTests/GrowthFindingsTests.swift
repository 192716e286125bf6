// The growth findings' first sentence when no year has a citywide figure.
import Analysis
import Extraction
import Testing

@testable import ReportKit

@Suite struct GrowthFindingsTests {
  /// Found on a folder of district articles only: the list of citywide years printed as empty
  /// brackets, `其中 0 年有全市数字（）`.
  @Test(arguments: Language.allCases)
  func noCitywideYearNamesNoEmptyList(l: Language) throws {
    let district = Fixture.fact(.volunteers, "40名", 40, scope: .district("海淀区"), line: 18, quote: "海淀区40名职工志愿者守在考点")
    let first = try #require(GrowthFindings(growth: VolunteerGrowth(facts: [district]), language: l).sentences.first)
    #expect(first.contains(l("其中 0 年有全市数字；", "0 with citywide figures;")), "\(first)")
    #expect(!first.contains("（）") && !first.contains("()"))
  }
}
