// Decides what a counted quantity measures, from Data/metric-cues.tsv.

/// The words around one quantity that decide its metric.
public struct MetricContext: Sendable {
  /// The measure word after the number (`名`, `支`, `个`…), nil when there is none.
  public var unit: String?
  /// The words right after the number up to the clause break (or right before, for 站点62个).
  public var nounWindow: String
  /// The clause before the number, back to the previous clause break or quantity.
  public var before: String
  /// The whole sentence the number stands in.
  public var sentence: String
  /// True when the noun window is the words before the number (服务时长达5万小时).
  public var nounBeforeNumber: Bool

  public init(unit: String?, nounWindow: String, before: String, sentence: String, nounBeforeNumber: Bool = false) {
    self.unit = unit
    self.nounWindow = nounWindow
    self.before = before
    self.sentence = sentence
    self.nounBeforeNumber = nounBeforeNumber
  }
}

/// The words of a `MetricContext` as scalars, for matching without Foundation (see `ScalarText`).
struct MetricWords {
  var unit: String?
  var nounWindow: ScalarText
  var before: ScalarText
  var sentence: ScalarText
  var nounBeforeNumber: Bool

  init(unit: String?, nounWindow: ScalarText, before: ScalarText, sentence: ScalarText, nounBeforeNumber: Bool) {
    self.unit = unit
    self.nounWindow = nounWindow
    self.before = before
    self.sentence = sentence
    self.nounBeforeNumber = nounBeforeNumber
  }

  init(_ context: MetricContext) {
    self.init(
      unit: context.unit, nounWindow: ScalarText(context.nounWindow), before: ScalarText(context.before),
      sentence: ScalarText(context.sentence), nounBeforeNumber: context.nounBeforeNumber)
  }
}

/// The metric rules, tried in file order; the first that matches decides.
public enum MetricRules {
  /// NB: a class: a figure asks every rule of its measure word, and copying a struct of eight
  /// collections retained each of them.
  final class Rule: Sendable {
    /// A noun of the `nouns` column; `^noun` opens the window.
    struct Noun: Sendable {
      var word: MatchWord
      var opensWindow: Bool

      init(_ raw: String) {
        opensWindow = raw.hasPrefix("^")
        word = MatchWord(opensWindow ? String(raw.dropFirst()) : raw)
      }
    }

    let metric: Metric
    let units: Set<String>
    /// The `nouns` column as written, `^` included.
    let nounNames: [String]
    let nouns: [Noun]
    /// The nouns that count wherever they stand in the window (no `^`).
    var plainNounNames: [String] { nouns.filter { !$0.opensWindow }.map(\.word.text) }
    let cues: [MatchWord]
    let before: [MatchWord]
    let not: [MatchWord]
    /// `^word` entries of the `not` column: the number counts that word when it opens the window
    /// after the number (`16个区均设立了服务站点` counts districts).
    let notOpening: [MatchWord]

    init(
      metric: Metric, units: Set<String>, nounNames: [String], nouns: [Noun], cues: [MatchWord], before: [MatchWord],
      not: [MatchWord], notOpening: [MatchWord]
    ) {
      (self.metric, self.units, self.nounNames, self.nouns) = (metric, units, nounNames, nouns)
      (self.cues, self.before, self.not, self.notOpening) = (cues, before, not, notOpening)
    }

    /// Whether the words match, for a quantity whose unit is one of `units`.
    func matchesWords(_ words: MetricWords) -> Bool {
      if !nouns.isEmpty, !nouns.contains(where: { Self.window(words, has: $0) }) { return false }
      if !cues.isEmpty, !cues.contains(where: words.sentence.contains) { return false }
      if !before.isEmpty, !before.contains(where: words.before.contains) { return false }
      if !words.nounBeforeNumber, notOpening.contains(where: words.nounWindow.hasPrefix) { return false }
      // NB: before the number, the host stations are built into is no thing counted (`依托银行网点建设驿站十余个`).
      guard !not.isEmpty else { return true }
      let ruledOut = words.nounBeforeNumber ? HostedPart.withoutHost(words.nounWindow) : words.nounWindow
      return !not.contains(where: ruledOut.contains)
    }

