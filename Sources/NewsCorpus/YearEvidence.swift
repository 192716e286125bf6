// Why an article is given the year it is given.

/// The support for an article's year: what kind of evidence, the verbatim quote, the line.
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

    /// What the kind is called in reports: `文中年份`, `相对日期`, `周年推算`, `本版年份`, `年份不详`.
    public var label: String {
      switch self {
      case .explicit: "文中年份"
      case .relative: "相对日期"
      case .anniversary: "周年推算"
      case .document: "本版年份"
      case .unknown: "年份不详"
      }
    }
  }

  public var kind: Kind
  /// The verbatim text behind the year (empty when unknown).
  public var quote: String
  /// The source line of the quote, if any.
  public var line: Int?
  /// Why the year is what it is, or why it is unknown, in Chinese as staff read it.
  public var note: String

  public init(_ kind: Kind, quote: String = "", line: Int? = nil, note: String = "") {
    self.kind = kind
    self.quote = quote
    self.line = line
    self.note = note
  }

  public static func unknown(_ reason: String) -> YearEvidence { YearEvidence(.unknown, note: reason) }
}
