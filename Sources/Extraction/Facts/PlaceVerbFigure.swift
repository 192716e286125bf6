// `此外，石景山区新建37家，门头沟区新建26家`: places and a verb of building, the noun said sentences before.
import ChineseText

/// A district-by-district run of figures goes on into a new paragraph with only each place and its
/// verb of building (`此外，石景山区新建37家，门头沟区新建26家`, `怀柔区、平谷区分别新建28家、25家`), the
/// noun left to the figures before it (`丰台区新建站点98家`), as Chinese leaves a noun it has just said.
/// Such a figure counts what the last earlier figure of its article in its measure word counted.
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
    guard let verb = FigureWindows.buildingVerbs.first(where: { own.endsWithWord($0) }) else { return nil }
    own = own.dropLast(verb.count)
    if own.endsWithWord(respectively) { own = own.dropLast(respectively.count) }
    if let word = carryOn.first(where: { own.starts(with: $0) }) { own = own.dropFirst(word.count) }
    guard !own.isEmpty, isOnlyPlaces(own, gazetteer: gazetteer) else { return nil }
    let countsInItsUnit = { (fact: Fact) in fact.unit == unit && fact.metric != .other }
    return paragraph.last(where: countsInItsUnit) ?? earlier.last(where: countsInItsUnit)
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
