// A small word list keyed by first scalar, for longest-match lookups without allocation.

/// Words with a value each (`超过` → more than, `人次` → a measure word), matched longest first.
struct Lexicon<Value: Sendable>: Sendable {
  /// Entries filed under their (case-folded) first scalar, longest first.
  private let buckets: [Unicode.Scalar: [Entry]]
  /// One bit per `folded first scalar % 1024` that has a bucket.
  /// NB: most lookups find no bucket; a bit test spares them the dictionary's hashing.
  private let firstBits: [UInt64]

  struct Entry: Sendable {
    let word: Word
    let value: Value
  }

  init(_ pairs: [(String, Value)]) {
    var buckets: [Unicode.Scalar: [Entry]] = [:]
    for (text, value) in pairs {
      let word = Array(text.unicodeScalars)
      guard let first = word.first else { continue }
      buckets[Scalars.folded(first), default: []].append(Entry(word: word, value: value))
    }
    self.buckets = buckets.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    var firstBits = [UInt64](repeating: 0, count: 16)
    for first in buckets.keys { firstBits[Int(first.value & 1023) >> 6] |= 1 << UInt64(first.value & 63) }
    self.firstBits = firstBits
  }

  /// The bucket of words filed under `first` (already folded), if any.
  @inline(__always)
  private func bucket(_ first: Unicode.Scalar) -> [Entry]? {
    guard firstBits[Int(first.value & 1023) >> 6] & (1 << UInt64(first.value & 63)) != 0 else { return nil }
    return buckets[first]
  }

  /// Whether some word starts with this scalar: a cheap test before trying to match.
  func mayStart(with scalar: Unicode.Scalar) -> Bool { bucket(Scalars.folded(scalar)) != nil }

  /// The (case-folded) first scalars of the words.
  var firstScalars: [Unicode.Scalar] { Array(buckets.keys) }

  /// The longest word at the start of the input that `accept` allows, with the index past it.
  func longestMatch(
    in input: ScalarInput, where accept: (Entry, _ end: Int) -> Bool = { _, _ in true }
  ) -> (entry: Entry, end: Int)? {
    guard let first = input.first, let bucket = bucket(Scalars.folded(first)) else { return nil }
    for entry in bucket {
      if let end = input.matchEnd(of: entry.word), accept(entry, end) { return (entry, end) }
    }
    return nil
  }

  /// Consumes the longest word at the start of the input and returns its value.
  func parse(_ input: inout ScalarInput) -> Value? {
    guard let (entry, end) = longestMatch(in: input) else { return nil }
    input = input[end...]
    return entry.value
  }
}
