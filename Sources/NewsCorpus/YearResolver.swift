// Each article's year with its evidence, then the document's year from its articles.
import ChineseText

/// Resolves years: explicit years first, then anniversaries of programmes with a known start,
/// then relative dates against the page's year, then the page's year, else unknown.
public enum YearResolver {
  /// What one article's text says about its year.
  struct Finding {
    var year: Int?
    var evidence: YearEvidence
    /// The article dates its events relative to the page (`今年`, `8月14日`…).
    var relative: YearEvidence?
  }

  public static func resolve(_ document: inout Document, programmeStarts: ProgrammeStarts) {
    let years = programmeStarts.years
    resolve(&document) { years[$0] }
  }

  /// The same, asking `startYear` for a programme's start year by its quoted name, and only when
  /// an anniversary is what dates an article (a loader records which names a file depended on).
  public static func resolve(_ document: inout Document, startYear: (String) -> Int?) {
    let findings = document.articles.map { find(in: $0, startYear: startYear) }
    // The page's year: the year it prints, else the most frequent article year (the latest on a tie).
    var counts: [Int: Int] = [:]
    for year in findings.compactMap(\.year) { counts[year, default: 0] += 1 }
    let printed = document.printedDate.map { YearEvidence(.printedDate, quote: $0.quote, line: $0.line) }
    let pageYear = document.printedDate?.year ?? counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    if let printed {
      document.year = pageYear
      document.yearEvidence = printed
    } else if let pageYear, let source = findings.first(where: { $0.year == pageYear }) {
      document.year = pageYear
      document.yearEvidence = source.evidence  // the first article of that year
    } else {
      document.year = nil
      document.yearEvidence = YearEvidence(.noSupport)
    }
    for (index, finding) in findings.enumerated() {
      document.articles[index].printedYear = document.printedDate?.year
      // NB: an anniversary counts from a start year stated elsewhere, maybe a district's own; the
      // date the page prints is surer for an article that dates its events relative to the page.
      let anniversaryYieldsToThePage = finding.evidence.kind == .anniversary && printed != nil && finding.relative != nil
      if let year = finding.year, !anniversaryYieldsToThePage {
        document.articles[index].year = year
        document.articles[index].yearEvidence = finding.evidence
      } else if let pageYear, let relative = finding.relative {
        document.articles[index].year = pageYear
        document.articles[index].yearEvidence = relative
      } else if let pageYear {
        document.articles[index].year = pageYear
        document.articles[index].yearEvidence = printed ?? YearEvidence(.pageYear)
      } else {
        document.articles[index].year = nil
        document.articles[index].yearEvidence =
          finding.relative.map { YearEvidence(.relativeWithoutPageYear, quote: $0.quote, line: $0.line) }
          ?? YearEvidence(.noSupport)
      }
    }
  }

  /// A text of an article that can carry a year: a title line, a paragraph or a caption.
  /// NB: it names its paragraph by index; a closure per paragraph to quote and locate it cost a
  /// heap box per text of every article, and most texts state no year at all.
  struct YearText {
    let normalized: [Unicode.Scalar]
    let source: Source

    enum Source {
      case title(line: Int)
      case paragraph(Int)
      case caption(Int)
    }

    /// The original text of `range` (normalised offsets).
    func quote(_ range: Range<Int>, in article: Article) -> String {
      switch source {
      case .title: String(scalars: normalized[range])
      case .paragraph(let index): article.paragraphs[index].quote(normalizedRange: range)
      case .caption(let index): article.captions[index].quote(normalizedRange: range)
      }
    }

    /// The source line of a normalised offset.
    func line(_ offset: Int, in article: Article) -> Int {
      switch source {
      case .title(let line): line
      case .paragraph(let index): article.paragraphs[index].line(ofNormalizedOffset: offset)
      case .caption(let index): article.captions[index].line(ofNormalizedOffset: offset)
      }
    }
  }

  /// The texts of an article that can carry a year, in reading order.
  static func texts(of article: Article) -> [YearText] {
    var result: [YearText] = []
    result.reserveCapacity(3 + article.paragraphs.count + article.captions.count)
    let titleLine = article.headlineLine ?? article.lineStart
    for title in [article.kicker, article.headline, article.subtitle] {
      if let title { result.append(YearText(normalized: title.scalarArray, source: .title(line: titleLine))) }
    }
    for (index, paragraph) in article.paragraphs.enumerated() {
      result.append(YearText(normalized: paragraph.normalizedScalars, source: .paragraph(index)))
    }
    for (index, caption) in article.captions.enumerated() {
      result.append(YearText(normalized: caption.normalizedScalars, source: .caption(index)))
    }
    return result
  }

  /// Scalars of context quoted after a year mention.
  static let quoteContext = 6

