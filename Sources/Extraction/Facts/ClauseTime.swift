// The year a figure is about and whether it is a running total, read from its own sentence.
import ChineseText
import NewsCorpus

/// What a sentence says about the time of one number in it.
struct ClauseTime: Equatable {
  var year: Int?
  var cumulative = false
  var periodStart: Int?
  var periodEnd: Int?

  /// Words that make a figure a running total over a period; `N年来` is told by `isYearsSince`.
  static let cumulativeWords = ["累计", "总计", "以来", "历年", "至今共", "至今已"].map(MatchWord.init)
  /// Words that close a `从A…到现在B` span at the article's year.
  static let nowWords = ["到现在", "到如今", "到目前", "至今", "到今天", "发展到"].map(MatchWord.init)
  /// Whether a sentence closes a span at the present: a now word, but not the 至今 of `增至今年的30支`
  /// (a change to this year's level, which 增至 ends).
  static func saysNow(_ text: ScalarText) -> Bool {
    nowWords.contains { word in
      guard let after = text.suffix(afterLast: word) else { return false }
      return word.scalars != untilNow.scalars || after.scalars.first != "年"
    }
  }
  static let untilNow = MatchWord("至今")

  /// Words that say a change starts from the first year (`从最初的12个`, `由首年的不足百人`).
  static let firstWords = ["最初", "首年", "起初", "当初", "初期", "之初", "第一年", "首届"].map(MatchWord.init)
  /// Words that open a span: `从A…到现在B`, `由A增至B`.
  static let fromWords = [MatchWord("从"), MatchWord("由")]
  /// Words that lead to a span's end: the present, or what a change leads to (`增至`, `发展到`).
  static let spanEndWords = nowWords + ChangeSpan.verbs.map { MatchWord(String(String.UnicodeScalarView($0))) }
  /// Words that put a figure's own clause in one year or at the present (`当年新建驿站300家`,
  /// `目前全区驿站总数已达156家`).
  static let singleYearWords = ["当年", "今年", "本年", "去年", "同年", "年内", "目前", "现有"].map(MatchWord.init)

  /// An explicit year in a sentence, at a scalar offset within it.
  struct ExplicitYear {
    var year: Int
    var start: Bool
    var at: Int
    /// Just past the mention (`2016年`, `去年`).
    var end: Int
    /// A start that runs to the present (`2016年以来`, `自2016年起`): it dates no figure after it,
    /// which is a total up to now; `从2015年的25名` is a figure at its start and keeps it.
    var since = false
  }

