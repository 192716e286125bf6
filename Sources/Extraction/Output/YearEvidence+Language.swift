// An article's year evidence in words: 相对日期：“日前”（第95行），按本版年份 2021 年计.
import NewsCorpus

extension Language {
  /// What a kind of evidence is called: `文中年份`, `相对日期`, `周年推算`, `本版年份`, `年份不详`.
  public func label(_ kind: YearEvidence.Kind) -> String {
    switch kind {
    case .explicit: self("文中年份", "stated year")
    case .relative: self("相对日期", "relative date")
    case .anniversary: self("周年推算", "anniversary")
    case .document: self("本版年份", "page's year")
    case .unknown: self("年份不详", "year unknown")
    }
  }

  /// The evidence of an article whose year is `year`: its kind, the quote and its line, and why —
  /// `相对日期：“日前”（第95行），按本版年份 2021 年计` / `relative date: “日前” (line 95), taken as the page's year 2021`.
  public func yearEvidence(_ evidence: YearEvidence, year: Int?) -> String {
    var parts: [String] = []
    // NB: a relative date on a page with no year is quoted inside the reason, after its line.
    if !evidence.quote.isEmpty, evidence.reason != .relativeWithoutPageYear {
      parts.append("“\(evidence.quote)”" + (evidence.line.map { self("（第\($0)行）", " (line \($0))") } ?? ""))
    }
    parts.append(yearReason(evidence, year: year))
    return label(evidence.kind) + self("：", ": ") + parts.joined(separator: self("，", ", "))
  }

  /// Why the year is `year` (the article's), or why it is unknown: `按本版年份 2021 年计` /
  /// `taken as the page's year 2021`.
  public func yearReason(_ evidence: YearEvidence, year: Int?) -> String {
    let shown = year.map(String.init) ?? "?"
    switch evidence.reason {
    case .latestStated:
      return self("文中写明的最晚年份", "the latest the text states")
    case .latestStatedForItsEvents:
      return self("文中本次活动写明的最晚年份", "the latest the text states for its events")
    case .reviewedYear:
      return self("标题写明回顾的年份", "the year the title says is reviewed")
    case .anniversary(let programme, let ordinal):
      let start = year.map { String($0 - ordinal + 1) } ?? "?"
      return self("“\(programme)”第\(ordinal)年，始于\(start)年", "year \(ordinal) of “\(programme)”, which started in \(start)")
    case .relativeToThePage:
      return self("按本版年份 \(shown) 年计", "taken as the page's year \(shown)")
    case .pageYear:
      return self("文中没有年份，按本版年份 \(shown) 年计", "no year in the text, taken as the page's year \(shown)")
    case .printedDate:
      return self("按版面印的日期 \(shown) 年计", "the page's printed date, \(shown)")
    case .relativeWithoutPageYear:
      let line = evidence.line ?? 0
      return self("第\(line)行的“\(evidence.quote)”，但本版没有年份", "“\(evidence.quote)” at line \(line), but the page has no year")
    case .noSupport:
      return self("文中没有年份、相对日期或周年，本版也没有年份", "no year, relative date or anniversary in the text, and the page has no year")
    case .unresolved:
      return self("尚未推断", "not resolved yet")
    }
  }
}
