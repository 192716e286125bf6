// The scalar trie behind every matcher: leftmost-longest matches, refusals, shared terms.
import Testing
@testable import Extraction

@Suite struct GazetteerScalarDictionaryTests {
  let dictionary = ScalarDictionary([("朝阳", 1), ("朝阳门", 2), ("门头沟", 3), ("阳门", 4), ("朝阳", 5)])

  @Test(arguments: [
    ("朝阳门外", [("朝阳门", [2])]),
    ("去朝阳看看", [("朝阳", [1, 5])]),
    ("朝阳门头沟", [("朝阳门", [2])]),
    ("没有地名", []),
  ])
  func longestMatchWins(text: String, expected: [(String, [Int])]) {
    let scalars = Array(text.unicodeScalars)
    let found = dictionary.scan(scalars).map { ($0.surface(in: scalars), $0.payloads) }
    #expect(found.map(\.0) == expected.map(\.0))
    #expect(found.map(\.1) == expected.map(\.1))
  }

  @Test func aRefusedLongTermFallsBackToAShorterOne() {
    let scalars = Array("朝阳门头沟".unicodeScalars)
    let found = dictionary.scan(scalars) { $0.payloads != [2] }
    #expect(found.map { $0.surface(in: scalars) } == ["朝阳", "门头沟"])
  }

  @Test func offsetsAreUnicodeScalars() {
    let scalars = Array("𠀀a朝阳".unicodeScalars)
    let found = dictionary.scan(scalars)
    #expect(found.map(\.start) == [2])
    #expect(found.map(\.end) == [4])
  }
}
