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
  /// What was seen, for a person to check: a title, or the first or last words of a paragraph.
  public var detail: String { excerpt.text }
  private let excerpt: Excerpt

  public init(_ kind: Kind, line: Int, detail: String = "") {
    self.kind = kind
    self.line = line
    self.excerpt = .whole(detail)
  }

  /// A flag whose detail is the opening (or, with `fromEnd`, the ending) words of `text`.
  /// NB: the words are cut only when `detail` is asked for (`corpus articles` shows them); cutting
  /// them walks the paragraph's graphemes, and most runs never read a flag's detail.
  init(_ kind: Kind, line: Int, wordsOf text: String, fromEnd: Bool = false) {
    self.kind = kind
    self.line = line
    self.excerpt = fromEnd ? .ending(text) : .opening(text)
  }

  /// The text a flag quotes, and how much of it.
  private enum Excerpt: Sendable {
    case whole(String)
    case opening(String)
    case ending(String)

    /// Characters quoted from a long paragraph.
    static let length = 16

    var text: String {
      switch self {
      case .whole(let text): text
      case .opening(let text): Self.isLong(text) ? String(text.prefix(Self.length)) + "…" : text
      case .ending(let text): Self.isLong(text) ? "…" + String(text.suffix(Self.length)) : text
      }
    }

    /// Whether `text` has more than `length` Characters.
    /// NB: stops after that many, where `count` would break the whole paragraph into graphemes.
    static func isLong(_ text: String) -> Bool {
      text.index(text.startIndex, offsetBy: length + 1, limitedBy: text.endIndex) != nil
    }
  }

  public static func == (lhs: QualityFlag, rhs: QualityFlag) -> Bool {
    lhs.kind == rhs.kind && lhs.line == rhs.line && lhs.detail == rhs.detail
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(line)
    hasher.combine(detail)
  }

  public var description: String { detail.isEmpty ? "\(kind.rawValue)@\(line)" : "\(kind.rawValue)@\(line): \(detail)" }
}
