// `其中80名是党员`, `其中24小时开放的有420家`: a part after 其中 that leaves out the total's noun.
import ChineseText

/// After 其中 ("of which"), a figure that says nothing of its own before its number counts what
/// the total before it counts, in the total's measure word: `志愿者320名，其中80名是区级劳模` is 80
/// of the 320 volunteers (the 劳模 after it tell the part, not what is counted), and
/// `这些站点中，24小时开放的有420家` is 420 of the stations. `NamedPart` then names the part.
///
/// Read so when, between 其中 (opening its clause) and the number, there are only link words
/// (`有`) or a relative clause that ends with 的 (`24小时开放的有`) and names no place; and, with
/// no such clause, the words after the number say what the part is (`是`, `为`, `系`, `来自`):
/// `其中8个考点设有医疗点` counts 考点, not stations. An item that names only its kind before its
/// number, no noun of any count and no place, is a part too (`其中银行网点85家、商超72家`,
/// `其中依托加油站建设40家`): the kind names it.
enum BarePart {
  /// Words after the number that say what a part is.
  static let copulas = ["是", "为", "系", "来自", "属于"].map { Array($0.unicodeScalars) }
  /// Words that may end a relative clause after its 的 (`的有`, `的为`).
  static let relativeLinks = ["共有", "有", "为", "是", "达"].map { Array($0.unicodeScalars) }
  static let relativeMark: Unicode.Scalar = "的"

  /// The total the noun-less `quantity` after 其中 is a part of, if it is one.
  /// `namesNothingCounted`: the figure's own words name no noun of any count.
  static func total(
    of quantity: Quantity, after previousEnd: Int, in scalars: [Unicode.Scalar], sentence: Range<Int>,
    antecedents: [PlaceBreakdown.Antecedent], gazetteer: Gazetteer, namesNothingCounted: Bool = false
  ) -> Fact? {
    // NB: a number followed by what a rule says it then counts instead is no part (`覆盖全区22个街道`).
    let opening = scalars[quantity.end..<min(scalars.count, quantity.end + 4)]
    guard let unit = quantity.unit, MetricRules.countUnits.contains(unit),
      !MetricRules.countsAnotherThing(unit: unit, after: ScalarText(opening, isSimple: true)),
      let total = antecedents.last(where: {
        MeasureWordClass.countAlike($0.fact.unit, unit) && $0.fact.subtype == nil && $0.fact.metric != .other
      }),
      let markerEnd = PlaceBreakdown.markerEnd(in: scalars, from: total.end, to: quantity.start),
      NamedPart.opensClause(scalars, at: markerEnd - PlaceBreakdown.marker.count)
    else { return nil }
    let item = scalars[max(markerEnd, sentence.lowerBound)..<quantity.start]
    if let clause = relativeClause(item) {
      return gazetteer.scope(ofClause: Array(clause)) == nil ? total.fact : nil
    }
    let span = scalars[max(markerEnd, previousEnd)..<quantity.start]
    let own = NamedPart.lastItem(span)
    let kind = NamedPart.withoutLinks(own).drop { Breakdown.partJoiners.contains($0) }
    if !kind.isEmpty {
      // NB: the kind is all its item says, right after 其中 or a list mark (`其中，朝阳区发展很快，达到136家`
      // names none); a relative clause (`新增的驿站中有120家`), an "among" (`…中`) or a breakdown of the
      // total's own (`其中高考80个、中考65个`) is no kind's name.
      let item = span.drop { $0.isHorizontalSpace || Punctuation.splitsClause($0) || Breakdown.partJoiners.contains($0) }
      // NB: a kind may bracket an aside (`专科（高职）生448名`).
      guard namesNothingCounted, kind.count >= 2, kind.count <= NamedPart.maxLabel,
        kind.allSatisfy({ $0.isHan || $0 == "(" || $0 == ")" }), kind.first?.isHan == true,
        !item.contains(where: NamedPart.itemMarks.contains), !kind.contains(relativeMark), kind.last != "中",
        Breakdown.part(of: total.fact.metric, in: ScalarText(kind, isSimple: true)) == nil,
        gazetteer.scope(ofClause: Array(kind)) == nil
      else { return nil }
      return total.fact
    }
    var after = quantity.end
    while after < scalars.count, scalars[after].isHorizontalSpace { after += 1 }
    return copulas.contains(where: { scalars[after...].starts(with: $0) }) ? total.fact : nil
  }

  /// The words of a relative clause that is all an item says before its number (`24小时开放的有`
  /// → 24小时开放), from the item's last list mark; nil when the item is not one.
  static func relativeClause(_ item: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    var words = NamedPart.lastItem(item)
    while let last = words.last, last.isHorizontalSpace { words.removeLast() }
    if let link = relativeLinks.first(where: { words.endsWithWord($0) }) { words = words.dropLast(link.count) }
    guard words.last == relativeMark else { return nil }
    let clause = NamedPart.withoutLinks(words.dropLast(), qualifiers: false)
    return clause.isEmpty || clause.count > NamedPart.maxLabel ? nil : clause
  }
}
