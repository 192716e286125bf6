// Sentence and clause boundaries in normalised text, found by scanning scalars.
import ChineseText

/// Where the sentence and the clause around an offset begin and end.
///
/// A sentence ends at `。！？；` (and their ASCII folds); a clause also at `，：`. Quotation marks
/// and `、` do not end either: `45个中、高考“服务点”` is one clause.
struct ClauseBounds {
  /// How far a sentence may reach on either side of a number, in scalars.
  /// NB: text with no sentence-ending punctuation (OCR run-ons, tables) would otherwise make every
  /// number's sentence the whole paragraph, and extraction quadratic in the paragraph's length.
  static let sentenceReach = 160
  /// How far a clause may reach on either side.
  static let clauseReach = 80

  /// Sentence ends, plus `;`, a line break and a bullet: a figure's sentence stops at a semicolon,
  /// and a box of bulleted figures run into one paragraph (`◆站点98个 ◆志愿者1800余人`) is one per item.
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    Punctuation.endsSentence(scalar) || scalar == ";" || scalar == "；" || scalar == "\n" || Punctuation.isBullet(scalar)
  }

  /// Clause ends: sentence ends and the clause marks, except `、`, which joins a list inside a clause.
  static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    isSentenceEnd(scalar) || (Punctuation.splitsClause(scalar) && scalar != "、")
  }

  let scalars: [Unicode.Scalar]

  /// The start of the run that `offset` is in, per `isEnd`, at most `reach` scalars back.
  func start(of offset: Int, reach: Int, _ isEnd: (Unicode.Scalar) -> Bool) -> Int {
    var index = min(max(offset, 0), scalars.count)
    let limit = max(0, index - reach)
    while index > limit, !isEnd(scalars[index - 1]) { index -= 1 }
    return index
  }

  /// The end (exclusive, before the punctuation) of the run that `offset` is in, at most `reach` on.
  func end(of offset: Int, reach: Int, _ isEnd: (Unicode.Scalar) -> Bool) -> Int {
    var index = min(max(offset, 0), scalars.count)
    let limit = min(scalars.count, index + reach)
    while index < limit, !isEnd(scalars[index]) { index += 1 }
    return index
  }

  func sentence(around range: Range<Int>) -> Range<Int> {
    start(of: range.lowerBound, reach: Self.sentenceReach, Self.isSentenceEnd)
      ..< end(of: range.upperBound, reach: Self.sentenceReach, Self.isSentenceEnd)
  }

  func clause(around range: Range<Int>) -> Range<Int> {
    start(of: range.lowerBound, reach: Self.clauseReach, Self.isClauseEnd)
      ..< end(of: range.upperBound, reach: Self.clauseReach, Self.isClauseEnd)
  }
}
