// A service station named in a clause without a count: "mentioned but not counted" (at least 1).

/// A clause that says a place has a station of some kind, without saying how many.
///
/// Reports keep this apart from a stated count and from no data: it means "at least one".
public struct StationMention: Hashable, Sendable {
  public var file: String
  public var line: Int
  public var article: String
  /// The first source line of the article, which with `file` identifies it.
  public var articleLine: Int
  /// The programme the station belongs to (`暖心伴考`, `户外劳动者暖心驿站`), or nil.
  public var programme: String?
  /// The station noun as written, e.g. `志愿服务点`, `暖心驿站`.
  public var kind: String
  public var scope: Scope
  public var year: Int?
  public var quote: String

  public init(
    file: String, line: Int, article: String, articleLine: Int, programme: String?, kind: String, scope: Scope,
    year: Int?, quote: String
  ) {
    self.file = file
    self.line = line
    self.article = article
    self.articleLine = articleLine
    self.programme = programme
    self.kind = kind
    self.scope = scope
    self.year = year
    self.quote = quote
  }
}
