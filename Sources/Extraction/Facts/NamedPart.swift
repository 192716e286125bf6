// 其中 before a figure of the same thing for the same place: a part of the total, not a second total.
import ChineseText

/// `全市招募志愿者2000余名，其中党员志愿者800余名，青年志愿者600余名`: 800余名 and 600余名 count what
/// 2000余名 counts, in its measure word and for its place, after 其中 ("of which"): they are parts of
/// it, not two more totals that disagree with it. A part's breakdown is what sets it apart:
/// - a kind of station names itself (`其中工会驿站86家` → 工会驿站), a plain station noun not
///   (`其中市级驿站100家` → 市级);
/// - else the item's words before the number, without the metric's noun and the verbs around it
///   (`党员志愿者` → 党员, `其中，女职工志愿者有900名` → 女职工, `其中一线职工2000人` → 一线职工);
/// - else its words after the number (`其中志愿者800名是党员` → 党员);
/// - a relative clause before the number names it whole (`其中24小时开放的有420家` → 24小时开放);
/// - else 部分: a part all the same (`其中有500名`).
/// A part named by a breakdown word (`其中高考服务站点60个` → 高考) or for another place or street
/// (`其中朝阳区180家`, `PlaceBreakdown`; `其中梨园镇28个`) is read as before, and 其中 inside a clause (`参与其中`) is
/// no "of which".
enum NamedPart {
  /// The breakdown of a part whose words name none.
  static let unnamed = "部分"
  /// Verbs that reach people without naming a kind of them (`吸引2000余名职工`); not the verbs that lead
  /// to a number (`FigureWindows.reachingVerbs`: 达到, 增至).
  static let outreachVerbs = ["吸引", "带动", "动员", "组织", "参与", "参加", "招募", "覆盖", "惠及", "服务", "共计", "累计"]
    .map { Array($0.unicodeScalars) }
  /// The longest breakdown read from an item's words, in scalars; a longer one reads as `unnamed`.
  static let maxLabel = 12
  /// How far after the number a breakdown may be named (`是党员`), in scalars.
  static let afterReach = 12
  /// Marks that open the next item of a list of parts. NB: not 、, 和 or 及, which join the words of
  /// one breakdown (`环卫、快递等一线职工`, `党员和团员志愿者`); the figure before ends its item anyway.
  static let itemMarks: Set<Unicode.Scalar> = Set("，,;；：:".unicodeScalars)
  /// Words that link an item to its number or its number to what it is (`有`, `是`), longest first.
  static let linkWords = ["包括", "包含", "共有", "另有", "有", "为", "是", "含", "系", "约", "近", "超", "逾", "达", "的"]
    .map { Array($0.unicodeScalars) }
  /// The same without the words that qualify a number (`约`, `近`, `超`, `逾`, `达`).
  static let clauseLinkWords = ["包括", "包含", "共有", "另有", "有", "为", "是", "含", "系", "的"].map { Array($0.unicodeScalars) }

  /// The breakdown that makes the figure `fact`, read from `quantity`, a part of the total before
  /// it, if it is one. `previousEnd` is where the figure before it ends.
  static func label(
    of fact: Fact, quantity: Quantity, after previousEnd: Int, words: MetricWords, in scalars: [Unicode.Scalar],
    sentence: Range<Int>, antecedents: [PlaceBreakdown.Antecedent], lexicon: ProgrammeLexicon
  ) -> String? {
    // NB: the new ones of a period have parts too (`今年新增站点45家，其中24小时开放的站点有12家`).
    guard fact.subtype == nil, fact.metric != .other,
      let total = antecedents.last(where: { $0.fact.metric == fact.metric && Self.breaksDown($0.fact.subtype) }),
      total.fact.scope == fact.scope, total.fact.locality == fact.locality,
      let markerEnd = PlaceBreakdown.markerEnd(in: scalars, from: total.end, to: quantity.start),
      opensClause(scalars, at: markerEnd - PlaceBreakdown.marker.count),
      // NB: figures after 分别 take the items listed before it (`Respectively`), not one part each.
      scalars.offset(ofWord: Respectively.word, in: markerEnd..<quantity.start) == nil
    else { return nil }
    // NB: a kind of station is its own name; a plain station noun names no kind (`市级驿站` → 市级).
    if fact.metric == .stations, let noun = lexicon.stations(in: Array(words.nounWindow.scalars)).first?.surface,
      !plainStationNouns.contains(noun)
    {
      return noun
    }
    // NB: a relative clause is the part's name whole, numbers and all (`其中24小时开放的有420家`,
    // `其中24小时开放的站点有12家`).
    let nouns = nouns(of: fact.metric)
    let opening = scalars[max(markerEnd, sentence.lowerBound)..<quantity.start]
    if let clause = BarePart.relativeClause(opening) ?? relativeClause(beforeNoun: opening, nouns: nouns) {
      return String(scalars: clause)
    }
    let item = lastItem(scalars[max(markerEnd, previousEnd, sentence.lowerBound)..<quantity.start])
    let before = trimmed(item, nouns: nouns, before: true)
    // NB: a verb alone that reaches the counted (`其中，职工运动会设置16个项目，吸引2000余名职工参赛`) names no part.
    if !before.isEmpty { return before.count <= maxLabel && !outreachVerbs.contains(where: before.elementsEqual) ? String(scalars: before) : unnamed }
    return label(after: quantity, in: scalars, sentence: sentence, metric: fact.metric)
  }

