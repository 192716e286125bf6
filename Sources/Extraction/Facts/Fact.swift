// One quantity with its meaning, scope, year and the verbatim sentence it came from.

/// A figure parsed from an article: every number in a report is one of these.
///
/// NB: the model holds hundreds of thousands of these, so they are stored compactly behind the
/// same properties: the optional numbers as plain `Int`s and `Double`s with one byte saying which
/// are present (an `Int?` takes 9 bytes and pads to 16), and the terms from small vocabularies
/// (programme, metric, breakdown, scope, qualifier, unit) in ``SharedTerms`` that the loader shares
/// between facts: 144 bytes a fact instead of 256. An absent number is stored as 0, so the
/// synthesised `==` and hash compare exactly what the properties give.
public struct Fact: Hashable, Sendable {
  /// The seed file the fact came from, as named in the corpus (e.g. `001_b59a….txt`).
  public var file: String
  /// The headline of the article (or its first words when it has none).
  public var article: String
  /// The quantity as written (`千余名`), which also decides how the qualifier is displayed.
  public var surface: String
  /// The verbatim clause around the number.
  public var quote: String
  /// The 1-based source line where the number starts.
  public var line: Int
  /// The first source line of the article: with `file`, the key that links a fact to its article.
  public var articleLine: Int
  private var storedYear = 0
  private var storedPeriodStart = 0
  private var storedPeriodEnd = 0
  private var storedValue = 0.0
  private var storedLow = 0.0
  private var storedHigh = 0.0
  /// The programme, metric, breakdown, scope, qualifier and unit.
  private(set) var terms: SharedTerms
  private var bits: Bits = []

  /// The programme the clause is about, e.g. `暖心伴考`, or nil.
  public var programme: String? {
    get { terms.terms.programme }
    set { setTerm(\.programme, newValue) }
  }
  public var metric: Metric {
    get { terms.terms.metric }
    set { setTerm(\.metric, newValue) }
  }
  /// A breakdown the clause states, e.g. `高考`, `中考`, `室外`, `室内`, `新增`.
  public var subtype: String? {
    get { terms.terms.subtype }
    set { setTerm(\.subtype, newValue) }
  }
  public var scope: Scope {
    get { terms.terms.scope }
    set { setTerm(\.scope, newValue) }
  }
  /// The street, town or area inside the district the figure counts (`清河街道`): a part of the
  /// district, not its total. Nil for a whole district's, the city's or an outside place's figure.
  public var locality: String? {
    get { terms.terms.locality }
    set { setTerm(\.locality, newValue) }
  }
  public var qualifier: Qualifier {
    get { terms.terms.qualifier }
    set { setTerm(\.qualifier, newValue) }
  }
  public var unit: String? {
    get { terms.terms.unit }
    set { setTerm(\.unit, newValue) }
  }

  private mutating func setTerm<Term>(_ term: WritableKeyPath<FactTerms, Term>, _ value: Term) {
    var changed = terms.terms
    changed[keyPath: term] = value
    terms = SharedTerms(changed)
  }

  /// The same fact with `terms`, equal to its own, as its terms' storage.
  func sharing(_ terms: SharedTerms) -> Fact {
    assert(terms == self.terms)
    var fact = self
    fact.terms = terms
    return fact
  }

  /// Which optional numbers are present, and whether the fact is a running total.
  private struct Bits: OptionSet, Hashable, Sendable {
    var rawValue: UInt8
    static let year = Bits(rawValue: 1 << 0)
    static let periodStart = Bits(rawValue: 1 << 1)
    static let periodEnd = Bits(rawValue: 1 << 2)
    static let value = Bits(rawValue: 1 << 3)
    static let low = Bits(rawValue: 1 << 4)
    static let high = Bits(rawValue: 1 << 5)
    static let cumulative = Bits(rawValue: 1 << 6)
  }

  /// The year the figure is about: the clause's own year, else the article's.
  public var year: Int? {
    get { bits.contains(.year) ? storedYear : nil }
    set { Self.store(newValue, in: &storedYear, present: .year, &bits) }
  }
  /// 累计 / N年来 / 从A年到B年: a running total over `periodStart…periodEnd`.
  public var cumulative: Bool {
    get { bits.contains(.cumulative) }
    set { newValue ? bits.formUnion(.cumulative) : bits.subtract(.cumulative) }
  }
  public var periodStart: Int? {
    get { bits.contains(.periodStart) ? storedPeriodStart : nil }
    set { Self.store(newValue, in: &storedPeriodStart, present: .periodStart, &bits) }
  }
  public var periodEnd: Int? {
    get { bits.contains(.periodEnd) ? storedPeriodEnd : nil }
    set { Self.store(newValue, in: &storedPeriodEnd, present: .periodEnd, &bits) }
  }
  /// The bounds and qualifier, exactly as the quantity parser read them.
  public var value: Double? {
    get { bits.contains(.value) ? storedValue : nil }
    set { Self.store(newValue, in: &storedValue, present: .value, &bits) }
  }
  public var low: Double? {
    get { bits.contains(.low) ? storedLow : nil }
    set { Self.store(newValue, in: &storedLow, present: .low, &bits) }
  }
  public var high: Double? {
    get { bits.contains(.high) ? storedHigh : nil }
    set { Self.store(newValue, in: &storedHigh, present: .high, &bits) }
  }

  /// Stores an optional number: its value (0 when absent) and whether it is present.
  private static func store<Number: Numeric>(
    _ number: Number?, in stored: inout Number, present bit: Bits, _ bits: inout Bits
  ) {
    stored = number ?? 0
    number == nil ? bits.subtract(bit) : bits.formUnion(bit)
  }

  public init(
    file: String, line: Int, article: String, articleLine: Int, programme: String?, metric: Metric,
    subtype: String? = nil, scope: Scope, locality: String? = nil, year: Int?, cumulative: Bool = false,
    periodStart: Int? = nil, periodEnd: Int? = nil, value: Double?, low: Double?, high: Double?,
    qualifier: Qualifier, unit: String?, surface: String, quote: String
  ) {
    self.file = file
    self.line = line
    self.article = article
    self.articleLine = articleLine
    self.terms = SharedTerms(FactTerms(
      programme: programme, metric: metric, subtype: subtype, scope: scope, locality: locality, qualifier: qualifier,
      unit: unit))
    self.surface = surface
    self.quote = quote
    self.year = year
    self.cumulative = cumulative
    self.periodStart = periodStart
    self.periodEnd = periodEnd
    self.value = value
    self.low = low
    self.high = high
  }

  /// `file:line`, as staff look a figure up.
  public var location: String { "\(file):\(line)" }
}

extension Fact {
  /// Source order: file, then line. Facts of one line are equal in it, so a (stable) sort keeps
  /// them as the extraction read them, in text order. The model is in this order as loaded, so
  /// the audit's 事实 sheet walks it without sorting.
  public static func sourceOrder(_ a: Fact, _ b: Fact) -> Bool {
    (a.file, a.line) < (b.file, b.line)
  }
}
