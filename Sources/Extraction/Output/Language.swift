// The language of a report's sentences and headers: Chinese by default, English with --lang en.

/// `zh` or `en`; call it with both wordings to get the one for this language:
/// `language("年度数据", "By year")`.
///
/// NB: it lives here, below the marts and the reports, so that what the model keeps as kinds and
/// numbers (year evidence, quality flags, conflicts) is worded next to its type, in either language.
public enum Language: String, CaseIterable, Hashable, Sendable {
  case zh, en

  /// The Chinese or the English wording.
  public func callAsFunction(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }

  /// A metric's column label in this language.
  public func label(_ metric: Metric) -> String { self(metric.label, metric.englishLabel) }

  /// How a figure's bounds were written, in words staff read: `确数`, `多于`, `接近`…
  public func label(_ qualifier: Qualifier) -> String {
    switch qualifier {
    case .exact: self("确数", "exact")
    case .moreThan: self("多于", "more than")
    case .atLeast: self("不少于", "at least")
    case .nearly: self("接近", "nearly")
    case .lessThan: self("不到", "less than")
    case .about: self("约", "about")
    case .range: self("范围", "range")
    }
  }

  /// `2024年` / `2024`, or `年份不详` / `year unknown`.
  public func year(_ year: Int?) -> String {
    guard let year else { return self("年份不详", "year unknown") }
    return self("\(year)年", "\(year)")
  }

  /// `2015—2025年` / `2015–2025`; a single year when both ends are equal.
  public func period(_ start: Int?, _ end: Int?) -> String {
    switch (start, end) {
    case let (s?, e?) where s == e: year(s)
    case let (s?, e?): self("\(s)—\(e)年", "\(s)–\(e)")
    case let (s?, nil): self("\(s)年以来", "since \(s)")
    case let (nil, e?): self("截至\(e)年", "up to \(e)")
    case (nil, nil): self("时期不详", "period unknown")
    }
  }

  /// An article's headline, or a stand-in that says there is none: `（无标题）` / `(no headline)`.
  public func headline(_ headline: String?) -> String { headline ?? self("（无标题）", "(no headline)") }

  /// `3 篇` / `3 articles`, `1 article`: a count of articles in a sentence.
  public func articles(_ count: Int) -> String { self("\(count) 篇", count == 1 ? "1 article" : "\(count) articles") }

  /// The list separator: `、` or `, `.
  public var comma: String { self("、", ", ") }

  /// The colon after a label: `：` or `: `.
  public var colon: String { self("：", ": ") }

  /// The separator between items that hold commas themselves: `；` or `; `.
  public var semicolon: String { self("；", "; ") }
}