  /// The time of the number at `offset` in a sentence (its scalars indexed from 0) whose explicit
  /// years are known. `articleYear` is the article's year; `programmeStart`, the programme's first
  /// year if known, is evaluated only when the sentence needs it (`从…到现在`, a running total with
  /// no start year), so a loader can record which programmes' starts a figure depends on.
  /// `clause` is the number's own clause, as a range of the sentence's offsets: a clause that names one
  /// year of its own (`当年`, `2024年`) and no running-total word is not a running total, even when
  /// the sentence's other clauses are (`累计建成2000余个，当年新建300家`).
  init(
    sentence text: ScalarText, explicitYears explicit: [ExplicitYear], offset: Int, clause: Range<Int>,
    articleYear: Int?, pageYear: Int? = nil, programmeStart: @autoclosure () -> Int?
  ) {
    // 从10名…到现在千余名: the start of the span is the first year, its end the article's.
    let before = ScalarText(text.scalars[..<(text.scalars.startIndex + offset)], isSimple: text.isSimple)
    var spanDated = false
    // NB: the nearest opener before the figure opens its span.
    let opened = Self.fromWords.compactMap { before.suffix(afterLast: $0) }.max { $0.scalars.startIndex < $1.scalars.startIndex }
    if let sinceFrom = opened {
      // NB: only a year inside the span dates its start (`从2015年的10名`); one before 从 is the
      // sentence's present (`2025年，站点从最初的5个发展到现在的104个`).
      let spanStart = sinceFrom.scalars.startIndex - text.scalars.startIndex
      let nowStart = Self.spanEndWords.compactMap { sinceFrom.suffix(afterLast: $0) }
        .map { $0.scalars.startIndex - text.scalars.startIndex }.max()
      if let nowStart {
        // The end of the span is the present: a year after its 到现在/发展到/增至 (`发展到2019年的3000名`),
        // else the sentence's own, else the article's; never the start year (`从2015年的200名…发展到如今的3000名`,
        // `今年，站点由去年的97个增至104个`), nor a year that starts a period to now
        // (`自2016年开始推进驿站建设，5年间驿站数量由最初的100余家增长到目前的1100余家`).
        // A year that opens the figure's own clause, after the span's start, dates it too
        // (`从服务点数量看，2019年为61个，2020年…缩减至32个`); not one inside the span's start (`由2015年的200名发展到…`).
        year = explicit.last { $0.at >= nowStart && $0.at < offset }?.year
          ?? explicit.last { clause.lowerBound > spanStart && $0.at >= clause.lowerBound && $0.at < offset && !$0.since }?.year
          ?? explicit.last { $0.at < spanStart - 1 && !$0.since }?.year ?? articleYear
        spanDated = true
      } else if !explicit.contains(where: { $0.at >= spanStart && $0.at < offset }),
        let range = Self.yearRange(in: text, explicit: explicit, before: spanStart - 1)
      {
        // `2016年至2019年，站点从60个增至80个`: the span starts in the range's first year.
        year = range
        spanDated = true
      } else if Self.saysNow(text),
        !explicit.contains(where: { $0.at >= spanStart && $0.at < offset })
      {
        year = programmeStart()
        return
      } else if spanStart >= clause.lowerBound, !explicit.contains(where: { $0.at >= spanStart && $0.at < offset }),
        Self.spanEndWords.contains(where: ScalarText(
          text.scalars[(text.scalars.startIndex + offset)..<(text.scalars.startIndex + max(offset, clause.upperBound))],
          isSimple: text.isSimple).contains)
      {
        // The level a change in the figure's own clause starts from, with no year of its own, is
        // never the year it changes into (从 in an earlier clause is a source: `记者从区总工会获悉`):
        // the programme's first when the span says it is the first (`从最初的12个增加到今年的121个`);
        // else a year before 从 dates the whole change (`2019年，站点数量从60个增至80个`, below), and
        // with none the start is unknown (`站点由97个增至今年的104个`).
        if Self.firstWords.contains(where: sinceFrom.contains) {
          year = programmeStart()
          return
        }
        if !explicit.contains(where: { $0.at < spanStart }) {
          year = nil
          return
        }
      }
    }

    // The nearest explicit year before the number, else after it, else 今年 or the article's; not
    // one that starts a period to now (`2016年以来`) or the figure's (`始于2016年，多年来累计…`).
    let startsItsPeriod = explicit.map {
      $0.since || Self.startsPeriod($0, ofFigureAt: offset, clauseEnd: clause.upperBound, in: text)
    }
    var undated = false
    if !spanDated {
      let dating = explicit.indices.filter { !startsItsPeriod[$0] }.map { explicit[$0] }
      // NB: a year in an aside in brackets after the number is the aside's (`260人（2015年仅30人）`).
      year = dating.last { $0.at < offset }?.year ?? dating.first { !Self.inAside(after: offset, at: $0.at, of: text.scalars) }?.year
      undated = year == nil
      year = year ?? articleYear
    }
    // NB: a running-total word reaches the figures of its own clause and of the clauses after it,
    // not a figure before it (`上半年新建312家，截至6月底累计建成1523家`: 312家 is the half-year's).
    let upToClauseEnd = ScalarText(text.scalars[..<(text.scalars.startIndex + clause.upperBound)], isSimple: text.isSimple)
    let sinceYear = explicit.indices.contains { startsItsPeriod[$0] && explicit[$0].at < offset }
    let runsOverYears = Self.cumulativeWords.contains(where: upToClauseEnd.contains)
      || Self.yearsSince(in: upToClauseEnd.scalars) != nil
    if runsOverYears, !Self.namesOneYear(clause, of: text, explicit: explicit),
      !Self.isYearToDate(upToClauseEnd.scalars, sinceYear: sinceYear), !Self.isEventTotal(upToClauseEnd.scalars, sinceYear: sinceYear),
      !Self.isOneYearsTotal(upToClauseEnd.scalars, clauseStart: text.scalars.startIndex + clause.lowerBound, sinceYear: sinceYear),
      !Self.isChangeLevel(text, clause: clause, offset: offset, upToClauseEnd: upToClauseEnd)
    {
      cumulative = true
      // NB: `九年来`, `十年来` count back from when the page was printed, whatever year the article's
      // lede looks back to (`2016年6月，…支起第一顶帐篷。…九年来累计服务1.2万余人次` on a page of 2024).
      if undated, let pageYear, Self.yearsSince(in: upToClauseEnd.scalars) != nil { year = pageYear }
      let explicitStart = explicit.first { $0.start }?.year ?? explicit.first { $0.year < (year ?? .max) }?.year
      let planStart = explicitStart == nil ? Self.planPeriodStart(upToClauseEnd.scalars) : nil
      periodStart = explicitStart ?? planStart
        ?? Self.start(ofYears: Self.yearsCounted(upToClauseEnd.scalars), endingIn: year, programmeStart: programmeStart())
      periodEnd = year
      // NB: a five-year plan's total ends with the plan (`“十四五”期间` on a page of 2026: 2021–2025).
      if let planStart, let end = year, end > planStart + 4 { (year, periodEnd) = (planStart + 4, planStart + 4) }
    }
  }

