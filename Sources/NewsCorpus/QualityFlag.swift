// Data-quality problems found in an article, each pointing at the lines concerned.

/// Something wrong with an article's text, reported rather than silently fixed.
public struct QualityFlag: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A paragraph printed again word for word; kept once.
    case repeatedParagraph = "repeated_paragraph"
    /// Part of a paragraph repeats earlier text (a clause of 12 or more scalars).
    case repeatedText = "repeated_text"
    /// A paragraph stops mid-sentence: the text after it is missing.
    case truncated
    /// A paragraph starts mid-sentence: the text before it is missing.
    case fragment
    /// The body shares none of the headline's distinctive words.
    case headlineMismatch = "headline_body_mismatch"
    /// The headline's own body was printed apart from it, after another story.
    case displacedBody = "displaced_body"
    /// The article has a title but no body.
    case noBody = "no_body"
    /// The article has a body but no headline.
    case noHeadline = "no_headline"
  }

  public var kind: Kind
  /// The first source line concerned.
  public var line: Int
  /// What was seen, for a person to check.
  public var detail: String

  public init(_ kind: Kind, line: Int, detail: String = "") {
    self.kind = kind
    self.line = line
    self.detail = detail
  }

  public var description: String { detail.isEmpty ? "\(kind.rawValue)@\(line)" : "\(kind.rawValue)@\(line): \(detail)" }
}
