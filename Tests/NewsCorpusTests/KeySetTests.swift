// The page's sets of piece keys and line numbers answer as the standard library's sets do.
import Testing
@testable import NewsCorpus

@Test func aKeySetHoldsWhatASetHolds() {
  var generator = SystemRandomNumberGenerator()
  var keys = KeySet()
  var reference = Set<TextPieces.Key>()
  // NB: a few hashes repeat with other lengths, and the set grows several times.
  for round in 0..<3_000 {
    let hash = round % 7 == 0 ? UInt64(round / 7) : UInt64.random(in: 0...UInt64.max, using: &generator)
    let key = TextPieces.Key(hash: hash, length: 1 + round % 5)
    #expect(keys.contains(key) == reference.contains(key))
    keys.insert(key)
    reference.insert(key)
  }
  keys.formUnion(reference)
  #expect(keys.count == reference.count)
  #expect(reference.allSatisfy(keys.contains))
  #expect(!keys.contains(TextPieces.Key(hash: 12_345, length: 99)))
}

@Test func lineNumbersHoldTheLinesInserted() {
  var lines = LineNumbers(upTo: 5)
  for number in [1, 3, 9] { lines.insert(number) }
  #expect((0...12).filter(lines.contains) == [1, 3, 9])
  #expect(!lines.contains(-1))
}
