// The words around a figure that decide what it counts: the noun after it, or before it.
import ChineseText
import NewsCorpus

/// For each figure of a text unit, the words that decide its metric, and its clause and sentence.
struct FigureWindows {
  let unit: TextUnit
  let quantities: [Quantity]
  let bounds: ClauseBounds

  /// How far after a number its noun window reaches, in scalars.
  static let nounReach = 20
  /// Words that join two figures of a list (`300余名和260名`): the first closes its item.
  static let listJoiners: Set<Unicode.Scalar> = Set("、和及与 ".unicodeScalars)

  /// Adverbs that may open a clause of a verb and a number (`已达`, `共计`, `目前为`).
  static let clauseAdverbs = ["已经", "已", "共计", "总计", "合计", "累计", "共", "现", "目前", "总数", "数量", "分别"]
    .map { Array($0.unicodeScalars) }
  /// Verbs that lead to the number in such a clause.
  static let reachingVerbs = ["达到", "达", "为", "有", "增至", "增加到", "增长到", "发展到", "升至"].map { Array($0.unicodeScalars) }
  /// Verbs of building or setting up that a clause may hold alone before its number, the noun left
  /// to the clause before (`新建驿站23个，累计建成86个`; `推进驿站建设：2021年新建18家，2022年新建25家`).
  static let buildingVerbs = ["新建", "建成", "建设", "设立", "建立", "增设", "开设", "新设"].map { Array($0.unicodeScalars) }

  /// Whether the words before a number are only a span of years, adverbs and one verb of reaching or
  /// building (`已达`, `共计`, `达到`, `累计建成`, `五年累计建成`): the clause names nothing of its own
  /// (`其中男性1200名` does).
  static func isVerbOnly(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    var rest = words.filter { !$0.isHorizontalSpace }[...]
    var hadAdverb = afterDuration(&rest)
    while let adverb = clauseAdverbs.first(where: { rest.starts(with: $0) }) {
      rest = rest.dropFirst(adverb.count)
      hadAdverb = true
    }
    if rest.isEmpty { return hadAdverb }
    return reachingVerbs.contains { rest.elementsEqual($0) } || buildingVerbs.contains { rest.elementsEqual($0) }
  }

  /// Drops a span of years that opens the words (`五年`, `十年来`, `近3年`, `多年来`), which says how long
  /// a total took, not what it counts; whether there was one.
  static func afterDuration(_ words: inout ArraySlice<Unicode.Scalar>) -> Bool {
    var rest = words
    if rest.first == "近" || rest.first == "这" { rest = rest.dropFirst() }
    let count = rest.prefix { $0.isASCIIDigit || ChineseNumeral.isNumeralScalar($0) || ClauseTime.someYears.contains($0) }.count
    guard count > 0, count <= 3, rest.dropFirst(count).first == "年" else { return false }
    rest = rest.dropFirst(count + 1)
    if rest.first == "来" || rest.first == "间" { rest = rest.dropFirst() }
    words = rest
    return true
  }

  /// Words that name a year as a series' item does (`2016年`, `今年`), and the verbs that may follow it.
  static let itemYears = ["今年", "去年", "前年", "当年", "同年", "首年", "全年"].map { Array($0.unicodeScalars) }
  static let itemVerbs = ["达到", "增至", "增加到", "为", "是", "有", "达"].map { Array($0.unicodeScalars) } + buildingVerbs

  /// Whether the words before a number are only a year and perhaps a verb of being, reaching or
  /// building (`2016年为`, `二〇一五年`, `今年达到`, `2021年新建`): an item of a year series.
  static func isYearItem(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    // NB: asked of most figures: read in place, and most items fail at their first scalars.
    var rest = words.drop { $0.isHorizontalSpace }
    while rest.last?.isHorizontalSpace == true { rest = rest.dropLast() }
    if let year = itemYears.first(where: { rest.starts(with: $0) }) {
      rest = rest.dropFirst(year.count)
    } else {
      guard YearScan.yearWord(opening: rest) != nil else { return false }
      rest = rest.dropFirst(5)
      if rest.first == "度" { rest = rest.dropFirst() }
    }
    rest = rest.drop { $0.isHorizontalSpace }
    return rest.isEmpty || itemVerbs.contains { rest.elementsEqual($0) }
  }

  /// The subject of a number's verb of reaching, when the words before the number end with one
  /// (`参与服务的职工志愿者达` → `职工志愿者`): the words before the verb and its adverbs, after the
  /// last 的 (what modifies the subject is not what is counted). Nil when no such verb ends them.
  static func subjectOfReachingVerb(_ words: ScalarText) -> ScalarText? {
    var end = words.scalars.endIndex
    while end > words.scalars.startIndex, words.scalars[end - 1].isHorizontalSpace { end -= 1 }
    var rest = words.scalars[..<end]
    guard let verb = reachingVerbs.first(where: { rest.endsWithWord($0) }) else { return nil }
    rest = rest.dropLast(verb.count)
    while let adverb = clauseAdverbs.first(where: { rest.endsWithWord($0) }) { rest = rest.dropLast(adverb.count) }
    if let modifier = rest.lastIndex(of: "的") { rest = rest[(modifier + 1)...] }
    return rest.isEmpty ? nil : ScalarText(rest, isSimple: words.isSimple)
  }

