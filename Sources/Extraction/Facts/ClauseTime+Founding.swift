// A year that starts a figure's period rather than dating it: `始于2016年，多年来累计…`.
import ChineseText
import NewsCorpus

extension ClauseTime {
  /// Verbs that found something, written before 于 and the year (`始于2016年`, `创办于2016年`).
  static let foundedInWords = [
    "始于", "起于", "起步于", "开始于", "启动于", "创立于", "创办于", "创建于", "成立于", "开通于", "推出于", "发端于", "诞生于",
  ].map { Array($0.unicodeScalars) }
  /// The same verbs right after the year, or after its month and day (`2016年6月启动的…`).
  /// NB: not 开展 or 设立, which as often report what that year did (`2016年设立站点50个`).
  static let foundingVerbs = ["启动", "开始", "起步", "创立", "创办", "创建", "成立", "开通", "推出"]
    .map { Array($0.unicodeScalars) }
  /// Words that make a figure a total over its period (a founding year starts that period).
  static let periodTotalWords = ["累计", "总计", "共计"].map { Array($0.unicodeScalars) }
  /// Scalars of a month and day after a year's 年 (`6月`, `6月15日`), skipped to reach its verb.
  static let datePart: Set<Unicode.Scalar> = Set("0123456789月日号初底中旬上下".unicodeScalars)

  /// Whether `year` starts the period of the figure at `offset` (in the sentence's offsets) instead
  /// of dating it: a span to now stands between them (`2016年，全区新建驿站30家，五年来累计建成120家`), or the year founds
  /// something (`始于2016年`, `2016年6月启动`) and a total word follows it before the figure's clause
  /// ends (`始于2016年，累计出动志愿者1500余人次`). A figure the year frames on its own
  /// (`始于2016年，当年出动志愿者300余人次`) keeps it.
  static func startsPeriod(_ year: ExplicitYear, ofFigureAt offset: Int, clauseEnd: Int, in text: ScalarText) -> Bool {
    guard year.at < offset else { return false }
    let base = text.scalars.startIndex
    let between = text.scalars[(base + year.end)..<(base + offset)]
    if spansYears(between) { return true }
    guard founds(year, in: text.scalars) else { return false }
    let toClauseEnd = text.scalars[(base + year.end)..<(base + max(offset, clauseEnd))]
    return spansYears(toClauseEnd) || periodTotalWords.contains(where: toClauseEnd.containsWord)
  }

  /// Whether `words` carry a period on to the present: `N年来` (`五年来`; `今年来` is this year) or 至今
  /// (not 截至今日). NB: not 以来, which as often closes a time within the year (`今年以来`,
  /// `7月以来`); a year's own 以来 (`2016年以来`) already starts a period.
  static func spansYears(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    UntilNow.follows(words, after: words.startIndex, sentenceEnd: words.endIndex)
      || yearsSince(in: words) != nil
  }

  /// Whether a verb of founding stands before 于 and the year, or right after its date.
  static func founds(_ year: ExplicitYear, in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let base = scalars.startIndex
    if foundedInWords.contains(where: scalars[..<(base + year.at)].endsWithWord) { return true }
    var index = base + year.end
    while index < scalars.endIndex, index < base + year.end + 6, datePart.contains(scalars[index]) { index += 1 }
    return foundingVerbs.contains { scalars[index...].starts(with: $0) }
  }
}
