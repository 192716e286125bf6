// The breakdown a clause states for a count (高考 / 中考, 室外 / 室内, 新增), from Data/breakdowns.tsv.
import ChineseText

/// Finds the part of a total that a counted noun names.
enum Breakdown {
  /// NB: a class: every figure's search passes most of the words, and copying a struct of four
  /// references retained each of them.
  final class Word: Sendable {
    let word: MatchWord
    /// A handful of metrics: an array is searched faster than a set is hashed.
    let metrics: [Metric]
    let isTotal: Bool
    /// The breakdown's name (新建 → 新增).
    let label: String
    /// The word counts before the number too (a verb of adding: `新建成17家驿站`).
    let readsBefore: Bool

    init(word: MatchWord, metrics: [Metric], isTotal: Bool, label: String, readsBefore: Bool) {
      (self.word, self.metrics, self.isTotal, self.label, self.readsBefore) = (word, metrics, isTotal, label, readsBefore)
    }
  }

  /// Longest words first, so `中、高考` (a total) is seen before `高考` (a part).
  static let words: [Word] = DataTable.shipped("breakdowns.tsv").records
    .map {
      Word(
        word: MatchWord($0["word"]), metrics: $0["metrics"].split(separator: ",").compactMap { Metric(rawValue: String($0)) },
        isTotal: $0["kind"] == "total", label: $0["label"].isEmpty ? $0["word"] : $0["label"], readsBefore: $0["before"] == "yes")
    }
    .sorted { $0.word.text.count > $1.word.text.count }

  /// 其中 ("of which"), dropped from a window before its breakdown is read.
  static let ofWhich = MatchWord("其中")

  /// The breakdown of `metric` named in `window`, else by a verb of adding in the clause `before`
  /// the number, or nil for a total or no breakdown.
  /// `nearTheEnd`: the window ends at the number (its noun stands before it), so the last item of a
  /// list in it names the number's part when it names one (`新建驿站610个、改造810个`: 810 are the upgraded).
  static func part(of metric: Metric, in window: ScalarText, before: ScalarText? = nil, nearTheEnd: Bool = false) -> String? {
    // NB: the last item of a list before the number is the number's own (`新建驿站610个、改造810个`).
    // An item ends with its figure (`610个、`), not words joined into one (`新建、改造…`, `中、高考`).
    if nearTheEnd, let mark = window.scalars.lastIndex(of: "、"), mark + 1 < window.scalars.endIndex,
      window.scalars[..<mark].suffix(3).contains(where: { $0.isASCIIDigit || ChineseNumeral.isNumeralScalar($0) }),
      let own = part(of: metric, in: ScalarText(window.scalars[(mark + 1)...], isSimple: window.isSimple))
    {
      return own
    }
    // NB: 其中 ("of which") introduces a breakdown, and must not read as 中高考 in 其中高考.
    let window = window.removingAll(ofWhich)
    let named =
      words.first { $0.metrics.contains(metric) && names($0.word, in: window) && !followsTheNoun($0.word, of: metric, in: window) }
      ?? before.flatMap { before in nearest(of: metric, before: before) }
    guard let word = named, !word.isTotal else { return nil }
    guard let other = listedPart(with: word, of: metric, in: window) else { return word.label }
    // NB: new ones listed with another change of the period (`新建、改造户外劳动者暖心驿站1420个`) are
    // that change, named by both, not the stock; other parts listed together are the total.
    let labels = [word.label, other.label]
    guard let new = labels.first(where: { $0.utf8.elementsEqual(NamedPart.newOnes) }) else { return nil }
    return ([new] + labels.filter { !$0.utf8.elementsEqual(NamedPart.newOnes) }).joined(separator: "、")
  }

  /// The word of adding that stands nearest the number in the clause `before` it: in
  /// `新建驿站610个、改造810个` the 810 are the upgraded, not the new ones.
  static func nearest(of metric: Metric, before: ScalarText) -> Word? {
    words.filter { $0.readsBefore && $0.metrics.contains(metric) && names($0.word, in: before) }
      .min { distance(after: $0, in: before) < distance(after: $1, in: before) }
  }

  /// How many scalars stand after the last `word` in `text`.
  static func distance(after word: Word, in text: ScalarText) -> Int {
    text.suffix(afterLast: word.word)?.scalars.count ?? .max
  }

