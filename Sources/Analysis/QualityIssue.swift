// Everything staff should double-check: repeated or truncated text, unknown years, conflicts.
import Extraction

/// One line of the 数据质量 sheet.
public struct QualityIssue: Hashable, Sendable {
  /// The kinds, in the sheet's order (conflicts first).
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case conflict = "数据冲突"
    case inputError = "输入文件错误"
    case repeatedParagraph = "重复段落"
    case fragment = "残段/截断"
    case headlineMismatch = "标题与正文不符"
    case displacedBody = "正文错位"
    case noBody = "无正文"
    case noHeadline = "无标题"
    case unknownYear = "年份不详"
  }

  public var kind: Kind
  /// `file:line` or `file:start-end`.
  public var location: String
  /// The article's headline (nil when it has none, worded by `Language.headline(_:)`), or "" for
  /// an input file.
  public var article: String?
  /// What is wrong, kept as data and worded when the sheet is written (``detail(_:)``).
  public var detail: Detail

  public init(kind: Kind, location: String, article: String?, detail: Detail) {
    self.kind = kind
    self.location = location
    self.article = article
    self.detail = detail
  }

  /// The issues of a parsed corpus plus the conflicts a report found; with `articles`, only the
  /// issues of those articles (input errors and conflicts are always listed).
  ///
  /// Kind by kind in the sheet's order; within a kind, conflicts by location and the rest in
  /// corpus order. An article has at most one row per kind, which names every line concerned.
  public static func all(in corpus: ParsedCorpus, conflicts: [Conflict], articles: Set<ArticleKey>? = nil) -> [QualityIssue] {
    rows(of: conflicts) + inputAndArticles(of: corpus, articles: articles)
  }

  /// The conflicts' rows, by location.
  public static func rows(of conflicts: [Conflict]) -> [QualityIssue] {
    let rows = conflicts.map { conflict -> (issue: QualityIssue, wording: String) in
      let primary = conflict.cell.figures.first?.primary
      let issue = QualityIssue(
        kind: .conflict, location: primary?.location ?? "", article: primary?.article ?? "", detail: .conflict(conflict))
      return (issue, issue.detail(.zh))
    }
    // NB: rows at one location follow their Chinese wording in either language, as they always have.
    return rows.sorted { ($0.issue.location, $0.wording) < ($1.issue.location, $1.wording) }.map(\.issue)
  }

  /// The input errors and the issues of `articles` (every article when nil), everything but
  /// conflicts: what reports reviewing the same articles can share.
  public static func inputAndArticles(of corpus: ParsedCorpus, articles: Set<ArticleKey>? = nil) -> [QualityIssue] {
    var byKind = Array(repeating: [QualityIssue](), count: Kind.allCases.count)
    func add(_ issue: QualityIssue) { byKind[issue.kind.rank].append(issue) }
    for diagnostic in corpus.diagnostics {
      add(QualityIssue(
        kind: .inputError, location: diagnostic.file + (diagnostic.line.map { ":\($0)" } ?? ""), article: "",
        detail: .input(diagnostic.message)))
    }
    for article in corpus.articles where articles?.contains(article.key) ?? true {
      for group in ArticleFlagGroup.groups(of: article.flags) {
        add(QualityIssue(kind: group.kind, location: article.location, article: article.headline, detail: .flags(group)))
      }
      if article.year == nil {
        add(QualityIssue(kind: .unknownYear, location: article.location, article: article.headline, detail: .unknownYear(article.yearEvidence)))
      }
    }
    return Array(byKind.joined())
  }
}

extension QualityIssue.Kind {
  /// The position of the kind in the sheet's order.
  var rank: Int {
    switch self {
    case .conflict: 0
    case .inputError: 1
    case .repeatedParagraph: 2
    case .fragment: 3
    case .headlineMismatch: 4
    case .displacedBody: 5
    case .noBody: 6
    case .noHeadline: 7
    case .unknownYear: 8
    }
  }
}
