// A bound said at the head of a clause bounds the number its verb reaches.
import Testing
@testable import Extraction

/// The first quantity of `clause`, bounded by an adverb before it, as `surface/qualifier/low-high`.
private func bounded(_ clause: String) throws -> String {
  let scalars = Array(clause.unicodeScalars)
  let quantity = try #require(QuantityParser.quantities(in: scalars).first)
  let read = ClauseBound.applied(to: quantity, clauseStart: 0, in: scalars)
  return "\(read.surface)/\(read.qualifier.rawValue)/\(read.low.map { Int($0) } ?? -1)-\(read.high.map { Int($0) } ?? -1)"
}

@Test(arguments: [
  ("至少发放伴考包5000份", "5000份/at_least/5000--1"),
  ("起码要组织志愿者200名", "200名/at_least/200--1"),
  ("每站至多安排志愿者8名", "8名/less_than/-1-8"),
  // The parser's own reading stays: the adverb before the number, or an approximation of its own.
  ("至少5000份", "至少5000份/at_least/5000--1"),
  ("至少发放伴考包5000余份", "5000余份/more_than/5000--1"),
  // Another number between them is what the adverb bounds; the superlative 最多 bounds nothing.
  ("至少在10个考点发放伴考包5000份", "10个/at_least/10--1"),
  ("海淀区驿站数量最多的达到156家", "156家/exact/156-156"),
  ("发放伴考包5000份", "5000份/exact/5000-5000"),
])
func anAdverbAtTheHeadOfAClauseBoundsItsNumber(_ clause: String, _ expected: String) throws {
  #expect(try bounded(clause) == expected)
}
