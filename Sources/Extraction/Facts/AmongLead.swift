// `今年的服务站点中，有78个设在室外`: a sentence that opens "among the X" counts X in the figures after it.
import ChineseText

/// `今年的服务站点中，有78个设在室外，34个设在室内` and `在这些志愿者中，有300名是党员`: the figures after
/// the opening clause name no noun of their own; they count what the opening names, and each is a
/// part of it, told by the words after its number (室外, 党员) or by a relative clause before it
/// (`这些站点中，24小时开放的有420家` → 24小时开放).
///
/// Read so when the sentence's first clause ends with 中 and names a noun counted in the figure's
/// measure word, the figure stands in a later clause, only a verb of being or having (`有`, `为`),
/// a relative clause that names no place (`24小时开放的有420家`) or nothing before it there, and the
/// words after it name no noun of their own.
enum AmongLead {
  static let among: Unicode.Scalar = "中"
  /// Words that may stand before the number in its clause (`有78个`, `其中有`, `共有`).
  static let leads = ["其中有", "共有", "有", "为", "是", "其中"].map { Array($0.unicodeScalars) }

  /// The metric the sentence's opening gives the figure `quantity`, and the relative clause that
  /// names its part if one does; nil when the sentence opens no "among the X" for it.
  static func reading(
    of quantity: Quantity, words: MetricWords, clause: Range<Int>, sentence: Range<Int>, in scalars: [Unicode.Scalar],
    gazetteer: Gazetteer
  ) -> (metric: Metric, relativeClause: ArraySlice<Unicode.Scalar>?)? {
    guard clause.lowerBound > sentence.lowerBound, let unit = quantity.unit,
      let openingEnd = scalars[sentence.lowerBound..<clause.lowerBound].firstIndex(where: Punctuation.splitsClause)
    else { return nil }
    var end = openingEnd
    while end > sentence.lowerBound, scalars[end - 1].isHorizontalSpace { end -= 1 }
    guard end > sentence.lowerBound, scalars[end - 1] == among else { return nil }
    let own = scalars[clause.lowerBound..<quantity.start].filter { !$0.isHorizontalSpace }
    let relative = BarePart.relativeClause(scalars[clause.lowerBound..<quantity.start]).flatMap {
      gazetteer.scope(ofClause: Array($0)) == nil ? $0 : nil
    }
    guard own.isEmpty || leads.contains(where: { own.elementsEqual($0) }) || relative != nil,
      !MetricRules.namesAPlainNoun(words.nounWindow, countedIn: unit),
      let metric = ListLeadIn.metric(of: scalars[sentence.lowerBound..<(end - 1)], unit: unit)
    else { return nil }
    return (metric, relative)
  }
}