  /// The subject of a change the number's clause opens (`参与的职工志愿者由首年的` → `职工志愿者`): the
  /// words before its first 由 or 从, after the last 的. Nil when the clause opens no change.
  static func subjectOfChange(_ words: ScalarText) -> ScalarText? {
    // NB: asked of every figure; a compare of two scalars, not a set's hashing.
    guard let opener = words.scalars.firstIndex(where: { $0 == "由" || $0 == "从" }) else { return nil }
    var rest = words.scalars[..<opener]
    if let modifier = rest.lastIndex(of: "的") { rest = rest[(modifier + 1)...] }
    return rest.isEmpty ? nil : ScalarText(rest, isSimple: words.isSimple)
  }

  /// The longest label of the next item in a list set with spaces (`东城 45家 西城 38家`).
  static let labelReach = 12

  /// Whether the words after a figure are only the next item's label, set off by a space, up to
  /// the next count (`东城 45家 西城 38家`, `志愿者 300 名 服务站点 62 个`): the figure closes its item.
  static func isNextItemsLabel(_ after: ArraySlice<Unicode.Scalar>, nextCountStart: Int?) -> Bool {
    guard let nextCountStart, after.endIndex == nextCountStart, let first = after.first, first.isHorizontalSpace else {
      return false
    }
    let label = after.filter { !$0.isHorizontalSpace }
    return !label.isEmpty && label.count <= labelReach && label.allSatisfy { !Punctuation.splitsClause($0) && !Punctuation.endsSentence($0) }
  }

  /// The words that decide the metric of `quantities[index]`, that metric, and its clause and sentence.
  func callAsFunction(_ index: Int) -> (words: MetricWords, metric: Metric, clause: Range<Int>, sentence: Range<Int>) {
    let quantity = quantities[index]
    let span = quantity.start..<quantity.end
    let clause = bounds.clause(around: span)
    let sentence = bounds.sentence(around: span)
    // NB: the noun window stops at the next count, not at a number inside a name (`37℃+驿站`).
    let reach = quantity.end + Self.nounReach
    let nextCount = quantities[(index + 1)...].prefix { $0.start < reach }
      .first { MetricRules.countUnits.contains($0.unit ?? "") }
    let after = unit.window(quantity.end..<min(clause.upperBound, nextCount?.start ?? reach, reach))
    let before = unit.window(clause.lowerBound..<quantity.start)
    // NB: a number that closes its clause (服务站点62个) or its list item (发放暖心包两万余份、矿泉水…)
    // counts the noun before it; so does one that ranks its place (朝阳区以356家位居全市第一).
    let closesClause =
      after.scalars.allSatisfy(FactExtractor.clauseClosers.contains) || after.scalars.first == "、"
      || after.scalars.allSatisfy(Self.listJoiners.contains) || RankedFigure.follows(after.scalars)
      || Self.isNextItemsLabel(after.scalars, nextCountStart: nextCount?.start)
    // NB: the noun before such a number is its own item's when the item names one, the text after
    // the figure before it (`室外站点48个、室内站点10个`: 10个 is 室内's); else the clause's
    // (`设立服务站点12个、10个`: 10个 is 服务站点 too).
    let item = unit.window(max(clause.lowerBound, index > 0 ? quantities[index - 1].end : 0)..<quantity.start)
    var words = MetricWords(
      unit: quantity.unit, nounWindow: closesClause ? item : after, before: before,
      sentence: unit.window(sentence), nounBeforeNumber: closesClause)
    var metric = MetricRules.metric(of: words)
    // NB: the subject of the number's verb names what it counts when it gives the service
    // (`参与服务的职工志愿者达1500余人次`), before a cue of service in its modifier does; a recipient
    // subject leaves the modifier to say what was done to it (`走访慰问的困难家庭达386户`).
    // So does the subject of a change (`参与的职工志愿者由首年的不足百人发展到今年的近千人`), for both its figures.
    if let subject = (closesClause ? Self.subjectOfReachingVerb(item) : nil) ?? Self.subjectOfChange(before),
      MetricRules.endsWithNoun(subject)
    {
      var bySubject = words
      (bySubject.nounWindow, bySubject.before) = (subject, subject)
      let counted = MetricRules.metric(of: bySubject)
      if counted.isProvider, counted != metric { (words, metric) = (bySubject, counted) }
    }
    // NB: an item in another measure word than the figure before it counts another noun
    // (`走访驿站15家、基层单位42个`: 42个 are units, not stations), not the clause's.
    let changesMeasure = index > 0 && quantities[index - 1].end > clause.lowerBound && quantities[index - 1].unit != quantity.unit
      && item.scalars.contains(where: \.isHan)
    if closesClause, item.scalars.count < before.scalars.count, metric == .other, !changesMeasure {
      words.nounWindow = before
      metric = MetricRules.metric(of: words)
    }
    // NB: an item of a year series names only its year (`参加“暖心伴考”的志愿者，2016年为210名，2017年为380名`,
    // `志愿者队伍不断壮大：2015年60名，2016年210名`): it counts what the series' lead names, before a cue
    // of the sentence does (参加 would make them people taking part).
    if closesClause, Self.isYearItem(item.scalars), clause.lowerBound > sentence.lowerBound {
      var lead = words
      lead.nounWindow = unit.window(sentence.lowerBound..<clause.lowerBound)
      // NB: an item's verb of building still says what part it counts (`2021年新建18家`: new ones).
      let builds = Self.buildingVerbs.contains { item.scalars.endsWithWord($0) }
      lead.before = builds ? unit.window(sentence.lowerBound..<quantity.start) : lead.nounWindow
      lead.nounBeforeNumber = true
      let counted = MetricRules.metric(of: lead)
      if counted != .other { (words, metric) = (lead, counted) }
    }
    // NB: a row of a box of figures names its figure before a colon (`全市暖心驿站：1460家`).
    if closesClause, metric == .other, let label = ListRow.keyValueLabel(unit.scalars), quantity.start > label.endIndex {
      let named = unit.window(label.startIndex..<label.endIndex)
      (words.nounWindow, words.before, words.nounBeforeNumber) = (named, named, true)
      metric = MetricRules.metric(of: words)
    }
    // NB: a noun right before the number counts it when the words after name none, but go on to say
    // what was done (`职工志愿者800余名坚守岗位`), before a cue of the sentence does (`志愿者数百名参与其中`);
    // a noun after it that is never counted in its measure word names none (`志愿者200名在驿站服务`).
    if !closesClause, MetricRules.endsWithNoun(item), !MetricRules.namesAPlainNoun(after, countedIn: quantity.unit) {
      var nounFirst = words
      (nounFirst.nounWindow, nounFirst.nounBeforeNumber) = (item, true)
      let counted = MetricRules.metric(of: nounFirst)
      if counted != .other { (words, metric) = (nounFirst, counted) }
    }
    // NB: an aside in brackets after the number says nothing of what it counts (`志愿者：260人（2015年仅30人）`):
    // the words of its sentence before it do.
    if metric == .other, after.scalars.first == "(" || after.scalars.first == "（" {
      var aside = words
      let lead = unit.window(sentence.lowerBound..<quantity.start)
      (aside.nounWindow, aside.before, aside.nounBeforeNumber) = (lead, lead, true)
      let counted = MetricRules.metric(of: aside)
      if counted != .other { (words, metric) = (aside, counted) }
    }
    return (words, metric, clause, sentence)
  }

