import Testing

@testable import Extraction

/// Strings are the same text only when their bytes are.
@Suite struct ExactTextTests {
  @Test func canonicallyEquivalentStringsAreDifferentTexts() {
    let composed = "caf\u{E9}"
    let decomposed = "cafe\u{301}"
    #expect(composed == decomposed)
    #expect(ExactText(composed) != ExactText(decomposed))
    #expect(Set([ExactText(composed), ExactText(decomposed)]).count == 2)
  }

  @Test func equalBytesAreOneText() {
    let built = String(["暖心", "伴考"].joined())
    #expect(ExactText("暖心伴考") == ExactText(built))
    #expect(ExactText("暖心伴考").hashValue == ExactText(built).hashValue)
    #expect(Set([ExactText("暖心伴考"), ExactText(built), ExactText("伴考")]).count == 2)
  }
}