  /// Whether `word` first stands after the noun of `metric` in `window`, other words between them: it
  /// then says what the counted do (`志愿者护航高考`), not which of them are counted, as a word before
  /// the noun does (`高考志愿者`, `高考服务站点`) or one right after it that heads a compound (`驿站示范点`).
  static func followsTheNoun(_ word: MatchWord, of metric: Metric, in window: ScalarText) -> Bool {
    guard let at = window.firstOffset(of: word.scalars) else { return false }
    return (MetricRules.plainNounsByMetric[metric] ?? []).contains { noun in
      window.firstOffset(of: noun.scalars).map { $0 + noun.scalars.count < at } ?? false
    }
  }

  /// Scalars before 中 that make it a school's name, not the 中 of 中考: `一中考点`, `101中考点`,
  /// `人大附中考点`, `初中考生`, `高中考点`.
  static let schoolMarks: Set<Unicode.Scalar> = Set("一二三四五六七八九十〇零两0123456789附初高完".unicodeScalars)

  /// Whether `window` holds `word` other than as the end of a school's name before 考点 or 考生.
  static func names(_ word: MatchWord, in window: ScalarText) -> Bool {
    guard window.contains(word) else { return false }
    guard word.scalars.first == "中" else { return true }
    let scalars = window.scalars
    var index = scalars.startIndex
    while index + word.scalars.count <= scalars.endIndex {
      if scalars[index...].starts(with: word.scalars), !endsASchoolsName(word, at: index, in: scalars) { return true }
      index += 1
    }
    return false
  }

  /// Whether `word`, found at `index` of `scalars`, is the end of a school's name (`一中考点`: 中 of
  /// 一中, not 中考), not the word.
  static func endsASchoolsName(_ word: MatchWord, at index: Int, in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    word.scalars.first == "中" && index > scalars.startIndex && schoolMarks.contains(scalars[index - 1])
  }

  /// Marks that join the parts of a list (`含高考、中考`, `室内和室外`).
  static let partJoiners: Set<Unicode.Scalar> = Set("、和及与".unicodeScalars)

  /// The other of `metric`'s parts `word` stands listed with (`高考、中考`), if it does: a figure of all
  /// the parts listed is their total, not one part's.
  static func listedPart(with word: Word, of metric: Metric, in window: ScalarText) -> Word? {
    let scalars = window.scalars
    // NB: `firstOffset` answers an index of the window's scalars, not a distance from its start.
    guard let start = window.firstOffset(of: word.word.scalars) else { return nil }
    let end = start + word.word.scalars.count
    return words.first { other in
      guard !other.isTotal, other.metrics.contains(metric), !other.label.utf8.elementsEqual(word.label.utf8) else { return false }
      let after = end < scalars.endIndex && partJoiners.contains(scalars[end]) && scalars[(end + 1)...].starts(with: other.word.scalars)
      let beforeStart = start - 1 - other.word.scalars.count
      let before = beforeStart >= scalars.startIndex && partJoiners.contains(scalars[start - 1])
        && scalars[beforeStart..<(start - 1)].elementsEqual(other.word.scalars)
      return after || before
    }
  }

  /// The pack kind a count names directly (`300份“爱心助考包”` → `爱心助考包`, `2200个暖心包` → `暖心包`).
  ///
  /// Only a name right after the number counts, quoted or a word of Han ending in 包, and not one
  /// that opens a list (`伴考包和暖心包6000个`, `…包”和“…包”共计`): a total of several kinds has none.
  static func packKind(after window: ScalarText) -> String? {
    let scalars = Array(window.scalars)
    if let open = scalars.firstIndex(where: { $0 == "“" || $0 == "「" || $0 == "\"" }), open <= 2 {
      guard let close = scalars[(open + 1)...].firstIndex(where: { $0 == "”" || $0 == "」" || $0 == "\"" }) else { return nil }
      let name = String(scalars: scalars[(open + 1)..<close])
      return name.hasSuffix("包") ? name : nil
    }
    let end = scalars.firstIndex { !$0.isHan } ?? scalars.count
    guard end >= 2, end <= maxPackName, scalars[end - 1] == "包" else { return nil }
    // NB: 包 inside a longer word (`伴考包和暖心包`) is a list, read as no kind.
    guard !scalars[..<end].dropLast().contains("包"), end == scalars.count || !listJoiners.contains(scalars[end]) else { return nil }
    return String(scalars: scalars[..<end])
  }

  /// The longest unquoted pack name, in scalars (`考生家长伴考包` is 7).
  static let maxPackName = 8
  /// Scalars that join a pack name to the next in a list.
  static let listJoiners: Set<Unicode.Scalar> = Set("和与及、跟".unicodeScalars)
}
