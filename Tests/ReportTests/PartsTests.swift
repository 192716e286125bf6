// Small parts of ReportKit: axis scale, decimals, ratios, options, districts, language.
import ArgumentParser
import ReportKit
import Testing
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