    /// Whether one of the rule's nouns of volunteers ends the window right before the number, so it
    /// names what the number counts, against `earlier`, a rule that needs no noun, only a word of
    /// serving in the sentence or clause (`累计投入志愿者近300人次` counts volunteers, though the sentence
    /// serves) — unless one of that rule's verbs governs the noun (`慰问志愿者300人次`: people served).
    /// NB: volunteers only: other nouns of people (`走访慰问困难职工家庭150户`) are those served.
    func adjoins(_ words: MetricWords, after earlier: Rule) -> Bool {
      guard metric == .volunteers, earlier.metric != .volunteers, matchesWords(words) else { return false }
      let text = MetricRules.withoutTrailingSpaces(words.nounWindow)
      guard let noun = nouns.first(where: { !$0.opensWindow && text.endsWithWord($0.word.scalars) }) else { return false }
      let before = text.dropLast(noun.word.scalars.count)
      return !(earlier.cues + earlier.before).contains { before.endsWithWord($0.scalars) }
    }

    /// Where the last of the rule's nouns in `window` ends, in scalars from its start; nil when the
    /// rule has no nouns or none stands there.
    func lastNounEnd(in window: ScalarText) -> Int? {
      nouns.compactMap { window.suffix(afterLast: $0.word).map { window.scalars.count - $0.scalars.count } }.max()
    }

    /// `^noun` must open a window after the number (5万小时服务); before the number, and for a
    /// plain noun, it may stand anywhere in the window (服务时长达5万小时).
    static func window(_ words: MetricWords, has noun: Noun) -> Bool {
      guard noun.opensWindow else { return words.nounWindow.contains(noun.word) }
      return words.nounBeforeNumber ? words.nounWindow.contains(noun.word) : words.nounWindow.hasPrefix(noun.word)
    }
  }

  static let rules: [Rule] = DataTable.shipped("metric-cues.tsv").records.map { record in
    let list = { (column: String) in record[column].split(separator: ",").map(String.init) }
    guard let metric = Metric(rawValue: record["metric"]) else {
      preconditionFailure("Data/metric-cues.tsv:\(record.line):1: error: unknown metric \(record["metric"])")
    }
    return Rule(
      metric: metric, units: Set(list("units")), nounNames: list("nouns"), nouns: list("nouns").map(Rule.Noun.init),
      cues: list("cues").map(MatchWord.init), before: list("before").map(MatchWord.init),
      not: list("not").filter { !$0.hasPrefix("^") }.map(MatchWord.init),
      notOpening: list("not").filter { $0.hasPrefix("^") }.map { MatchWord(String($0.dropFirst())) })
  }

  /// Every measure word some rule counts with (`名`, `个`, `支`…), to tell counts from names.
  static let countUnits: Set<String> = rules.reduce(into: []) { $0.formUnion($1.units) }

  /// The nouns that name a metric, so callers can tell whether a window names one at all.
  static let allNouns: [String: Metric] = rules.reduce(into: [:]) { table, rule in
    for noun in rule.nounNames where table[noun] == nil { table[noun] = rule.metric }
  }

  /// Whether `window` holds a noun some rule counts (志愿者, 驿站…), wherever it stands.
  static func namesANoun(_ window: ScalarText) -> Bool {
    nouns.contains(where: window.contains)
  }

  /// Whether `window` ends with a noun some rule counts wherever it stands, spaces aside (`职工志愿者`;
  /// not `提供服务`, whose 服务 counts only after hours).
  static func endsWithNoun(_ window: ScalarText) -> Bool {
    let text = withoutTrailingSpaces(window)
    return plainNouns.contains { text.endsWithWord($0.scalars) }
  }

  /// A window's scalars without the spaces that end it.
  static func withoutTrailingSpaces(_ window: ScalarText) -> ArraySlice<Unicode.Scalar> {
    var end = window.scalars.endIndex
    while end > window.scalars.startIndex, window.scalars[end - 1].isHorizontalSpace { end -= 1 }
    return window.scalars[..<end]
  }

