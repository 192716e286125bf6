// A bound said at the head of a clause for the number its verb reaches: `至少发放伴考包5000份`.
import ChineseText

/// `至少发放伴考包5000份` is at least 5000 packs, though 至少 stands before the verb and the noun, not
/// before the number (`至少5000份`, which the quantity parser reads). In the language of these clauses
/// the adverb bounds the one number its clause goes on to: an exact number, the first after the
/// adverb, with no other number between them, a few words on.
enum ClauseBound {
  /// Adverbs of a lower bound, then of an upper bound. NB: not 最多 or 最少, which away from their
  /// number are most often the superlative (`海淀区最多有156家`: the most, not at most).
  static let bounds: [(word: [Unicode.Scalar], qualifier: Qualifier)] = [
    ("至少", Qualifier.atLeast), ("起码", .atLeast), ("至多", .lessThan),
  ].map { (Array($0.0.unicodeScalars), $0.1) }
  /// How far an adverb may stand before the number, in scalars (`至少为全市考生发放伴考包` is 11).
  static let reach = 12

  /// `quantity` bounded by an adverb before it in its clause, which starts at `clauseStart`; as it is
  /// when none bounds it.
  static func applied(to quantity: Quantity, clauseStart: Int, in scalars: [Unicode.Scalar]) -> Quantity {
    guard quantity.qualifier == .exact, let value = quantity.value else { return quantity }
    let start = max(clauseStart, quantity.start - reach)
    let words = scalars[start..<quantity.start]
    guard let (bound, at) = bounds.lazy.compactMap({ bound in words.lastIndex(ofWord: bound.word).map { (bound, $0) } }).first,
      !scalars[(at + bound.word.count)..<quantity.start].contains(where: { $0.isASCIIDigit || ChineseNumeral.digit($0) != nil })
    else { return quantity }
    var bounded = quantity
    bounded.qualifier = bound.qualifier
    (bounded.low, bounded.high) = bound.qualifier == .atLeast ? (value, nil) : (nil, value)
    return bounded
  }
}
