// Periods in a sentence: starts that run to the present, ranges of years, the year so far.
import ChineseText
import NewsCorpus

extension ClauseTime {
  /// Words just after a start year that run its period to the present (`2016年起`, `2016年开始`).
  static let sinceWords = ["起", "开始"].map { Array($0.unicodeScalars) }
  /// Whether the start year ending at `end` runs to the present: a since-word right after it, or
  /// 以来 before its clause ends (`自2015年加入“暖心伴考”以来`: `UntilNow`, which the article's year reads too).
  static func runsToNow(_ sentence: [Unicode.Scalar], after end: Int) -> Bool {
    let rest = sentence[end...]
    return sinceWords.contains(where: { rest.starts(with: $0) }) || UntilNow.sinceClosesItsClause(sentence, after: end)
  }

  /// Scalars that join the two years of a range (`2016年至2019年`, `前年至去年`).
  static let rangeJoiners: Set<Unicode.Scalar> = Set("至到—–-~～".unicodeScalars)

  /// The first year of the last range of years before `end` (`2016年至2019年` → 2016, `前年至去年`):
  /// two years with only a joiner between them.
  static func yearRange(in text: ScalarText, explicit: [ExplicitYear], before end: Int) -> Int? {
    let years = explicit.filter { $0.at < end }
    guard years.count >= 2 else { return nil }
    let (first, second) = (years[years.count - 2], years[years.count - 1])
    guard first.end <= second.at else { return nil }
    let base = text.scalars.startIndex
    let between = text.scalars[(base + first.end)..<(base + second.at)].filter { !$0.isHorizontalSpace }
    return between.count == 1 && rangeJoiners.contains(between[between.startIndex]) ? first.year : nil
  }

  /// Words that make a figure a total over its period, whatever verb leads to it.
  static let totalWords = ["累计", "总计", "历年", "至今共", "至今已"].map(MatchWord.init)

  /// Whether the figure is the level a change reached (`八年来，站点增加到11个`, `从10名发展到如今的
  /// 260人`): a change verb in its own clause before it and no total word (累计) up to its clause
  /// end. Such a figure is the count at the end of the period, not a running total over it.
  static func isChangeLevel(_ text: ScalarText, clause: Range<Int>, offset: Int, upToClauseEnd: ScalarText) -> Bool {
    guard !totalWords.contains(where: upToClauseEnd.contains) else { return false }
    let base = text.scalars.startIndex
    let lead = text.scalars[(base + clause.lowerBound)..<(base + offset)]
    return spanEndWords.contains { lead.containsWord($0.scalars) }
  }

  /// Times within a year that 以来 may start from: the figure since then is the year's so far.
  static let withinYearStarts = [
    "今年", "本年", "年初", "月", "月份", "入夏", "入秋", "入冬", "入春", "开春", "今夏", "今冬", "春节", "暑期", "夏季", "冬季",
    "夏天", "冬天", "今春", "暑假", "寒假", "入伏", "三伏", "伏天", "汛期", "开学",
  ].map { Array($0.unicodeScalars) }
  /// Those that name this year's time whatever follows them (not `月`, which `2018年5月` holds).
  static let thisYearsTimes = withinYearStarts.filter { $0 != Array("月".unicodeScalars) && $0 != Array("月份".unicodeScalars) }

  /// Whether the words before a 以来 start it within this year: right before it (`今年以来`, `7月以来`),
  /// or with what began then between (`自今年4月开幕以来`, `自6月启动以来`: a month with no year).
  static func startsWithinYear(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
    if withinYearStarts.contains(where: before.endsWithWord) { return true }
    let clauseStart = before.lastIndex(where: { Punctuation.splitsClause($0) || Punctuation.endsSentence($0) }).map { $0 + 1 }
    let stretch = before[(clauseStart ?? before.startIndex)...].suffix(maxSinceStretch)
    guard stretch.first == "自" || stretch.first == "从" else { return false }
    if thisYearsTimes.contains(where: { stretch.containsWord($0) }) { return true }
    return stretch.contains("月") && !stretch.contains("年")
  }

  /// The longest `自…以来` read for a start within this year, in scalars.
  static let maxSinceStretch = 16
  static let since = Array("以来".unicodeScalars)

  /// Counts of years that say how many without a numeral (`多年间`, `几年里`, `数年间`).
  static let someYears: Set<Unicode.Scalar> = Set("多几数".unicodeScalars)

