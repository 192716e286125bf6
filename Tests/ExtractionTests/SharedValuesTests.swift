import Testing

@testable import Extraction

/// Records keep their values; equal arrays among them share one storage.
@Suite struct SharedValuesTests {
  @Test func equalTypesAndPlacesShareStorageAndKeepTheirValues() {
    var shared = SharedValues()
    let first = shared.sharing(record(types: ["志愿服务", "助老"], places: [.district("朝阳区")], line: 1))
    let second = shared.sharing(record(types: ["志愿服务", "助老"], places: [.district("朝阳区")], line: 9))
    let other = shared.sharing(record(types: ["其他"], places: [.citywide], line: 20))
    #expect(second == record(types: ["志愿服务", "助老"], places: [.district("朝阳区")], line: 9))
    #expect(other == record(types: ["其他"], places: [.citywide], line: 20))
    #expect(storage(first.activityTypes) == storage(second.activityTypes))
    #expect(storage(first.places) == storage(second.places))
    #expect(storage(first.activityTypes) != storage(other.activityTypes))
  }

  /// A place written with a decomposed character is `==` to the composed one, but not shared.
  @Test func placesWrittenDifferentlyAreNotShared() {
    var shared = SharedValues()
    _ = shared.sharing(record(types: ["其他"], places: [.outside("caf\u{E9}")], line: 1))
    let decomposed = shared.sharing(record(types: ["其他"], places: [.outside("cafe\u{301}")], line: 9))
    #expect(decomposed.places.map(\.label.utf8.count) == ["cafe\u{301}".utf8.count])
  }

  @Test func factsWithEqualTermsShareThemAndOthersDoNot() {
    var shared = SharedValues()
    let first = shared.sharing(fact(unit: "个", line: 1))
    let second = shared.sharing(fact(unit: "个", line: 2))
    let other = shared.sharing(fact(unit: "家", line: 3))
    let decomposed = shared.sharing(fact(unit: "cafe\u{301}", line: 4))
    let composed = shared.sharing(fact(unit: "caf\u{E9}", line: 5))
    #expect(first.terms === second.terms && first.terms !== other.terms)
    #expect(second == fact(unit: "个", line: 2))
    #expect(composed.unit?.utf8.count == "caf\u{E9}".utf8.count && composed.terms !== decomposed.terms)
  }

  func fact(unit: String, line: Int) -> Fact {
    Fact(
      file: "a.txt", line: line, article: "标题", articleLine: 1, programme: "暖心伴考", metric: .stations,
      scope: .district("朝阳区"), year: 2024, value: 76, low: 76, high: 76, qualifier: .exact, unit: unit,
      surface: "76" + unit, quote: "设立76\(unit)站点")
  }

  func record(types: [String], places: [Scope], line: Int) -> ArticleRecord {
    // NB: each array and dictionary is built anew, as the extractor builds them.
    ArticleRecord(
      file: "a.txt", lineStart: line, lineEnd: line + 5, headline: "标题", year: 2024,
      places: places.map { $0 }, activityTypes: types.map { $0 },
      cues: Dictionary(uniqueKeysWithValues: types.map { ($0, ["志愿者"]) }), paragraphCount: 2)
  }

  func storage<Element>(_ array: [Element]) -> UnsafeRawPointer? {
    array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }
}
