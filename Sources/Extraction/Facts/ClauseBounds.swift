// Sentence and clause boundaries in normalised text, found by scanning scalars.

/// Where the sentence and the clause around an offset begin and end.
///
/// A sentence ends at `。！？；` (and their ASCII folds); a clause also at `，：`. Quotation marks
/// and `、` do not end either: `80个中、高考“伴考服务站点”` is one clause.
struct ClauseBounds {
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "!", "?", ";", "！", "？", "；", "\n": true
    default: false
    }
  }

  static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    isSentenceEnd(scalar) || scalar == "," || scalar == ":" || scalar == "，" || scalar == "："
  }

  let scalars: [Unicode.Scalar]

  /// The start of the run that `offset` is in, per `isEnd`.
  func start(of offset: Int, _ isEnd: (Unicode.Scalar) -> Bool) -> Int {
    var index = min(offset, scalars.count)
    while index > 0, !isEnd(scalars[index - 1]) { index -= 1 }
    return index
  }

  /// The end (exclusive, before the punctuation) of the run that `offset` is in.
  func end(of offset: Int, _ isEnd: (Unicode.Scalar) -> Bool) -> Int {
    var index = max(offset, 0)
    while index < scalars.count, !isEnd(scalars[index]) { index += 1 }
    return index
  }

  func sentence(around range: Range<Int>) -> Range<Int> {
    start(of: range.lowerBound, Self.isSentenceEnd)..<end(of: range.upperBound, Self.isSentenceEnd)
  }

  func clause(around range: Range<Int>) -> Range<Int> {
    start(of: range.lowerBound, Self.isClauseEnd)..<end(of: range.upperBound, Self.isClauseEnd)
  }
}
