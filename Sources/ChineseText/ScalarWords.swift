// Whether a stretch of scalars holds or ends with a word: the test many language rules make.

extension ArraySlice where Element == Unicode.Scalar {
  /// Whether `word` stands anywhere in the slice (false for an empty word).
  public func containsWord(_ word: [Unicode.Scalar]) -> Bool {
    guard let first = word.first, word.count <= count else { return false }
    var index = startIndex
    while index + word.count <= endIndex {
      if self[index] == first, self[index..<(index + word.count)].elementsEqual(word) { return true }
      index += 1
    }
    return false
  }

  /// Where the last `word` in the slice starts, as an index of the slice (nil for an empty word).
  public func lastIndex(ofWord word: [Unicode.Scalar]) -> Int? {
    guard !word.isEmpty else { return nil }
    var index = endIndex - word.count
    while index >= startIndex {
      if self[index..<(index + word.count)].elementsEqual(word) { return index }
      index -= 1
    }
    return nil
  }

  /// The part after the last scalar `isMark` accepts, or the whole slice when none does: the last
  /// item of a list (`党员志愿者` of `其中，党员志愿者`).
  public func afterLast(where isMark: (Unicode.Scalar) -> Bool) -> ArraySlice<Unicode.Scalar> {
    lastIndex(where: isMark).map { self[($0 + 1)...] } ?? self
  }

  /// Whether the slice ends with `word`.
  public func endsWithWord(_ word: [Unicode.Scalar]) -> Bool {
    count >= word.count && self[(endIndex - word.count)...].elementsEqual(word)
  }
}