  /// Whether `N年来` ends at `index` of `words` (`十年来`, `多年来`, `近年来`): a period over years to now;
  /// `今年来`, `本年来`, `一年来` and `半年来` are within this year. So do `N年间` and `N年里` for more than one year (`九年间`, `多年里`;
  /// not `一年间`, `这一年里`).
  static func isYearsSince(_ words: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    // NB: asked at every offset of a clause: one scalar compare rules out almost all. Stray
    // spaces may stand after 年 (`十 年 来`).
    guard words[index] == "年" else { return false }
    var after = index + 1
    while after < words.endIndex, Scalars.isSpace(words[after]) { after += 1 }
    let next = after < words.endIndex ? words[after] : nil
    guard next == "来" || next == "间" || next == "里" else { return isPastYears(words, at: index) }
    guard index > words.startIndex else { return next == "来" }
    if next == "来", "今本半".unicodeScalars.contains(words[index - 1]) { return false }
    if someYears.contains(words[index - 1]) { return true }
    let count = numeral(before: index, in: words)
    // NB: `近年来` runs over years with no numeral; `年间` alone is an era's (`乾隆年间`).
    guard let only = count.first else { return next == "来" }
    return count.count > 1 || !(only == "1" || ChineseNumeral.digit(only) == 1)
  }

  /// Words before a count of years that make it the years up to now (`近三年`, `过去五年`, `这五年`).
  static let pastYearsWords = ["近", "过去", "最近", "这"].map { Array($0.unicodeScalars) }

  /// Whether the 年 at `index` ends the past N years, N more than one (`近三年，…累计服务`,
  /// `过去五年，…累计新建`): a span up to now as `N年来` is, with no 来.
  static func isPastYears(_ words: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    let count = numeral(before: index, in: words)
    guard let only = count.first, count.count > 1 || !(only == "1" || ChineseNumeral.digit(only) == 1) else { return false }
    return pastYearsWords.contains { words[..<count.startIndex].endsWithWord($0) }
  }

  /// Where the first `N年来`, `N年间` or `N年里` of `words` has its 年, if it has one.
  static func yearsSince(in words: ArraySlice<Unicode.Scalar>) -> Int? {
    words.indices.first { isYearsSince(words, at: $0) }
  }

  /// The numeral written right before `index` (`十` of `十年来`, `2` of `2年间`), empty if none.
  static func numeral(before index: Int, in words: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var start = index
    while start > words.startIndex, words[start - 1].isASCIIDigit || ChineseNumeral.isNumeralScalar(words[start - 1]) {
      start -= 1
    }
    return words[start..<index]
  }

  /// How many years the `N年来`, `N年间` or `N年里` of `words` counts (`十年来`: 10), if it says
  /// with a numeral (not `多年来`, `10余年来`).
  static func yearsCounted(_ words: ArraySlice<Unicode.Scalar>) -> Int? {
    guard let index = yearsSince(in: words), case let digits = numeral(before: index, in: words), !digits.isEmpty else { return nil }
    let written = String(scalars: digits)
    return Int(written) ?? ChineseNumeral.value(of: written).flatMap(Int.init(exactly:))
  }

  /// The first year of a running total that counts `years` up to `end` (`十年来` in 2025): the
  /// programme's start when it agrees within a year (writers count seasons loosely), else the
  /// count's own first year; the programme's start when the words count no years.
  static func start(ofYears years: Int?, endingIn end: Int?, programmeStart: Int?) -> Int? {
    guard let years, years > 1, let end else { return programmeStart }
    let counted = end - years + 1
    if let programmeStart, abs(programmeStart - counted) <= 1 { return programmeStart }
    return counted
  }

  /// Whether a figure's words count the year so far (`今年以来`, `7月以来`, `入夏以来`), not a
  /// running total over years: every 以来 follows a time within a year, and no `N年来` or start
  /// year that runs to the present (`sinceYear`) stands before the figure.
  static func isYearToDate(_ words: ArraySlice<Unicode.Scalar>, sinceYear: Bool) -> Bool {
    guard !sinceYear else { return false }
    var found = false
    var index = words.startIndex
    while index < words.endIndex {
      if isYearsSince(words, at: index) { return false }
      if words[index...].starts(with: since) {
        guard startsWithinYear(words[..<index]) else { return false }
        found = true
      }
      index += 1
    }
    return found
  }

