// One quantity with its meaning, scope, year and the verbatim sentence it came from.

/// A figure parsed from an article: every number in a report is one of these.
public struct Fact: Hashable, Sendable {
  /// The seed file the fact came from, as named in the corpus (e.g. `001_b59a….txt`).
  public var file: String
  /// The 1-based source line where the number starts.
  public var line: Int
  /// The headline of the article (or its first words when it has none).
  public var article: String
  /// The first source line of the article: with `file`, the key that links a fact to its article.
  public var articleLine: Int
  /// The programme the clause is about, e.g. `暖心伴考`, or nil.
  public var programme: String?
  public var metric: Metric
  /// A breakdown the clause states, e.g. `高考`, `中考`, `室外`, `室内`, `新增`.
  public var subtype: String?
  public var scope: Scope
  /// The year the figure is about: the clause's own year, else the article's.
  public var year: Int?
  /// 累计 / N年来 / 从A年到B年: a running total over `periodStart…periodEnd`.
  public var cumulative: Bool
  public var periodStart: Int?
  public var periodEnd: Int?
  /// The bounds and qualifier, exactly as the quantity parser read them.
  public var value: Double?
  public var low: Double?
  public var high: Double?
  public var qualifier: Qualifier
  public var unit: String?
  /// The quantity as written (`千余名`), which also decides how the qualifier is displayed.
  public var surface: String
  /// The verbatim clause around the number.
  public var quote: String

  public init(
    file: String, line: Int, article: String, articleLine: Int, programme: String?, metric: Metric,
    subtype: String? = nil, scope: Scope, year: Int?, cumulative: Bool = false,
    periodStart: Int? = nil, periodEnd: Int? = nil, value: Double?, low: Double?, high: Double?,
    qualifier: Qualifier, unit: String?, surface: String, quote: String
  ) {
    self.file = file
    self.line = line
    self.article = article
    self.articleLine = articleLine
    self.programme = programme
    self.metric = metric
    self.subtype = subtype
    self.scope = scope
    self.year = year
    self.cumulative = cumulative
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.value = value
    self.low = low
    self.high = high
    self.qualifier = qualifier
    self.unit = unit
    self.surface = surface
    self.quote = quote
  }

  /// `file:line`, as staff look a figure up.
  public var location: String { "\(file):\(line)" }
}

extension Fact {
  /// Source order: file, then line, then the quantity as written.
  public static func sourceOrder(_ a: Fact, _ b: Fact) -> Bool {
    (a.file, a.line, a.surface, a.metric.rawValue) < (b.file, b.line, b.surface, b.metric.rawValue)
  }
}
