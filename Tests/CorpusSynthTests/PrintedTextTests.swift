import Extraction
import Testing

@testable import CorpusSynth

@Suite struct PrintedTextTests {
  private func figure(_ surface: String) -> Figure {
    Figure(amount: Amount(surface: surface, low: 1, high: 1, qualifier: .exact, unit: "个"), metric: .stations)
  }

  @Test func quotesTheClauseAroundAFigure() {
    var rng = SplitMix64(seed: 1)
    let type = Typography(fullWidthDigits: 0, straySpace: 0, halfWidthPunctuation: false, spacedBylines: true)
    let passage: Passage = "今年，全区设立\(figure("12个"))服务站点，每个站点有志愿者值守。"
    let printed = passage.printed(type, &rng)
    #expect(printed.text == "今年，全区设立12个服务站点，每个站点有志愿者值守。")
    #expect(printed.placements.map(\.quote) == ["全区设立12个服务站点"])
    #expect(printed.placements.map(\.start) == [7])
  }

  @Test func quotesStopAtBylinesAndKeepThousandsTogether() {
    var rng = SplitMix64(seed: 1)
    let type = Typography(fullWidthDigits: 0, straySpace: 0, halfWidthPunctuation: true, spacedBylines: true)
    let body: Passage = "已有1,500名志愿者和\(figure("8个"))服务点，运转良好。"
    let passage = Passage(pieces: [.byline("本报讯（记者 王明）")] + body.pieces)
    let printed = passage.printed(type, &rng)
    #expect(printed.text == "本报讯(记者 王明)已有1,500名志愿者和8个服务点,运转良好。")
    #expect(printed.placements.map(\.quote) == ["已有1,500名志愿者和8个服务点"])
  }

  @Test func letterSpacesHeadlinesAsDumpsDo() {
    let spaced = PageWriter.letterSpaced(Array("向前一步，贴近职工".unicodeScalars))
    #expect(String(String.UnicodeScalarView(spaced)) == "向 前 一 步 ，贴 近 职 工")
  }
}