  /// Words that put a figure inside one event of the year (`高考期间`, `此次活动`, `活动当天`).
  static let eventWords = [
    "高考期间", "中考期间", "考试期间", "考试当天", "活动期间", "春节期间", "节日期间", "两节期间", "国庆期间", "假期期间",
    "赛会期间", "比赛期间", "大赛期间", "赛事期间", "运动会期间", "会议期间", "伴考期间", "此次", "本次", "这次", "当天", "当日",
    // A time of today or yesterday: the day's count so far (`截至今天中午，…已累计服务1.2万人次`).
    "今天上午", "今天中午", "今天下午", "今日上午", "今日中午", "今日下午", "昨天上午", "昨天中午", "昨天下午", "昨日上午",
    "昨日下午",
  ].map { Array($0.unicodeScalars) }

  /// Words after a count of days that make a span of days (`两天来`, `三天里`, `数日来`, `两天时间里`):
  /// inside one event too.
  static let daySpans = [
    "天来", "日来", "天里", "天内", "天时间里", "天时间内", "天的时间里", "天的时间内", "天之内", "日之内", "天累计", "天共计",
  ].map { Array($0.unicodeScalars) }

  /// Whether a span of days starts at `index`: a numeral before it (`两天来`, not `冬天里`).
  static func isDaySpan(_ words: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    guard index > words.startIndex, daySpans.contains(where: { words[index...].prefix($0.count).elementsEqual($0) }) else { return false }
    let before = words[index - 1]
    return before.isASCIIDigit || ChineseNumeral.isNumeralScalar(before) || someYears.contains(before)
  }

  /// Whether a running-total word counts one event's total (`高考期间，…累计服务考生8000余人次`,
  /// `6月7日至8日，…累计服务3000余人次`): an event word or a range of days stands before the figure and nothing runs the total across years (`N年来`, `以来`,
  /// a start year that runs to now). The figure is that year's, not a total since the programme began.
  static func isEventTotal(_ words: ArraySlice<Unicode.Scalar>, sinceYear: Bool) -> Bool {
    staysWithinAYear(words, sinceYear: sinceYear) { index in
      eventWords.contains { words[index...].starts(with: $0) } || isDaySpan(words, at: index) || isDayRange(words, at: index)
    }
  }

  /// Scalars that join the two ends of a range of days (`7日至8日`, `7日-8日`).
  static let dayRangeJoiners: Set<Unicode.Scalar> = Set("至到-—–~～".unicodeScalars)

