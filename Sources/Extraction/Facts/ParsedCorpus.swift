// The shared parsed model every report loads: articles, facts, station mentions, diagnostics.

/// Everything the extraction found in a folder of article dumps.
public struct ParsedCorpus: Sendable {
  /// One summary per input file, in file-name order.
  public var files: [FileSummary]
  public var articles: [ArticleRecord]
  public var facts: [Fact]
  public var stationMentions: [StationMention]
  /// Problems a run survived (an undecodable file, a truncated paragraph), as `file:line: message`.
  public var diagnostics: [Diagnostic]

  public init(
    files: [FileSummary], articles: [ArticleRecord], facts: [Fact],
    stationMentions: [StationMention], diagnostics: [Diagnostic]
  ) {
    self.files = files
    self.articles = articles
    self.facts = facts
    self.stationMentions = stationMentions
    self.diagnostics = diagnostics
  }

  /// One input file: its name, size, encoding and year.
  public struct FileSummary: Hashable, Sendable {
    public var file: String
    public var bytes: Int
    public var encoding: String
    public var year: Int?
    public var articleCount: Int

    public init(file: String, bytes: Int, encoding: String, year: Int?, articleCount: Int) {
      self.file = file
      self.bytes = bytes
      self.encoding = encoding
      self.year = year
      self.articleCount = articleCount
    }
  }

  /// A problem found while loading, located by file and line.
  public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public var file: String
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int?, severity: Severity, message: String) {
      self.file = file
      self.line = line
      self.severity = severity
      self.message = message
    }

    /// `seeds/x.txt:41: error: invalid byte 0xFF; expected UTF-8 or GB18030 text`.
    public var description: String {
      "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
    }
  }
}
