// Planted facts against extracted ones: found by file, line, measure and bounds; then read alike.
import Foundation
import Testing
import Extraction
@testable import CorpusSynth

private func planted(_ line: Int, low: Int, year: Int?, scope: String, cumulative: Bool = false) throws -> PlantedFact {
  let json = """
    {"file":"p.txt","line":\(line),"article":"A","programme":"暖心伴考","metric":"stations","subtype":null,"scope":"\(scope)",\
    "year":\(year.map(String.init) ?? "null"),"cumulative":\(cumulative),"period_start":null,"period_end":null,"low":\(low),\
    "high":\(low),"qualifier":"exact","unit":"个","surface":"\(low)个","quote":"q"}
    """
  return try JSONDecoder().decode(PlantedFact.self, from: Data(json.utf8))
}

private func extracted(_ line: Int, low: Double, year: Int?, scope: Scope, programme: String? = "暖心伴考") -> Fact {
  Fact(
    file: "p.txt", line: line, article: "A", articleLine: 1, programme: programme, metric: .stations, scope: scope,
    year: year, value: low, low: low, high: low, qualifier: .exact, unit: "个", surface: "\(Int(low))个", quote: "q")
}

@Test func foundFactsAreCountedByWhatTheyAgreeOn() throws {
  let recall = PlantedRecall(
    planted: [
      try planted(3, low: 104, year: 2025, scope: "全市"), try planted(4, low: 12, year: 2025, scope: "朝阳区"),
      try planted(5, low: 9, year: 2025, scope: "海淀区"),
    ],
    extracted: [
      extracted(3, low: 104, year: 2025, scope: .citywide), extracted(4, low: 12, year: 2015, scope: .citywide, programme: nil),
      extracted(5, low: 8, year: 2025, scope: .district("海淀区")),
    ])
  #expect(recall.found == 2)
  #expect(recall.planted == 3)
  #expect(recall.missed.map(\.line) == [5])
  #expect(recall.agreeing == PlantedRecall.Agreement(year: 1, place: 1, breakdown: 2, period: 2, programme: 1))
}