  /// Whether a range of days starts at `index` (`6月7日至8日`, `7日到9日`, `6月30日至7月2日`): days of
  /// one event, like `两天来`. Both ends name their day; a year between them would make it no event.
  static func isDayRange(_ words: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCIIDigit || ChineseNumeral.isNumeralScalar(scalar) }
    func day(from start: Int) -> Int? {
      var end = start
      while end < words.endIndex, isDigit(words[end]) { end += 1 }
      guard end > start, end < words.endIndex, words[end] == "日" || words[end] == "号" else { return nil }
      return end + 1
    }
    guard index == words.startIndex || !isDigit(words[index - 1]), let firstEnd = day(from: index),
      firstEnd < words.endIndex, dayRangeJoiners.contains(words[firstEnd])
    else { return false }
    var next = firstEnd + 1
    // NB: the second end may name its month (`6月30日至7月2日`).
    var monthEnd = next
    while monthEnd < words.endIndex, isDigit(words[monthEnd]) { monthEnd += 1 }
    if monthEnd > next, monthEnd < words.endIndex, words[monthEnd] == "月" { next = monthEnd + 1 }
    return day(from: next) != nil
  }

  /// Words that put a running total inside one year (`今年累计服务12万人次`, `全年累计`).
  static let oneYearWords = ["今年", "当年", "全年", "本年", "年内"].map { Array($0.unicodeScalars) }
  /// Words before a year that make it a point in time, up to which a stock is counted (`截至今年底`).
  static let upToWords = ["截至", "截止", "至", "到"].map { Array($0.unicodeScalars) }

  /// Whether a running-total word counts within one year (`今年全市驿站累计服务12万人次`): a year word
  /// stands in the figure's own clause before it, not as the point a stock is counted up to
  /// (`截至今年底`), and nothing runs the total across years (`N年来`, `以来`, a start year that runs to
  /// now). `words` run from the sentence's start to the end of the figure's clause, which starts at
  /// `clauseStart`.
  /// NB: a year word in another clause dates that clause only: in `今年新建驿站28家，累计达到156家`
  /// and `今年，…新建驿站28家，累计达到156家` the 156家 are all the stations so far.
  /// NB: 全年 and 年内 name the whole year itself, so they frame every clause after them
  /// (`2024年全年，…累计投入…，惠及职工2.3万人次`).
  static func isOneYearsTotal(_ words: ArraySlice<Unicode.Scalar>, clauseStart: Int, sinceYear: Bool) -> Bool {
    staysWithinAYear(words, sinceYear: sinceYear) { index in
      let rest = words[index...]
      let named = wholeYearWords.contains(where: rest.starts) || (index >= clauseStart && oneYearWords.contains(where: rest.starts))
        || opensPartOfAYear(words, at: index)
      return named && !upToWords.contains(where: words[..<index].endsWithWord)
    }
  }

  /// Scalars of a part of a year after its year (`1-8月`, `1至8月`, `上半年`, `前三季度`).
  static let partOfYearScalars: Set<Unicode.Scalar> = Set("0123456789一二三四五六七八九十月份至到-—–~～上下半年季度前后初底中旬".unicodeScalars)
  /// Words that make those scalars a span within the year, not a point in it (`1-8月`, not `3月`).
  static let partOfYearWords = ["-", "—", "–", "~", "～", "至", "到", "季度", "半年"].map { Array($0.unicodeScalars) }
  /// Words that make a clause with no year a span within one year (`上半年`, `1至6月`, `前三季度`).
  static let bareSpanWords = ["月", "季度", "半年"].map { Array($0.unicodeScalars) }
  static let bareSpanReach = 8

  /// Words that count a level up to a point (`截至6月底，累计建成1523家`): a total after them is
  /// everything so far, whatever part of the year the sentence opened with.
  static let levelWords = ["截至", "截止"].map { Array($0.unicodeScalars) }

  /// Whether a clause of its own that names only a span within one year opens at `index` (`今年1-8月，`,
  /// `2021年1至8月，`, `今年上半年，`, `上半年，`): a time that frames the clauses after it in its sentence, so a
  /// total after it (`全区站点累计接待5.6万人次`) is that span's, unless a level up to a point follows
  /// (`截至6月底`). A bare `今年，` does not (`今年，…新建驿站28家，累计达到156家`: all the stations so
  /// far), nor a month (`2024年3月，`), which dates the sentence.
  static func opensPartOfAYear(_ words: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    var before = index
    while before > words.startIndex, words[before - 1].isHorizontalSpace { before -= 1 }
    guard before == words.startIndex || Punctuation.splitsClause(words[before - 1]) else { return false }
    let rest = words[index...]
    var year = index
    if let word = oneYearWords.first(where: rest.starts) {
      year += word.count
    } else if rest.count > 5, rest.prefix(4).allSatisfy(\.isASCIIDigit), rest[index + 4] == "年" {
      year += 5
    } else if !bareSpanWords.contains(where: rest.prefix(bareSpanReach).containsWord) {
      // NB: the span may go without its year (`上半年，`, `1至6月，`, `前三季度，`): the page's year is it.
      return false
    }
    let clauseEnd = words[year...].firstIndex(where: Punctuation.splitsClause) ?? words.endIndex
    let part = words[year..<clauseEnd].filter { !$0.isHorizontalSpace }
    // NB: a second year makes a range of years (`2019年至2024年`), not a span within one; the only
    // 年 of a span is 半年's.
    let onlyOneYear = part.indices.allSatisfy { part[$0] != "年" || ($0 > 0 && part[$0 - 1] == "半") }
    return !part.isEmpty && onlyOneYear && part.allSatisfy(partOfYearScalars.contains)
      && partOfYearWords.contains(where: part[...].containsWord) && !levelWords.contains(where: words[clauseEnd...].containsWord)
  }

  /// Words that name a whole year: a running total after them, anywhere in the sentence, is that year's.
  static let wholeYearWords = ["全年", "年内"].map { Array($0.unicodeScalars) }

  /// Whether nothing in `words` runs a total across years (`以来`, `N年来` — `今年来` is this year —,
  /// a start year that runs to now) and `marks` holds at some offset of them.
  static func staysWithinAYear(_ words: ArraySlice<Unicode.Scalar>, sinceYear: Bool, marks: (Int) -> Bool) -> Bool {
    guard !sinceYear else { return false }
    var found = false
    for index in words.indices {
      let rest = words[index...]
      if rest.starts(with: since) { return false }
      if isYearsSince(words, at: index) { return false }
      if !found, marks(index) { found = true }
    }
    return found
  }

  /// Five-year plans by name, with their first year: a running total over `“十四五”期间` starts in 2021.
  static let fiveYearPlans: [(name: [Unicode.Scalar], start: Int)] = [
    ("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The first year of the five-year plan `words` name, if they name one.
  static func planPeriodStart(_ words: ArraySlice<Unicode.Scalar>) -> Int? {
    fiveYearPlans.first { words.containsWord($0.name) }?.start
  }
}
