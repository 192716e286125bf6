// Figures that give the figure before them for another place, with the noun left out.
import ChineseText

/// `暖心驿站1500余家，其中朝阳区180家、海淀区156家` and `朝阳区设立站点10个，海淀区8个`: 180家, 156家 and
/// 8个 name no noun of their own; they count the same thing as the figure before them, for the
/// place they name.
///
/// A figure is read so when, in the language of these lists:
/// - it has the earlier figure's measure word (`家` after `家`) and no noun that gives it a metric,
///   and its number closes its item (`FigureWindows`: `8个考点` names a noun of its own);
/// - the earlier figure is a total it breaks down — `其中` stands between them, in the total's
///   sentence or opening the next one — or an item of the same list: in the same sentence or after
///   a semicolon, for a place of its own (`朝阳区…10个，海淀区8个`, `丰台区…156家；通州区新建21家`) —
///   or any earlier figure of the unit when a ranking follows it (`朝阳区以356家位居全市第一`) —
///   or the first figure in its measure word of the sentence before a lead-in that names nothing
///   of its own (`全市驿站达2846家。各区情况如下：朝阳区：312家；…`, `LeadInTotal`);
/// - the words just before it (after `其中`, the previous figure or a list mark) name a place other
///   than the earlier figure's, in a few scalars (`朝阳区`, `朝阳区建成`; a street or town of the
///   earlier figure's district, `回龙观街道`, is another place), or only link to the clause before,
///   which ranks a place (`朝阳区数量最多，达到136家`, `RankedFigure`) — or, after `其中`, no place
///   but a part of the total (`3189家，其中今年新建286家`: the total's 新增, for its place).
/// It takes the earlier figure's metric, breakdown and programme, and the place it names.
struct PlaceBreakdown {
  /// A figure a later one may continue, and where its number and sentence are.
  struct Antecedent {
    var fact: Fact
    var end: Int
    var sentence: Range<Int>
  }

  static let marker = Array("其中".unicodeScalars)
  /// The most scalars an item may spend before its number (`其中朝阳区建成` is 7).
  static let itemReach = 12
  /// Marks that open the next item of a list.
  static let itemMarks: Set<Unicode.Scalar> = Set("、，,和及与;；：:|｜".unicodeScalars)

  /// Marks that part a list's items inside one clause (`东华门街道8家、景山街道5家`, `… 8家 | 景山街道 5家`).
  static let inClauseItemMarks: Set<Unicode.Scalar> = Set("、|｜".unicodeScalars)

  /// The part of `clause` that is the figure's own item in a list of places and figures
  /// (`朝阳区58家、海淀区46家、丰台区19家`): from the mark after the figure before it, up to its own end
  /// when a mark follows it, so that each item is placed by its own words, not by the list's first or
  /// last place. The clause itself for a figure in no such list.
  static func ownItem(of clause: Range<Int>, figure: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
    var next = figure.upperBound
    while next < clause.upperBound, scalars[next].isHorizontalSpace { next += 1 }
    let end = next < clause.upperBound && inClauseItemMarks.contains(scalars[next]) ? figure.upperBound : clause.upperBound
    return (itemStart(before: figure.lowerBound, in: clause, scalars) ?? clause.lowerBound)..<end
  }

