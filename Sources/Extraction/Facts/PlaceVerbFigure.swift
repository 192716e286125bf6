// `此外，石景山区新建37家，门头沟区新建26家`: places and a verb of building, the noun said sentences before.
import ChineseText

/// A district-by-district run of figures goes on into a new paragraph with only each place and its
/// verb of building (`此外，石景山区新建37家，门头沟区新建26家`, `怀柔区、平谷区分别新建28家、25家`), the
/// noun left to the figures before it (`丰台区新建站点98家`), as Chinese leaves a noun it has just said.
/// Such a figure counts what the last earlier figure of its article in its measure word counted. So
/// does the first of a list of places that a lead-in of how the figures spread opens (`按街道分布：
/// 展览路街道5家、月坛街道4家`): the rest of the list goes on with it.
enum PlaceVerbFigure {
  /// Words that carry a run on (`此外`) before its first place.
  static let carryOn = ["此外", "另外", "同时", "其中", "其次"].map { Array($0.unicodeScalars) }
  static let respectively = Array("分别".unicodeScalars)

  /// The earlier fact whose noun the figure goes on with: the clause before it is only places
  /// (joined by `、`) and a verb of building, and an earlier figure in its measure word counted something,
  /// in its own paragraph (`paragraph`, the facts read so far) or an earlier one (`earlier`).
  static func antecedent(
    of quantity: Quantity, clause: Range<Int>, in scalars: [Unicode.Scalar], paragraph: [Fact], earlier: [Fact],
    gazetteer: Gazetteer
  ) -> Fact? {
    guard let unit = quantity.unit, quantity.start > clause.lowerBound else { return nil }
    var own = scalars[clause.lowerBound..<quantity.start].filter { !$0.isHorizontalSpace }[...]
    if own.last == "了" { own = own.dropLast() }
    // NB: a spread lead-in whose sentence holds a figure breaks that figure down: it must be one read.
    var paragraphOnly = false
    if let verb = FigureWindows.buildingVerbs.first(where: { own.endsWithWord($0) }) {
      own = own.dropLast(verb.count)
      if own.endsWithWord(respectively) { own = own.dropLast(respectively.count) }
      if let word = carryOn.first(where: { own.starts(with: $0) }) { own = own.dropFirst(word.count) }
    } else {
      // NB: or a lead-in that says only how the figures spread over places opens the list (`按街道分布：展览路街道5家、…`);
      // its colon may stand in the figure's clause or end the clause before.
      var colon = scalars[clause.lowerBound..<quantity.start].lastIndex(where: Punctuation.isColon) ?? clause.lowerBound - 1
      while colon >= 0, scalars[colon].isHorizontalSpace { colon -= 1 }
      guard colon > 0, Punctuation.isColon(scalars[colon]), let holdsFigure = spreadLeadIn(endingAt: colon, in: scalars) else { return nil }
      own = scalars[(colon + 1)..<quantity.start].filter { !$0.isHorizontalSpace }[...]
      paragraphOnly = holdsFigure
    }
    guard !own.isEmpty, isOnlyPlaces(own, gazetteer: gazetteer) else { return nil }
    let countsInItsUnit = { (fact: Fact) in fact.unit == unit && fact.metric != .other }
    return paragraph.last(where: countsInItsUnit) ?? (paragraphOnly ? nil : earlier.last(where: countsInItsUnit))
  }

  static let spreadWord = Array("分布".unicodeScalars)
  static let byWord: Unicode.Scalar = "按"
  static let sortWords = ["分", "划分", "统计", "计"].map { Array($0.unicodeScalars) }
  /// The longest lead-in that says only how figures spread over places.
  static let spreadLeadInLength = 12

  /// Whether `text` says only how the figures after it spread over places, and names nothing counted:
  /// `按街道分布`, `各区分布如下`, `按区划分`.
  static func isSpreadLeadIn(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard !text.isEmpty, text.count <= spreadLeadInLength, !MetricRules.namesANoun(ScalarText(checking: text)) else { return false }
    return text.containsWord(spreadWord) || (text.first == byWord && sortWords.contains(where: text.endsWithWord))
  }

  /// Whether the colon at `colon` closes a spread lead-in (`按街道分布：`, `…120个，分布如下：`), and if so,
  /// whether the lead-in's sentence holds a figure before it (the one the list breaks down); nil otherwise.
  static func spreadLeadIn(endingAt colon: Int, in scalars: [Unicode.Scalar]) -> Bool? {
    let reach = max(0, colon - spreadLeadInLength - 1)
    let leadStart = scalars[reach..<colon].lastIndex(where: { ClauseBounds.isClauseEnd($0) || Punctuation.isColon($0) }).map { $0 + 1 } ?? reach
    guard isSpreadLeadIn(scalars[leadStart..<colon]) else { return nil }
    let sentenceStart = scalars[..<leadStart].lastIndex(where: ClauseBounds.isSentenceEnd).map { $0 + 1 } ?? 0
    return scalars[sentenceStart..<leadStart].contains(where: \.isASCIIDigit)
  }

  /// Whether `text` is only place names, joined by `、`.
  static func isOnlyPlaces(_ text: ArraySlice<Unicode.Scalar>, gazetteer: Gazetteer) -> Bool {
    let names = Array(text)
    // NB: the dictionary's scan finds names left to right, none overlapping.
    let found = gazetteer.candidates(in: names).map(\.mention)
    var covered = 0
    for mention in found {
      guard mention.start == covered || (mention.start == covered + 1 && names[covered] == "、") else { return false }
      covered = mention.end
    }
    return !found.isEmpty && covered == names.count
  }
}
