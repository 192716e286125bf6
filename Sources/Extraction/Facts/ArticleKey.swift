// The key that links a fact (or any per-article figure) to its article.

/// An article's identity in the model: its file and first source line.
public struct ArticleKey: Hashable, Sendable {
  public var file: String
  public var line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }
}

extension ArticleRecord {
  public var key: ArticleKey { ArticleKey(file: file, line: lineStart) }
}

extension Fact {
  /// The article the fact belongs to.
  public var articleKey: ArticleKey { ArticleKey(file: file, line: articleLine) }
}

extension StationMention {
  /// The article the mention is in.
  public var articleKey: ArticleKey { ArticleKey(file: file, line: articleLine) }
}
