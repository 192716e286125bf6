// The station findings' list of districts with a count.
import Analysis
import Extraction
import Testing

@testable import ReportKit

@Suite struct StationFindingsTests {
  /// A joint figure of two districts is itself a list: the places with a count part at ；, so
  /// `东城区、西城区 5个` never reads as 东城区 on its own.
  @Test func aJointGroupOfDistrictsPartsTheListAtSemicolons() throws {
    let one = Fixture.fact(.stations, "8个", 8, unit: "个", scope: .district("东城区"), line: 3, quote: "东城区设立8个站点")
    let joint = Fixture.fact(.stations, "5个", 5, unit: "个", scope: .region("东城区、西城区"), line: 4, quote: "东城区、西城区共设立5个站点")
    let counts = StationCounts(facts: [one, joint], mentions: [])
    let sentences = StationFindings(counts: counts, language: .zh).sentences
    #expect(sentences.contains { $0.contains("东城区 8个；东城区、西城区 5个") }, "\(sentences)")
  }
}
