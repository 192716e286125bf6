import Extraction
import Testing

@testable import CorpusSynth

@Suite struct AmountPrinterTests {
  @Test(arguments: [(1234, "1,234"), (1_234_567, "1,234,567"), (999, "999"), (10_000, "10,000")])
  func groupsThousands(value: Int, printed: String) {
    #expect(AmountPrinter.grouped(value) == printed)
  }

  @Test(arguments: [(127_200, "12.72万"), (30_000, "3万"), (660_000, "66万"), (15_000, "1.5万")])
  func printsWan(value: Int, printed: String) {
    #expect(AmountPrinter.wan(value) == printed)
  }

  @Test(arguments: [(2, "两"), (10, "十"), (12, "十二"), (20, "二十"), (36, "三十六"), (92, "九十二")])
  func printsSmallChineseNumbers(value: Int, printed: String) {
    #expect(AmountPrinter.chineseSmall(value) == printed)
  }

  /// Every printed form keeps the unit and bounds that DESIGN.md's qualifier rules give it.
  @Test func everyFormCarriesItsBounds() {
    var rng = SplitMix64(seed: 1)
    let type = Typography(fullWidthDigits: 0.3, straySpace: 0.3, halfWidthPunctuation: false, spacedBylines: true)
    for _ in 0..<5000 {
      let value = rng.int(1...200_000)
      let amount = Amount.draw(value, unit: "名", .any, type, &rng)
      #expect(amount.surface.contains("名"))
      switch amount.qualifier {
      case .exact: #expect(amount.low == value && amount.high == value, "\(amount.surface)")
      case .moreThan, .atLeast: #expect(amount.low! <= value && amount.high == nil, "\(amount.surface)")
      case .nearly: #expect(amount.high! >= value && amount.low == nil, "\(amount.surface)")
      case .about: #expect(amount.low == nil && amount.high == nil, "\(amount.surface)")
      case .range: #expect(amount.low! <= value && value <= amount.high!, "\(amount.surface)")
      case .lessThan: Issue.record("the generator never prints 不到 forms")
      }
    }
  }

  @Test(arguments: [
    (100, "百余"), (1000, "千余"), (2000, "两千余"), (10_000, "1万余"),
  ])
  func printsRoundNumbersInChinese(value: Int, expected: String) {
    // NB: Chinese and Arabic forms are both drawn; some seed prints the Chinese one.
    let type = Typography(fullWidthDigits: 0, straySpace: 0, halfWidthPunctuation: false, spacedBylines: true)
    let surfaces = (0..<200).map { seed -> String in
      var rng = SplitMix64(seed: UInt64(seed))
      return Amount.draw(value, unit: "名", .moreThan, type, &rng).surface
    }
    #expect(surfaces.contains(expected + "名"))
  }
}