  /// An explicit year dates the article's own events when it stands in a title, in the lede,
  /// or in a sentence that also dates events relative to the page (`近日…2025年度…`); in an
  /// article with relative dates, a year elsewhere is background (`2020年…被授予`). In an article
  /// with no relative dates every year counts. The latest such year wins; `从2015年` and
  /// `2021年以来` start periods and never count, nor does a year in a plan (`计划到2025年…`). A
  /// lede that looks back (a later year follows, told as past) dates nothing.
  static func find(in article: Article, startYear: (String) -> Int?) -> Finding {
    /// A sentence of the article: which text (title, paragraph) and which sentence of it.
    struct SentenceKey: Hashable { var text: Int; var sentence: Int }
    struct Candidate {
      var year: Int; var evidence: YearEvidence; var prominent: Bool; var planned: Bool; var sentence: SentenceKey
      /// Its sentence tells how something began (`首批`, `启动`): it may be the programme's history.
      var founding: Bool
      /// A title names it as the year a review or report covers (`2019年工作报告`).
      var reviewed = false
    }
    var candidates: [Candidate] = []
    var anniversaries: [AnniversaryMention] = []
    /// The sentences that count the years of a programme.
    var anniversarySentences: Set<SentenceKey> = []
    var relative: YearEvidence? = nil
    let titleCount = [article.kicker, article.headline, article.subtitle].compactMap { $0 }.count
    for (textIndex, text) in texts(of: article).enumerated() {
      let isTitleOrLede = textIndex <= titleCount
      let mentions = YearScan.mentions(in: text.normalized)
      guard !mentions.isEmpty else { continue }  // NB: most paragraphs; no sentences needed
      let sentenceEnds = sentenceBoundaries(text.normalized)
      func sentence(of offset: Int) -> Int {
        var (low, high) = (0, sentenceEnds.count)  // first end beyond `offset`, by binary search
        while low < high {
          let mid = (low + high) / 2
          if sentenceEnds[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
      }
      let relativeMentions = mentions.filter { if case .relative = $0.kind { true } else { false } }
      let relativeSentences = Set(relativeMentions.map { sentence(of: $0.range.lowerBound) })
      // NB: a clause that opens with a relative date after one that opens with a year is a later step
      // of a timeline (`2021年，队伍突破2000人；今年，全市共有3500余名`): that year is the past.
      let relativeHeads = relativeMentions.map(\.range.lowerBound).filter { headsClause(text.normalized, at: $0) }
      for mention in mentions {
        let end = min(text.normalized.count, mention.range.upperBound + quoteContext)
        let quoteRange = mention.range.lowerBound..<clauseEnd(text.normalized, from: mention.range.upperBound, limit: end)
        let quote = text.quote(quoteRange, in: article)
        let line = text.line(mention.range.lowerBound, in: article)
        switch mention.kind {
        case .explicit(let year, let periodStart):
          // NB: a year compared with (`比2019年的90支`) is not when the article's events are.
          guard !periodStart, !ComparedYear.isCompared(text.normalized, yearAt: mention.range.lowerBound, end: mention.range.upperBound),
            !ComparedYear.isOnlyThen(text.normalized, after: mention.range.upperBound)
          else { continue }
          let sentenceIndex = sentence(of: mention.range.lowerBound)
          // NB: the lede is the first paragraph's first sentence: the rest of it may tell the
          // programme's past (`2016年至2020年，全市共设立…`).
          let followedByPresent = headsClause(text.normalized, at: mention.range.lowerBound)
            && relativeHeads.contains { $0 > mention.range.lowerBound && sentence(of: $0) == sentenceIndex }
          let prominent = !followedByPresent
            && ((isTitleOrLede && (textIndex < titleCount || sentenceIndex == 0)) || relativeSentences.contains(sentenceIndex))
          let sentenceStart = sentenceIndex == 0 ? 0 : sentenceEnds[sentenceIndex - 1]
          let sentenceEnd = sentenceIndex < sentenceEnds.count ? sentenceEnds[sentenceIndex] : text.normalized.count
          // NB: nor is one that 至今 follows (`2018年建成，至今已服务…`), or 以来 closes its clause
          // (`2015年启动“暖心伴考”活动以来，`): it starts a period to now.
          if UntilNow.follows(text.normalized, after: mention.range.upperBound, sentenceEnd: sentenceEnd)
            || UntilNow.sinceClosesItsClause(text.normalized, after: mention.range.upperBound)
          {
            continue
          }
          // NB: a sentence that plans may name a year ahead (`计划到2025年建成…`, `2023年，我们将继续新建驿站…`).
          let planned = PlanWords.plans(text.normalized[sentenceStart..<sentenceEnd])
          candidates.append(Candidate(
            year: year, evidence: YearEvidence(.latestStated, quote: quote, line: line), prominent: prominent, planned: planned,
            sentence: SentenceKey(text: textIndex, sentence: sentenceIndex),
            founding: Self.foundingWords.contains(where: text.normalized[sentenceStart..<sentenceEnd].containsWord),
            reviewed: textIndex < titleCount && Self.namesAReview(text.normalized[mention.range.upperBound...])))
        case .relative:
          if relative == nil { relative = YearEvidence(.relativeToThePage, quote: quote, line: line) }
        case .anniversary(let n):
          anniversaries.append(.init(n: n, range: mention.range, line: line, text: text.normalized, quote: { text.quote($0, in: article) }))
          anniversarySentences.insert(SentenceKey(text: textIndex, sentence: sentence(of: mention.range.lowerBound)))
        }
      }
    }
    // NB: a year in a plan (`计划到2025年建成…`) may lie ahead: it never dates the article.
    let counted = (relative == nil ? candidates : candidates.filter(\.prominent)).filter { !$0.planned }
    // NB: a lede that looks back (`2015年6月，首批志愿者走上街头`) is background too when the text
    // goes on to later years it tells as past (`2018年达到80个`): the article's own year, the one its
    // 今年 means, is later than all of them and not stated.
    let looksBack = { (best: Candidate) in
      relative != nil && candidates.contains { !$0.prominent && !$0.planned && $0.year > best.year }
    }
    // NB: the year a review's title covers dates it, though its date or its plans name the next.
    if var reviewed = counted.first(where: \.reviewed) {
      reviewed.evidence.reason = .reviewedYear
      return Finding(year: reviewed.year, evidence: reviewed.evidence, relative: relative)
    }
    if var best = counted.max(by: { $0.year < $1.year }), !looksBack(best) {
      // NB: a stated year no later than the programme's start is its history when its sentence tells
      // how something began and another counts the years (`2015年6月，首批志愿者…今年是“暖心伴考”开展的
      // 第十一年`): the anniversary dates the article. One in the anniversary's own sentence is its
      // present (`2024年是…第5年`). The start year is asked for only then, so few files wait on it.
      if !anniversaries.isEmpty, best.founding, !anniversarySentences.contains(best.sentence),
        let dated = firstDated(anniversaries, of: article, startYear: startYear), dated.year > best.year,
        best.year <= dated.start
      {
        return Finding(year: dated.year, evidence: dated.evidence, relative: relative)
      }
      best.evidence.reason = relative == nil ? .latestStated : .latestStatedForItsEvents
      return Finding(year: best.year, evidence: best.evidence, relative: relative)
    }
    // NB: start years are looked up only now that no stated year dates the article, or one that may
    // be the programme's history.
    if let dated = firstDated(anniversaries, of: article, startYear: startYear) {
      return Finding(year: dated.year, evidence: dated.evidence, relative: relative)
    }
    // NB: only background years, or none: `resolve` words why, from the page's year and `relative`.
    return Finding(year: nil, evidence: YearEvidence(.noSupport), relative: relative)
  }

  /// Words that tell how something began: a year in their sentence may be a programme's history.
  static let foundingWords = ["首批", "首次", "第一次", "启动", "开始", "起步", "创立", "推出", "最早", "早在", "成立", "开展以来"]
    .map { Array($0.unicodeScalars) }

  /// Words after a title's year that make it the year a review or a report covers (`2019年工作报告`,
  /// `2024年度工作总结`, `2023年工会工作回顾`).
  static let reviewWords = ["工作报告", "工作总结", "工作回顾", "度工作", "工会工作", "年终", "度盘点", "盘点", "回顾"]
    .map { Array($0.unicodeScalars) }

  /// Whether the words right after a year (`…年` already read) name a review of it.
  static func namesAReview(_ after: ArraySlice<Unicode.Scalar>) -> Bool {
    reviewWords.contains { after.starts(with: $0) }
  }

  /// Offsets just past each sentence end.
  static func sentenceBoundaries(_ text: [Unicode.Scalar]) -> [Int] {
    var ends: [Int] = []
    for (index, scalar) in text.enumerated() where Punctuation.endsSentence(scalar) { ends.append(index + 1) }
    return ends
  }

  /// Whether the mention at `offset` opens its clause: it starts the text or follows clause
  /// punctuation or a byline's closing bracket (`本报讯（记者 王岩）2022年…`).
  static func headsClause(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
    guard offset > 0 else { return true }
    let before = text[offset - 1]
    return Punctuation.splitsClause(before) || Punctuation.endsSentence(before) || before == ")" || before == "）" || before == "】"
  }

  /// The end of a quote: stops at punctuation, at most `limit`.
  static func clauseEnd(_ text: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
    var i = start
    while i < limit, !Punctuation.splitsClause(text[i]), !Punctuation.endsSentence(text[i]) { i += 1 }
    return i
  }
}