  /// Whether the offset `at`, after the number at `offset`, lies in brackets opened after the number.
  static func inAside(after offset: Int, at: Int, of scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var depth = 0
    for scalar in scalars[(scalars.startIndex + offset)..<(scalars.startIndex + at)] {
      if scalar == "(" || scalar == "（" { depth += 1 } else if scalar == ")" || scalar == "）" { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// Whether the clause names a year of its own (a single-year word, an explicit year that opens no
  /// span, or a yearly rate: `年服务…超1000万人次`) and no running-total word.
  static func namesOneYear(_ clause: Range<Int>, of text: ScalarText, explicit: [ExplicitYear]) -> Bool {
    let lower = text.scalars.startIndex + clause.lowerBound
    let words = ScalarText(text.scalars[lower..<(lower + clause.count)], isSimple: text.isSimple)
    guard !cumulativeWords.contains(where: words.contains), yearsSince(in: words.scalars) == nil else { return false }
    return singleYearWords.contains(where: words.contains) || explicit.contains { !$0.start && clause.contains($0.at) }
      || AnnualRate.says(words.scalars)
  }

  /// Words that date a figure relative to the article's year, and by how many years.
  static let relativeYearWords: [(word: [Unicode.Scalar], offset: Int)] = [
    ("去年", -1), ("前年", -2), ("今年", 0), ("本年", 0), ("明年", 1),
  ].map { (Array($0.0.unicodeScalars), $0.1) }
  /// Before a relative year word, a comparison (`较去年增加20家`): the figure is not that year's.
  static let comparisonMarks: Set<Unicode.Scalar> = Set("较比与和同".unicodeScalars)
  /// After it, words that make it the start of a span or a comparison (`去年以来`, `去年同期`).
  static let spanOrComparisonAfter: [[Unicode.Scalar]] = ["以来", "至今", "起", "开始"].map { Array($0.unicodeScalars) }

  /// The years a sentence dates by `去年`, `前年`, `今年`, `明年` from the article's year, as explicit
  /// years at their offsets; none without an article year.
  static func relativeYears(in sentence: [Unicode.Scalar], articleYear: Int?) -> [ExplicitYear] {
    guard let articleYear, sentence.contains("年") else { return [] }
    var found: [ExplicitYear] = []
    var index = 0
    while index + 1 < sentence.count {
      if sentence[index + 1] == "年", let relative = relativeYearWords.first(where: { $0.word[0] == sentence[index] }) {
        let end = index + 2
        // NB: a multiple of a year's figure compares too (`为去年的1.2倍`, `是前年的两倍`).
        let compared = index > 0 && comparisonMarks.contains(sentence[index - 1])
          || ComparedYear.isCompared(sentence, yearAt: index, end: end)
        let spans = spanOrComparisonAfter.contains { word in
          end + word.count <= sentence.count && sentence[end..<(end + word.count)].elementsEqual(word)
        }
        if !compared, !spans, !isGoingTo(sentence, yearWordAt: index) { found.append(ExplicitYear(year: articleYear + relative.offset, start: false, at: index, end: end)) }
        index = end
      } else {
        index += 1
      }
    }
    return found
  }

  /// Verbs that take 去 after them for "away to" (`送去`, `带去`): `送去年货` is 送去 + 年货, not 去年.
  static let awayVerbs: Set<Unicode.Scalar> = Set("送带帶捎寄拿运運递遞发發".unicodeScalars)
  /// What 年 opens after such a 去 (`年货`, `年夜饭`, `年礼`, `年画`, `年糕`, `年味`).
  static let newYearGoods: Set<Unicode.Scalar> = Set("货貨夜礼禮画畫糕味".unicodeScalars)

  /// Whether the 去年 at `index` is the 去 of a verb ("away") before 年货 or the like (`送去年货`).
  static func isGoingTo(_ sentence: [Unicode.Scalar], yearWordAt index: Int) -> Bool {
    sentence[index] == "去" && index > 0 && awayVerbs.contains(sentence[index - 1]) && index + 2 < sentence.count
      && newYearGoods.contains(sentence[index + 2])
  }

  /// The explicit years of a sentence, in text order, with offsets from its start; a year compared
  /// with is left out.
  static func explicitYears(in sentence: [Unicode.Scalar]) -> [ExplicitYear] {
    // NB: an explicit year is always written with 年 (`2024年`, `二〇二四年`); most sentences
    // have none, and a scan for relative dates and anniversaries would be thrown away.
    guard sentence.contains("年") else { return [] }
    return YearScan.mentions(in: sentence).compactMap { mention in
      guard case .explicit(let year, let start) = mention.kind else { return nil }
      // NB: a year compared with (`较2023年底增加了200余家`) is not when the figure is.
      let at = mention.range.lowerBound
      if ComparedYear.isCompared(sentence, yearAt: at, end: mention.range.upperBound) { return nil }
      // NB: a year that 至今 follows later in its sentence starts a period to now (`首届于2014年举办，
      // 至今已吸引…`, `2014年至今`).
      let untilNow = UntilNow.follows(sentence, after: mention.range.upperBound, sentenceEnd: sentence.count)
      return ExplicitYear(
        year: year, start: start || untilNow, at: at, end: mention.range.upperBound,
        since: untilNow || (start && runsToNow(sentence, after: mention.range.upperBound)))
    }
  }
}