  /// Whether `window` holds a noun that names what is counted wherever it stands (志愿者, 驿站), not
  /// one that must open the window after a number (`^服务` of `5万小时服务`: `参与服务` names none).
  /// With `unit`, only a noun counted in that measure word: `200名在驿站服务` names no noun of 名.
  static func namesAPlainNoun(_ window: ScalarText, countedIn unit: String? = nil) -> Bool {
    guard let unit else { return plainNouns.contains(where: window.contains) }
    return (plainNounsByUnit[unit] ?? []).contains(where: window.contains)
  }

  static let plainNouns: [MatchWord] = matchWords(rules.flatMap(\.plainNounNames))

  /// For each measure word, the plain nouns of the rules that count with it.
  static let plainNounsByUnit: [String: [MatchWord]] =
    Dictionary(rules.flatMap { rule in rule.units.map { ($0, rule.plainNounNames) } }, uniquingKeysWith: +)
    .mapValues(matchWords)

  /// For each metric, the plain nouns of its rules.
  static let plainNounsByMetric: [Metric: [MatchWord]] =
    Dictionary(rules.map { ($0.metric, $0.plainNounNames) }, uniquingKeysWith: +).mapValues(matchWords)

  /// Words once each, in a fixed order, ready to match.
  static func matchWords(_ words: [String]) -> [MatchWord] { Set(words).sorted().map(MatchWord.init) }

  /// The nouns of every rule, without their `^` marks.
  static let nouns: [MatchWord] = matchWords(rules.flatMap { $0.nouns.map(\.word.text) })

  /// The metric of a quantity in its context, or `.other`.
  public static func metric(of context: MetricContext) -> Metric {
    metric(of: MetricWords(context))
  }

  /// The metric of a quantity from its words as scalars, or `.other`.
  ///
  /// Before the number, the noun nearest it names what is counted, whatever the rules' order:
  /// `各伴考服务站累计发放伴考包3000余个` counts packs, not the stations that handed them out.
  static func metric(of words: MetricWords) -> Metric {
    guard let unit = words.unit, let candidates = rulesByUnit[unit],
      let first = candidates.firstIndex(where: { rules[$0].matchesWords(words) })
    else { return .other }
    let rule = rules[candidates[first]]
    if words.nounBeforeNumber, rule.nouns.isEmpty,
      let adjacent = candidates[(first + 1)...].first(where: { rules[$0].adjoins(words, after: rule) })
    {
      return rules[adjacent].metric
    }
    guard words.nounBeforeNumber, !rule.nouns.isEmpty else { return rule.metric }
    // NB: most windows match one metric's rules only; the nouns' places are read when two do.
    let others = candidates[(first + 1)...].filter { rules[$0].metric != rule.metric && !rules[$0].nouns.isEmpty && rules[$0].matchesWords(words) }
    guard !others.isEmpty, let end = rule.lastNounEnd(in: words.nounWindow) else { return rule.metric }
    var nearest = (metric: rule.metric, end: end)
    for index in others {
      if let other = rules[index].lastNounEnd(in: words.nounWindow), other > nearest.end { nearest = (rules[index].metric, other) }
    }
    return nearest.metric
  }

  /// Whether the words right after a number in `unit` open with what a rule says the number then
  /// counts instead (`16个区`: districts, `^区` in the stations rule's `not` column).
  static func countsAnotherThing(unit: String, after words: ScalarText) -> Bool {
    (rulesByUnit[unit] ?? []).contains { rules[$0].notOpening.contains(where: words.hasPrefix) }
  }

  /// For each measure word, the rules that count with it, in file order.
  /// NB: one hash of the unit instead of one per rule: a rule without the unit never matches.
  static let rulesByUnit: [String: [Int]] = rules.indices.reduce(into: [:]) { table, index in
    for unit in rules[index].units { table[unit, default: []].append(index) }
  }
}