  /// Scalars of a time a clause may open with before its verb of building (`今年上半年`, `去年`, `1至6月`):
  /// a part of a year's, and the words of this year and last.
  static let timeScalars = ClauseTime.partOfYearScalars.union("今去当全本".unicodeScalars)

  /// The metric of a figure whose sentence opens with only a time and a verb of building before it
  /// (`今年上半年新建41个`, `去年新建了108个`), its noun left to an earlier sentence of its paragraph
  /// (`全区累计建成站点186个。今年上半年新建41个`), as Chinese leaves a noun it has just said; `.other`
  /// for any other figure, or one whose paragraph says no noun in its measure word before it.
  func paragraphNounMetric(of words: MetricWords, at index: Int, clause: Range<Int>, sentence: Range<Int>) -> Metric {
    let quantity = quantities[index]
    guard words.nounBeforeNumber, sentence.lowerBound > 0, clause.lowerBound == sentence.lowerBound else { return .other }
    var own = unit.scalars[clause.lowerBound..<quantity.start].filter { !$0.isHorizontalSpace }[...]
    if own.last == "了" { own = own.dropLast() }
    guard let verb = Self.buildingVerbs.first(where: { own.endsWithWord($0) }),
      own.dropLast(verb.count).allSatisfy(Self.timeScalars.contains)
    else { return .other }
    var lead = words
    lead.nounWindow = unit.window(0..<sentence.lowerBound)
    lead.before = lead.nounWindow
    return MetricRules.metric(of: lead)
  }

  /// The metric of a figure whose clause is only a verb and the number (`海淀区驿站数量最多，达到156家`),
  /// from the noun of its sentence before it; `.other` for any other figure. The last resort, after a
  /// change, a list and a place's part have had their say; the breakdown stays its own clause's
  /// (`新建驿站28家，累计达到156家`).
  func sentenceNounMetric(of words: MetricWords, at index: Int, clause: Range<Int>, sentence: Range<Int>) -> Metric {
    let quantity = quantities[index]
    let own = unit.scalars[clause.lowerBound..<quantity.start]
    // NB: an approximation is a verb of its own (`…服务人次大幅增长，超过5万人次`).
    let approximates = own.allSatisfy(\.isHorizontalSpace) && quantity.qualifier != .exact && quantity.qualifier != .range
    guard words.nounBeforeNumber, clause.lowerBound > sentence.lowerBound, approximates || Self.isVerbOnly(own)
    else { return .other }
    var lead = words
    lead.nounWindow = unit.window(sentence.lowerBound..<quantity.start)
    lead.before = lead.nounWindow
    return MetricRules.metric(of: lead)
  }
}
