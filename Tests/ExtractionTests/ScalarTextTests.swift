// ScalarText answers exactly as the Foundation and standard-library String operations it replaces.
import Foundation
import Testing

@testable import Extraction

@Suite struct ScalarTextTests {
  @Test(arguments: [
    ("累计服务3000人次", "累计", true),
    ("从2015年到现在", "到现在", true),
    ("其中高考", "中高考", true),
    ("服务站点62个", "", false),
    ("站点", "服务站点", false),
    // Not simple: Foundation's canonical equivalence decides, through the fallback.
    ("\u{F900}", "\u{8C48}", true),
    ("e\u{301}x", "e", false),
  ])
  func containsAgreesWithFoundation(text: String, word: String, expected: Bool) {
    #expect(text.contains(word) == expected)
    #expect(ScalarText(text).contains(MatchWord(word)) == expected)
  }

  /// Random texts over simple scalars, words cut from them or from the alphabet.
  @Test func everyOperationAgreesOnSimpleText() {
    let alphabet = Array("中其高考从到现在年累计 a1,，。“”\n".unicodeScalars)
    var generator = SystemRandomNumberGenerator()
    func text(_ length: Int) -> String {
      String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
    }
    for _ in 0..<2000 {
      let haystack = text(Int.random(in: 0...12, using: &generator))
      let needle = text(Int.random(in: 0...3, using: &generator))
      let scalarText = ScalarText(haystack)
      let word = MatchWord(needle)
      #expect(scalarText.isSimple && word.isSimple)
      #expect(scalarText.contains(word) == haystack.contains(needle), "\(haystack) ∋ \(needle)")
      #expect(scalarText.hasPrefix(word) == haystack.hasPrefix(needle), "\(haystack) ^ \(needle)")
      if !needle.isEmpty {
        #expect(scalarText.removingAll(word).string == haystack.replacing(needle, with: ""))
      }
      let suffix = haystack.range(of: needle, options: .backwards).map { String(haystack[$0.upperBound...]) }
      #expect(scalarText.suffix(afterLast: word)?.string == suffix, "\(haystack) … \(needle)")
    }
  }

  @Test(arguments: [
    ("考点外设立服务点", "考点"),
    ("高考、中考考点外", "高考、中考考点"),
    ("高考和中考考点", "高考和中考考点"),
    ("全市各区的高考中考考点", nil),  // more qualifiers than a noun takes
    ("，考点", nil),  // a clause mark ends the noun before the word
    ("服务站点", nil),
    ("e\u{301}考点", nil),  // not simple: no opening is read
  ] as [(String, String?)])
  func aQualifiedWordOpensTheText(text: String, opening: String?) {
    let found = ScalarText(text).opening(qualified: MatchWord("考点"), maxQualifier: 8)
    #expect(found.map { String(scalars: Array($0)) } == opening)
  }

  @Test func fallbackSuffixCountsScalars() {
    let text = ScalarText("e\u{301}从a从bc")
    #expect(!text.isSimple)
    #expect(text.suffix(afterLast: MatchWord("从"))?.string == "bc")
  }

  @Test(arguments: ["", "a", "é", "中文", "𠀀字", "a\u{301}€𝄞"])
  func stringsBuiltFromScalarsRoundTrip(text: String) {
    #expect(String(scalars: Array(text.unicodeScalars)) == text)
    #expect(String(scalars: Array(text.unicodeScalars)).utf8.elementsEqual(text.utf8))
  }
}

@Suite struct WordSetTests {
  @Test(arguments: ["元", "块", "美元", "个", "", "元整", "%", "e\u{301}", "é", "\u{F900}"])
  func agreesWithSetContains(word: String) {
    for set: Set<String> in [["元", "圆", "圓", "块", "塊"], ["美元"], ["é", "%"], ["\u{8C48}"], []] {
      #expect(WordSet(set).contains(word) == set.contains(word), "\(set) ∋ \(word)")
    }
  }
}

@Suite struct ScalarArrayTests {
  @Test(arguments: ["", "a", "é", "中文，。", "𠀀字", "a\u{301}€𝄞\n\t", "２０２４年"])
  func decodesAsTheScalarViewDoes(text: String) {
    #expect(text.scalarArray == Array(text.unicodeScalars))
  }
}
