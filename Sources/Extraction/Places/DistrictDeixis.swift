// `去年我们区只有5个站点`: a sentence about "our district" is one district's, never the whole city's.

/// A sentence that says 我们区, 我区 or 本区 and names no place speaks for one district: the one the
/// speaker is named with, usually right after the quote (`“…今年增加到了9个。”延庆区总工会负责人表示`),
/// else the last district named before it in the paragraph. A citywide article would otherwise
/// give its figures to the whole city.
enum DistrictDeixis {
  /// Words for the speaker's own district.
  static let words = ["我们区", "咱们区", "我们这个区", "我区", "本区"].map { Array($0.unicodeScalars) }
  /// A word that continues 区 into another noun (`本区域`).
  static let continuations: Set<Unicode.Scalar> = ["域", "间", "别"]
  /// How far before the sentence a district may be named, in scalars.
  static let reachBefore = 200

  /// Whether `sentence` speaks of its speaker's district.
  static func speaksForADistrict(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
    guard sentence.contains("区") else { return false }
    return words.contains { word in
      var from = sentence.startIndex
      while let at = sentence[from...].firstRange(of: word) {
        if at.upperBound == sentence.endIndex || !continuations.contains(sentence[at.upperBound]) { return true }
        from = at.upperBound
      }
      return false
    }
  }

  /// The district the sentence at `range` of `scalars` speaks for, if it speaks for one and the
  /// text around it names it.
  static func district(of range: Range<Int>, in scalars: [Unicode.Scalar], gazetteer: Gazetteer) -> Scope? {
    guard speaksForADistrict(scalars[range]) else { return nil }
    // The sentence after: the speaker's attribution, past the quote's closing marks.
    var start = range.upperBound
    while start < scalars.count, ClauseBounds.isSentenceEnd(scalars[start]) || FactExtractor.clauseClosers.contains(scalars[start]) {
      start += 1
    }
    let end = scalars[start...].firstIndex(where: ClauseBounds.isSentenceEnd) ?? scalars.count
    if let after = gazetteer.scope(ofClause: Array(scalars[start..<end])), after.isBeijingDistrict { return after }
    let before = Array(scalars[max(0, range.lowerBound - reachBefore)..<range.lowerBound])
    return gazetteer.places(in: before).last { $0.role != .prefix && $0.isResolved && !$0.isWeak && $0.scope.isBeijingDistrict }?.scope
  }
}
