// `去年我们区只有5个站点`, `该区共有940名`: a sentence about "our district" or "that district" is one district's.
import ChineseText

/// A sentence that says 我们区, 我区 or 本区 and names no place speaks for one district: the one the
/// speaker is named with, usually right after the quote (`“…今年增加到了9个。”延庆区总工会负责人表示`),
/// else the last district named before it in the paragraph. A citywide article would otherwise
/// give its figures to the whole city.
enum DistrictDeixis {
  /// Words for the speaker's own district, without their last scalar 区 (`我们区`, `我区`, `本区`).
  static let words = ["我们", "咱们", "我们这个", "我", "本"].map { Array($0.unicodeScalars) }
  static let district: Unicode.Scalar = "区"
  /// A word that continues 区 into another noun (`本区域`).
  static let continuations: Set<Unicode.Scalar> = ["域", "间", "别"]
  /// How far before the sentence a district may be named, in scalars.
  static let reachBefore = 200

  /// Words for the district the text just named (`该区`, `此区`), without their last scalar 区.
  static let anaphoricWords = ["该", "此"].map { Array($0.unicodeScalars) }

  /// How a sentence points at one district: its speaker's (`我区`), or the one just named (`该区`).
  enum Pointer { case speakers, named }

  /// Whether `sentence` speaks of its speaker's district. One pass, looking back from each 区.
  static func speaksForADistrict(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
    pointer(in: sentence) == .speakers
  }

  /// How `sentence` points at one district, if it does. One pass, looking back from each 区.
  static func pointer(in sentence: ArraySlice<Unicode.Scalar>) -> Pointer? {
    var index = sentence.startIndex
    while index < sentence.endIndex {
      defer { index += 1 }
      guard sentence[index] == district else { continue }
      let next = index + 1
      if next < sentence.endIndex, continuations.contains(sentence[next]) { continue }
      if words.contains(where: { sentence[..<index].endsWithWord($0) }) { return .speakers }
      if anaphoricWords.contains(where: { sentence[..<index].endsWithWord($0) }) { return .named }
    }
    return nil
  }

  /// The district the sentence at `range` of `scalars` speaks for, if it speaks for one and the
  /// text around it names it: for `该区`, the last district named before it (`昌平区的规模更大。今年该区
  /// 共有940名志愿者`), not the pair the article opened with.
  static func district(of range: Range<Int>, in scalars: [Unicode.Scalar], gazetteer: Gazetteer) -> Scope? {
    guard let pointer = pointer(in: scalars[range]) else { return nil }
    if pointer == .named { return lastDistrict(before: range, in: scalars, gazetteer: gazetteer) }
    // The sentence after: the speaker's attribution, past the quote's closing marks.
    var start = range.upperBound
    while start < scalars.count, ClauseBounds.isSentenceEnd(scalars[start]) || FactExtractor.clauseClosers.contains(scalars[start]) {
      start += 1
    }
    let end = scalars[start...].firstIndex(where: ClauseBounds.isSentenceEnd) ?? scalars.count
    if let after = gazetteer.scope(ofClause: Array(scalars[start..<end])), after.isBeijingDistrict { return after }
    return lastDistrict(before: range, in: scalars, gazetteer: gazetteer)
  }

  /// The last Beijing district named in the `reachBefore` scalars before `range`.
  static func lastDistrict(before range: Range<Int>, in scalars: [Unicode.Scalar], gazetteer: Gazetteer) -> Scope? {
    let before = Array(scalars[max(0, range.lowerBound - reachBefore)..<range.lowerBound])
    return gazetteer.places(in: before).last { $0.role != .prefix && $0.isResolved && !$0.isWeak && $0.scope.isBeijingDistrict }?.scope
  }
}
