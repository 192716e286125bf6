import Testing

@testable import Extraction

/// A fact's packed optional numbers read back exactly as they were given, and compare as before.
@Suite struct FactStorageTests {
  @Test(arguments: [nil, 0, -0.0, 2.5, -1e300, .infinity] as [Double?])
  func boundsReadBackAsGiven(number: Double?) {
    var fact = Self.fact
    (fact.value, fact.low, fact.high) = (number, nil, number)
    #expect(fact.value == number && fact.low == nil && fact.high == number)
    #expect(fact.value?.sign == number?.sign)
  }

  @Test(arguments: [nil, 0, 2024, Int.min, Int.max] as [Int?])
  func yearsReadBackAsGiven(year: Int?) {
    var fact = Self.fact
    (fact.year, fact.periodStart, fact.periodEnd) = (year, year, nil)
    #expect(fact.year == year && fact.periodStart == year && fact.periodEnd == nil)
  }

  @Test func settingOneNumberLeavesTheOthers() {
    var fact = Self.fact
    fact.periodStart = nil
    fact.cumulative = false
    #expect(fact.year == 2024 && fact.periodEnd == 2024 && fact.value == 76 && fact.low == 70 && fact.high == 80)
    fact.cumulative = true
    #expect(fact.cumulative && fact.periodStart == nil)
  }

  /// An absent number equals an absent one whatever was stored before, and not a present zero.
  @Test func factsAreEqualWhenTheirPropertiesAre() {
    var cleared = Self.fact
    cleared.year = nil
    var never = Self.fact
    never.year = 7
    never.year = nil
    #expect(cleared == never && cleared.hashValue == never.hashValue)
    var zero = never
    zero.year = 0
    #expect(zero != never)
    var nan = Self.fact
    nan.value = .nan
    #expect(nan != nan, "as with Double?: NaN is unequal to itself")
  }

  /// Facts sharing their terms' storage are still values: changing one leaves the other.
  @Test func aFactThatSharesItsTermsChangesAlone() {
    var shared = SharedValues()
    let first = shared.sharing(Self.fact)
    var second = shared.sharing(Self.fact)
    #expect(first.terms === second.terms)
    second.programme = "送温暖"
    second.scope = .citywide
    #expect(first == Self.fact)
    #expect(second.programme == "送温暖" && second.scope == .citywide && second.metric == .stations)
    #expect(second.unit == "个" && second.qualifier == .about && second.subtype == nil)
  }

  /// NB: 64-bit layout; the model holds hundreds of thousands of facts.
  @Test func aFactTakesAtMost144Bytes() {
    #expect(MemoryLayout<Fact>.stride <= 144)
  }

  static let fact = Fact(
    file: "a.txt", line: 3, article: "标题", articleLine: 1, programme: "暖心伴考", metric: .stations,
    scope: .district("朝阳区"), year: 2024, cumulative: true, periodStart: 2015, periodEnd: 2024, value: 76, low: 70,
    high: 80, qualifier: .about, unit: "个", surface: "76个", quote: "设立76个站点")
}
