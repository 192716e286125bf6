// `今年的服务站点中，有78个设在室外`: a sentence that opens "among the X" counts X in the figures after it.
import ChineseText

/// `今年的服务站点中，有78个设在室外，34个设在室内` and `在这些志愿者中，有300名是党员`: the figures after
/// the opening clause name no noun of their own; they count what the opening names, and each is a
/// part of it, told by the words after its number (室外, 党员) or by a relative clause before it
/// (`这些站点中，24小时开放的有420家` → 24小时开放).
///
/// A list of places after the opening (`今年的服务站点中，东城区12个、西城区15个`) gives each place its
/// share: the first item is read here, and the items after it continue it (`PlaceBreakdown`).
///
/// Read so when a clause of the sentence before the figure's ends with 中 (the first that does, its
/// words from the sentence's start read as the opening) and names a noun counted in the figure's
/// measure word, the figure stands in a later clause, only a verb of being or having (`有`, `为`),
/// a relative clause that names no place (`24小时开放的有420家`), a place (`东城区`, `东城区有`) or
/// nothing before it there, and the words after it name no noun of their own.
enum AmongLead {
  static let among: Unicode.Scalar = "中"
  /// Words that may stand before the number in its clause (`有78个`, `其中有`, `共有`).
  static let leads = ["其中有", "共有", "有", "为", "是", "其中"].map { Array($0.unicodeScalars) }
  /// The most scalars a place may spend before its number (`宣武门外街道` is 6).
  static let placeReach = 10

  /// What the sentence's opening tells of a figure after it.
  struct Reading {
    var metric: Metric
    /// The relative clause or the words that name the figure's part (`24小时开放的有420家` → 24小时开放,
    /// `医务工作者有80余名` → 医务工作者).
    var relativeClause: ArraySlice<Unicode.Scalar>?
    /// The figure's clause names its place before it (`东城区12个`): the place is its share, no part.
    var namesPlace = false
  }

  /// The metric the sentence's opening gives the figure `quantity`, and what names its part or
  /// place; nil when the sentence opens no "among the X" for it.
  static func reading(
    of quantity: Quantity, words: MetricWords, clause: Range<Int>, sentence: Range<Int>, in scalars: [Unicode.Scalar],
    gazetteer: Gazetteer
  ) -> Reading? {
    guard clause.lowerBound > sentence.lowerBound, let unit = quantity.unit,
      let end = openingEnd(before: clause.lowerBound, in: sentence, scalars)
    else { return nil }
    let own = scalars[clause.lowerBound..<quantity.start].filter { !$0.isHorizontalSpace }
    let relative = BarePart.relativeClause(scalars[clause.lowerBound..<quantity.start]).flatMap {
      gazetteer.scope(ofClause: Array($0)) == nil ? $0 : nil
    }
    let namesPlace = !own.isEmpty && relative == nil && isPlace(own, gazetteer: gazetteer)
    let named = relative == nil && !namesPlace ? namedPart(own, unit: unit, gazetteer: gazetteer) : nil
    guard own.isEmpty || leads.contains(where: { own.elementsEqual($0) }) || relative != nil || named != nil || namesPlace,
      !MetricRules.namesAPlainNoun(words.nounWindow, countedIn: unit),
      let metric = ListLeadIn.metric(of: scalars[sentence.lowerBound..<(end - 1)], unit: unit)
    else { return nil }
    return Reading(metric: metric, relativeClause: relative ?? named, namesPlace: namesPlace)
  }

  /// The words before a verb of being or having that name the figure's part (`医务工作者有80余名`
  /// → 医务工作者): a few Han that name no place and nothing counted in the figure's measure word
  /// (`志愿者有300名` counts volunteers itself).
  static func namedPart(_ own: [Unicode.Scalar], unit: String, gazetteer: Gazetteer) -> ArraySlice<Unicode.Scalar>? {
    guard let lead = leads.first(where: { own[...].endsWithWord($0) }) else { return nil }
    let label = own.dropLast(lead.count)
    guard !label.isEmpty, label.count <= NamedPart.maxLabel, label.allSatisfy(\.isHan),
      !MetricRules.namesAPlainNoun(ScalarText(label, isSimple: true), countedIn: unit),
      gazetteer.scope(ofClause: Array(label)) == nil
    else { return nil }
    return label
  }

  /// The part a figure names with a noun of the opening's own metric and words before it
  /// (`志愿者中，女性志愿者占比超过六成，青年志愿者约1000名` → 青年): a part of X
  /// all the same, told by its words; nil when the sentence opens no "among the X" of `metric`, or
  /// the item names no such noun, a place, or words too many to name a part.
  static func ownPart(
    of quantity: Quantity, metric: Metric, clause: Range<Int>, sentence: Range<Int>, after previousEnd: Int,
    in scalars: [Unicode.Scalar], gazetteer: Gazetteer
  ) -> String? {
    guard clause.lowerBound > sentence.lowerBound, let unit = quantity.unit,
      let end = openingEnd(before: clause.lowerBound, in: sentence, scalars),
      ListLeadIn.metric(of: scalars[sentence.lowerBound..<(end - 1)], unit: unit) == metric
    else { return nil }
    let item = NamedPart.withoutLinks(NamedPart.lastItem(scalars[max(clause.lowerBound, previousEnd)..<quantity.start]))
    let label = NamedPart.trimmed(item, nouns: NamedPart.nouns(of: metric), before: true)
    guard label.count < item.count, !label.isEmpty, label.count <= NamedPart.maxLabel,
      label.allSatisfy({ $0.isHan || $0.isASCIIDigit }), gazetteer.scope(ofClause: Array(label)) == nil
    else { return nil }
    return String(scalars: label)
  }

  /// Just past the 中 that ends the sentence's first clause ending with one before `clauseStart`
  /// (`今年的服务站点中，…`, `据介绍，今年的服务站点中，…`).
  static func openingEnd(before clauseStart: Int, in sentence: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
    var index = sentence.lowerBound
    while index < clauseStart {
      if Punctuation.splitsClause(scalars[index]) {
        var end = index
        while end > sentence.lowerBound, scalars[end - 1].isHorizontalSpace { end -= 1 }
        if end > sentence.lowerBound, scalars[end - 1] == among { return end }
      }
      index += 1
    }
    return nil
  }

  /// Whether `words` are a place alone, or a place and a verb of having (`东城区`, `东城区有`).
  static func isPlace(_ words: [Unicode.Scalar], gazetteer: Gazetteer) -> Bool {
    let lead = leads.first { words[...].endsWithWord($0) }
    let place = Array(words.dropLast(lead?.count ?? 0))
    guard !place.isEmpty, place.count <= placeReach, let scope = gazetteer.scope(ofClause: place) else { return false }
    return scope != .citywide
  }
}