  /// The breakdown the words right after `quantity` name (`800名是党员` → 党员, `78个设在室外` →
  /// 设在室外), else `unnamed`.
  static func label(after quantity: Quantity, in scalars: [Unicode.Scalar], sentence: Range<Int>, metric: Metric) -> String {
    let end = min(scalars.count, quantity.end + afterReach, sentence.upperBound)
    let stretch = scalars[quantity.end..<end]
    let after = trimmed(stretch.prefix { $0.isHan || $0.isASCIIDigit }, nouns: nouns(of: metric), before: false)
    return after.isEmpty || after.count > maxLabel ? unnamed : String(scalars: after)
  }

  /// The label of a period's new ones (`新建` → 新增), which have parts of their own.
  static let newOnes = Array(IncreaseFigure.newOnes.string.utf8)

  /// Whether a total of this breakdown has parts: none, or the new ones. NB: compared as bytes;
  /// two unequal Chinese strings compare through Unicode normalisation, asked for every figure.
  static func breaksDown(_ subtype: String?) -> Bool {
    guard let subtype else { return true }
    return subtype.utf8.elementsEqual(newOnes)
  }

  /// The relative clause before the part's own noun, all an item says before its number
  /// (`24小时开放的站点有` → 24小时开放); nil when the item is not one.
  static func relativeClause(beforeNoun item: ArraySlice<Unicode.Scalar>, nouns: [[Unicode.Scalar]]) -> ArraySlice<Unicode.Scalar>? {
    var words = withoutLinks(lastItem(item))
    guard let noun = nouns.first(where: { words.endsWithWord($0) }) else { return nil }
    words = words.dropLast(noun.count)
    guard words.last == BarePart.relativeMark else { return nil }
    let clause = withoutLinks(words.dropLast(), qualifiers: false)
    return clause.isEmpty || clause.count > maxLabel ? nil : clause
  }

  /// The words after the last mark that opens an item (`党员志愿者` of `，党员志愿者`), all of them if none does.
  static func lastItem(_ words: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    words.afterLast(where: itemMarks.contains)
  }

  /// Whether 其中 at `start` opens a clause: `，其中`, `。其中`, not the 其中 of `参与其中`.
  static func opensClause(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
    var index = start - 1
    while index >= 0, scalars[index].isHorizontalSpace { index -= 1 }
    return index < 0 || !scalars[index].isHan
  }

  /// `words` without spaces and link words at either end, nor the metric's noun where it names what
  /// is counted: at the end of the words before the number (`党员志愿者`), at the start of those after
  /// it (`志愿者来自高校`).
  static func trimmed(_ words: ArraySlice<Unicode.Scalar>, nouns: [[Unicode.Scalar]], before: Bool) -> ArraySlice<Unicode.Scalar> {
    var rest = withoutLinks(words)
    if let noun = nouns.first(where: { before ? rest.endsWithWord($0) : rest.starts(with: $0) }) {
      rest = withoutLinks(before ? rest.dropLast(noun.count) : rest.dropFirst(noun.count))
    }
    return rest
  }

  /// `words` without spaces, clause marks and link words at either end.
  /// `qualifiers`: also the words that qualify a number right after them (`约`, `超`): not for a
  /// relative clause before its 的, which ends in a word of its own (`设在商超的有72家`: 商超 keeps 超).
  static func withoutLinks(_ words: ArraySlice<Unicode.Scalar>, qualifiers: Bool = true) -> ArraySlice<Unicode.Scalar> {
    var rest = words
    var changed = true
    while changed {
      changed = false
      while let first = rest.first, first.isHorizontalSpace || Punctuation.splitsClause(first) { rest.removeFirst() }
      while let last = rest.last, last.isHorizontalSpace || Punctuation.splitsClause(last) { rest.removeLast() }
      for word in qualifiers ? linkWords : clauseLinkWords {
        // NB: nor one that starts a word of its own (`超市驿站203个`: the 超 of 超市).
        if rest.starts(with: word), !startsAWord(rest, with: word) { (rest, changed) = (rest.dropFirst(word.count), true) }
        // NB: a qualifier that ends a word of its own stays (`商超72家`: the 超 of 商超).
        if rest.endsWithWord(word), !endsAWord(rest, with: word) { (rest, changed) = (rest.dropLast(word.count), true) }
      }
    }
    return rest
  }

  /// Whether the one-scalar qualifier `word` that ends `words` is the end of a word there (`商超`, `附近`).
  static func endsAWord(_ words: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
    guard word.count == 1, words.count >= 2 else { return false }
    return ApproximationPrefix.isWordEnd(word[0], after: words[words.endIndex - 2])
  }

  /// Whether the one-scalar qualifier `word` that starts `words` starts a word there (`超市`, `近期`).
  static func startsAWord(_ words: ArraySlice<Unicode.Scalar>, with word: [Unicode.Scalar]) -> Bool {
    guard word.count == 1, words.count >= 2 else { return false }
    return ApproximationPrefix.isWordStart(word[0], before: words[words.startIndex + 1])
  }

  /// The nouns that name `metric` itself, longest first: 志愿者 of volunteers, 服务队 of teams, 驿站
  /// and 站点 of stations. The nouns of other metrics name a kind of person that tells the part
  /// (`一线职工`), and stay.
  static func nouns(of metric: Metric) -> [[Unicode.Scalar]] {
    metricNouns[metric] ?? []
  }

  /// The station nouns that name no kind of station: 驿站, 站点, 服务点.
  static let plainStationNouns = Set((MetricRules.plainNounsByMetric[.stations] ?? []).map(\.text))

  static let metricNouns: [Metric: [[Unicode.Scalar]]] = MetricRules.plainNounsByMetric
    .filter { [.volunteers, .volunteerTeams, .stations].contains($0.key) }
    .mapValues { $0.map(\.scalars).sorted { $0.count > $1.count } }
}
