// Finding a word in a stretch of scalars, for the few rules that look for one word (其中, 分别, 增至).

extension Array where Element == Unicode.Scalar {
  /// Where `word` first starts within `range` (ending inside it too), if it does.
  func offset(ofWord word: [Unicode.Scalar], in range: Range<Int>) -> Int? {
    guard !word.isEmpty else { return nil }
    let range = range.clamped(to: 0..<count)
    var index = range.lowerBound
    while index + word.count <= range.upperBound {
      if hasPrefix(word, at: index) { return index }
      index += 1
    }
    return nil
  }
}