  /// Where a figure's item starts: after the nearest item mark before it that follows a figure in a
  /// measure word some rule counts (`…58家、海淀区46家`). Nil when none does (`朝阳、海淀、丰台三区共…`,
  /// `在北京二中、北京五中等8个考点`: 二中 is no figure).
  static func itemStart(before start: Int, in clause: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int? {
    var mark = start - 1
    while mark >= clause.lowerBound, !inClauseItemMarks.contains(scalars[mark]) { mark -= 1 }
    guard mark > clause.lowerBound else { return nil }
    var end = mark
    while end > clause.lowerBound, scalars[end - 1].isHorizontalSpace { end -= 1 }
    for length in 1...2 where end - length > clause.lowerBound {
      guard MetricRules.countUnits.contains(String(scalars: scalars[(end - length)..<end])) else { continue }
      var numberEnd = end - length
      if scalars[numberEnd - 1] == "余" || scalars[numberEnd - 1] == "多" { numberEnd -= 1 }
      guard numberEnd > clause.lowerBound else { continue }
      let last = scalars[numberEnd - 1]
      if last.isASCIIDigit || ChineseNumeral.digit(last) != nil || "十百千万".unicodeScalars.contains(last) { return mark + 1 }
    }
    return nil
  }

  /// What a figure that continues an earlier one counts for.
  struct Continuation {
    var antecedent: Fact
    var place: Scope
    /// The street or town its own item names inside `place` (`潞城镇21家、宋庄镇18家`: each its
    /// own), `.some(nil)` when the item names `place` itself, nil when the item was not read for one.
    var itemLocality: String?? = nil
    /// The part its own item names after 其中 (`其中高考80个、中考65个`: 65个 is 中考's, not the
    /// breakdown the clause names first).
    var itemPart: String? = nil
  }

  /// The earlier figure that the noun-less `quantity` continues, and the place it names, if any.
  /// `words` are the figure's own (`FigureWindows`): its number must close its item.
  static func continuing(
    _ quantity: Quantity, words: MetricWords, sentence: Range<Int>, after previousEnd: Int,
    in scalars: [Unicode.Scalar], antecedents: [Antecedent], gazetteer: Gazetteer
  ) -> Continuation? {
    guard let unit = quantity.unit, MetricRules.countUnits.contains(unit), words.nounBeforeNumber else { return nil }
    // NB: a figure joined to the one before by a list mark alone goes on its list (`分别为28个、25个`):
    // it counts what that one counts, and `Respectively` gives it its place.
    if let previous = antecedents.last, JoinedFigure.joins(quantity, to: previous, after: previousEnd, in: scalars) {
      return Continuation(antecedent: previous.fact, place: previous.fact.scope)
    }
    // NB: the first figure after 分别 counts what the last figure in its measure word counts
    // (`…1486家。朝阳区、海淀区数量位居前两位，分别为210家和186家`); `Respectively` gives the places.
    if let previous = Respectively.antecedent(of: quantity, sentence: sentence, in: scalars, antecedents: antecedents, gazetteer: gazetteer) {
      return Continuation(antecedent: previous, place: previous.scope)
    }
    if let total = LeadInTotal.total(of: quantity, in: scalars, antecedents: antecedents),
      let place = ListLeadIn.itemPlace(of: quantity, after: max(previousEnd, sentence.lowerBound), in: scalars, gazetteer: gazetteer),
      place != total.scope
    {
      return Continuation(antecedent: total, place: place)
    }
    for antecedent in antecedents.reversed() where antecedent.fact.unit == unit {
      let markerEnd = Self.markerEnd(in: scalars, from: antecedent.end, to: quantity.start)
      // NB: a semicolon ends a sentence for quoting but not a list (`丰台区新建28家，累计156家；通州区新建21家`).
      let sameList =
        (antecedent.sentence == sentence || !scalars[antecedent.end..<quantity.start].contains(where: endsList))
        && antecedent.fact.scope != .citywide
      // NB: a place ranked by its figure (`朝阳区以356家位居全市第一`) is one the text has just counted, in any sentence.
      let ranked = RankedFigure.follows(scalars[quantity.end...])
      guard markerEnd != nil || sameList || ranked else { continue }
      // The item: from the marker, the previous figure or a list mark, whichever is last.
      let words = scalars[max(markerEnd ?? 0, previousEnd, sentence.lowerBound)..<quantity.start]
      let itemWords = words.afterLast(where: itemMarks.contains)
      guard !itemWords.isEmpty, itemWords.count <= itemReach else { return nil }
      // NB: a place ranked in the clause before (`朝阳区数量最多，达到136家`) is the item's.
      let rankedPlace = RankedFigure.rankedClause(before: itemWords, in: words, marks: itemMarks).flatMap { $0.count <= itemReach ? $0 : nil }
      let item = Array(rankedPlace ?? itemWords)
      let named = gazetteer.scope(ofClause: item)
      // NB: a street or town of the total's district is a place of its own (`昌平区…312家。其中，回龙观街道28家`).
      let itemLocality = named.map { gazetteer.localityReading(of: item, in: $0) }
      let namesLocality = itemLocality?.locality.map { $0 != antecedent.fact.locality } ?? false
      // NB: the city is a part only of a wider total (`全国…13.5万个，其中北京市建成3200余个`).
      let isWider = if case .outside = antecedent.fact.scope { true } else { false }
      guard let place = named, place != .citywide || isWider, place != antecedent.fact.scope || namesLocality else {
        // NB: after 其中, a part the item names instead of a place (`3189家，其中今年新建286家`) is the
        // total's part, for the total's place.
        guard named == nil, markerEnd != nil else { return nil }
        let words = ScalarText(checking: item[...])
        guard let itemPart = Breakdown.part(of: antecedent.fact.metric, in: words, before: words) else { return nil }
        return Continuation(antecedent: antecedent.fact, place: antecedent.fact.scope, itemPart: itemPart)
      }
      return Continuation(
        antecedent: antecedent.fact, place: place, itemLocality: itemLocality.flatMap { $0.namesPlace ? .some($0.locality) : nil })
    }
    return nil
  }

  /// A sentence end other than a semicolon: what ends a list of places.
  static func endsList(_ scalar: Unicode.Scalar) -> Bool {
    ClauseBounds.isSentenceEnd(scalar) && scalar != "；" && scalar != ";"
  }

  /// Where `其中` starts in `scalars` at or after `offset`, if it does.
  static func markerStart(in scalars: [Unicode.Scalar], from offset: Int) -> Int? {
    scalars.offset(ofWord: marker, in: max(offset, 0)..<scalars.count)
  }

  /// The end of `其中` in `scalars[from..<to]`, when at most the end of the earlier figure's sentence
  /// comes before it and nothing ends a sentence or a list after it.
  static func markerEnd(in scalars: [Unicode.Scalar], from: Int, to: Int) -> Int? {
    guard from <= to, let start = scalars.offset(ofWord: marker, in: from..<to) else { return nil }
    let end = start + marker.count
    let endsBefore = scalars[from..<start].filter(ClauseBounds.isSentenceEnd).count
    // NB: a semicolon after 其中 parts the items it lists (`其中，本科新生1420名；高职新生440名`), not its sentence.
    return endsBefore <= 1 && !scalars[end..<to].contains(where: endsList) ? end : nil
  }
}
