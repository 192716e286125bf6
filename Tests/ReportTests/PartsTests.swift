// Small parts of ReportKit: axis scale, decimals, ratios, options, districts, language.
import ArgumentParser
import ReportKit
import Testing
import Analysis
import Extraction

@Suite struct PartsTests {
  @Test(arguments: [
    ([10, 1_500], .logarithmic), ([1, 100], .logarithmic), ([2, 250], .logarithmic), ([2, 120], .linear),
    ([15, 35], .linear), ([30, 50, 99], .linear), ([], .linear), ([0, 5], .linear),
  ] as [([Double], AxisScale)])
  func logarithmicOnlyAcrossTwoOrdersOfMagnitude(values: [Double], scale: AxisScale) {
    #expect(AxisScale(values: values) == scale)
  }

  @Test func logAxisStartsAPowerOfTenBelowTheSmallest() {
    #expect(AxisScale.logarithmicMinimum(values: [12, 2_000]) == 1)
    #expect(AxisScale.logarithmicMinimum(values: [1, 120]) == 0.1)
    #expect(AxisScale.logarithmicMinimum(values: [150, 9_000]) == 10)
  }

  @Test(arguments: [(100.0, "100"), (1.66, "1.6"), (12.9, "12"), (1.0, "1.0")] as [(Double, String)])
  func ratiosRoundDown(value: Double, text: String) { #expect(Phrases.ratio(value) == text) }

  @Test func aSentenceNamesThreeReadingsAndCountsTheRest() {
    let facts = [10, 12, 12, 15, 20, 30].enumerated().map { line, value in
      Fixture.fact(.volunteers, "\(value)名", Double(value), line: line, quote: "\(value)名志愿者")
    }
    #expect(Phrases.text(FigureCell(Array(facts.prefix(3))), .zh) == "12名 / 10名（来源不一致）")
    #expect(Phrases.text(FigureCell(facts), .zh) == "12名 / 10名 / 15名 等 5 种读数（来源不一致）")
    #expect(Phrases.text(FigureCell([]), .zh) == nil)
  }

  @Test func optionsDefaultAndParse() throws {
    let defaults = try ReportOptions.parse([])
    #expect(defaults.seeds == "seeds" && defaults.out == "reports" && defaults.lang == .zh && !defaults.quiet)
    let english = try ReportOptions.parse(["--lang", "en", "--seeds", "s", "--out", "o", "--quiet"])
    #expect(english.lang == .en && english.seeds == "s" && english.out == "o" && english.quiet)
    #expect(throws: (any Error).self) { try ReportOptions.parse(["--lang", "fr"]) }
  }

  @Test func seventeenBeijingRowsInStandardOrder() {
    let districts = Gazetteer.beijing.districts
    #expect(districts.count == 17 && Set(districts).count == 17)
    #expect(districts.first == "东城区" && districts.last == "北京经济技术开发区")
  }

  @Test func languagePicksTheWording() {
    #expect(Language.zh("年", "year") == "年" && Language.en("年", "year") == "year")
    #expect(Language.zh.period(2015, 2025) == "2015—2025年" && Language.en.period(2015, 2025) == "2015–2025")
    #expect(Language.zh.year(nil) == "年份不详")
  }
}
