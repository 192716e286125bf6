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

  /// Whether the slice ends with `word`.
  public func endsWithWord(_ word: [Unicode.Scalar]) -> Bool {
    count >= word.count && self[(endIndex - word.count)...].elementsEqual(word)
  }
}
