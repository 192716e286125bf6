// The first figure of a change, with its noun left out: `由2015年的10名增加到2025年的1500余名`.
import ChineseText
import NewsCorpus

/// `志愿者人数由2015年的10名增加到2025年的1500余名`, `服务站点从最初的5个发展到现在的104个`: the figure a
/// change starts from names no noun of its own; it counts what the figure it changes into counts.
///
/// In the language of these spans: a change verb (`增加到`, `增至`, `发展到`, `达到` …) stands
/// between the two figures, in one sentence (a semicolon may stand between them), and the second
/// is the next figure with the same measure word.
enum ChangeSpan {
  static let verbs: [[Unicode.Scalar]] = [
    "增加到", "增加至", "增长到", "增长至", "增至", "发展到", "发展至", "扩大到", "扩大至", "扩展到", "扩展至", "提升到",
    "提升至", "提高到", "提高至", "上升到", "上升至", "升至", "跃升至", "达到", "减少到", "减少至", "降至",
    "壮大到", "壮大至", "壮大为", "扩充到", "扩充至", "扩充为", "增加为", "增长为", "发展为", "扩大为", "提升为",
    "缩减至", "缩减到", "减至", "下降到", "下降至", "回落到", "回落至", "恢复到", "恢复至", "回升到", "回升至",
    // A span's last step (`从2015年的12个…，再到今年的86个`).
    "再到",
  ].map { Array($0.unicodeScalars) }

  /// A span's next step: 到 after a clause mark, before a year (`从2015年的12个，到2018年的58个`); not any
  /// 到 after a comma (`志愿者80名，到场服务…`).
  static func stepsTo(_ between: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
    for index in between.dropLast() where scalars[index] == "到" && index > between.lowerBound {
      guard Punctuation.splitsClause(scalars[index - 1]) else { continue }
      let rest = scalars[(index + 1)..<between.upperBound]
      if YearScan.yearWord(opening: rest) != nil || stepTimes.contains(where: { rest.starts(with: $0) }) { return true }
    }
    return false
  }

  /// Times other than a year a span's step may lead to (`，到今年的86个`).
  static let stepTimes = ["今年", "去年", "目前", "现在", "如今"].map { Array($0.unicodeScalars) }

  /// The index of the figure that `quantities[index]` changes into, if a change verb leads to it.
  static func target(of index: Int, in quantities: [Quantity], scalars: [Unicode.Scalar], sentence: Range<Int>)
    -> Int?
  {
    let from = quantities[index]
    guard let unit = from.unit, MetricRules.countUnits.contains(unit),
      let next = quantities[(index + 1)...].firstIndex(where: { $0.unit == from.unit }),
      quantities[next].end <= sentence.upperBound,
      // NB: a figure that counts a thing of its own starts no change (`扩展到全市16个区，站点增至90个`).
      !countsAThingOfItsOwn(from, unit: unit, before: quantities[next].start, in: scalars)
    else { return nil }
    return joinedByAVerb(from.end..<quantities[next].start, in: scalars) ? next : nil
  }

  /// Whether the words right after a figure name what it counts instead of what a change counts
  /// (`16个区`): read a few scalars ahead, no further than the next figure.
  static func countsAThingOfItsOwn(_ figure: Quantity, unit: String, before limit: Int, in scalars: [Unicode.Scalar]) -> Bool {
    let after = scalars[figure.end..<min(figure.end + 4, max(figure.end, limit))]
    return MetricRules.countsAnotherThing(unit: unit, after: ScalarText(checking: after))
  }

  /// The earlier figure that `quantity` is what it changed into (`站点80个，今年增至104个`): the last
  /// with the same measure word in the same sentence, a change verb between them. A semicolon
  /// joins the two halves of one sentence here (`去年设立站点12个；今年增至15个`).
  static func source(
    of quantity: Quantity, in scalars: [Unicode.Scalar], sentence: Range<Int>, antecedents: [PlaceBreakdown.Antecedent]
  ) -> Fact? {
    guard let from = antecedents.last(where: { $0.fact.unit == quantity.unit }), from.end <= quantity.start else {
      return nil
    }
    let between = from.end..<quantity.start
    if from.sentence == sentence { return joinedByAVerb(between, in: scalars) ? from.fact : nil }
    guard !scalars[between].contains(where: { Punctuation.endsSentence($0) || $0 == "\n" }) else { return nil }
    // NB: across the semicolon, the verb must stand in the figure's own sentence.
    return verbs.contains { scalars.offset(ofWord: $0, in: sentence.lowerBound..<quantity.start) != nil } ? from.fact : nil
  }

  /// Whether a change verb stands in `between`, with no sentence end.
  static func joinedByAVerb(_ between: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
    guard !scalars[between].contains(where: ClauseBounds.isSentenceEnd) else { return false }
    return verbs.contains { scalars.offset(ofWord: $0, in: between) != nil } || stepsTo(between, in: scalars)
  }
}
