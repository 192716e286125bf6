// Why an article is given the year it is given.

/// The support for an article's year: why it is what it is, the verbatim quote, the line.
///
/// Kept as data: reports word it in their language (`Language.yearEvidence(_:year:)` in Extraction).
public struct YearEvidence: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A four-digit year stated in the text (`2024年`).
    case explicit
    /// `今年` / `日前` / `8月14日` resolved against the document's year.
    case relative
    /// `连续第9年` / `第十年` resolved from a programme's start year stated in the corpus.
    case anniversary
    /// No support in the article; the year of its document.
    case document
    /// Nothing supports a year.
    case unknown
  }

  /// Why the year is what it is, or why it is unknown. The year itself is the article's.
  public enum Reason: Hashable, Sendable {
    /// The latest year the text states (`explicit`).
    case latestStated
    /// The latest year the text states for its own events, beside relative dates (`explicit`).
    case latestStatedForItsEvents
    /// The year a review or a work report names in its title (`2019年工作报告`), whatever later year
    /// its text or its date states (`explicit`).
    case reviewedYear
    /// The `ordinal`th year of the quoted `programme`, whose start year the corpus states
    /// (`anniversary`): it started `ordinal - 1` years before the article's year.
    case anniversary(programme: String, ordinal: Int)
    /// A relative date, taken in the page's year (`relative`).
    case relativeToThePage
    /// Nothing in the text dates it; the page's year (`document`).
    case pageYear
    /// The date the page prints in its masthead, quoted (`document`): the page's year, and the
    /// year of its articles that state none.
    case printedDate
    /// A relative date (the quote), but the page has no year (`unknown`).
    case relativeWithoutPageYear
    /// No year, relative date or anniversary in the text, and the page has no year (`unknown`).
    case noSupport
    /// Not resolved yet: an article before `YearResolver` has run (`unknown`).
    case unresolved

    /// The kind of evidence the reason is.
    public var kind: Kind {
      switch self {
      case .latestStated, .latestStatedForItsEvents, .reviewedYear: .explicit
      case .anniversary: .anniversary
      case .relativeToThePage: .relative
      case .pageYear, .printedDate: .document
      case .relativeWithoutPageYear, .noSupport, .unresolved: .unknown
      }
    }
  }

  public var reason: Reason
  /// The verbatim text behind the year (empty when nothing in the text supports it).
  public var quote: String
  /// The source line of the quote, if any.
  public var line: Int?

  public init(_ reason: Reason, quote: String = "", line: Int? = nil) {
    self.reason = reason
    self.quote = quote
    self.line = line
  }

  public var kind: Kind { reason.kind }
}
