// Everything staff should double-check: repeated or truncated text, unknown years, conflicts.
import Extraction

/// One line of the 数据质量 sheet.
public struct QualityIssue: Hashable, Sendable, Comparable {
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
    case other = "其他"

    /// The position of the kind in the sheet's order (conflicts first).
    var rank: Int { Self.ranks[self]! }
    private static let ranks = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// The kind of a segmentation flag such as `repeated_paragraph`.
    public init(flag: String) {
      switch flag {
      case "repeated_paragraph", "repeated_text": self = .repeatedParagraph
      case "fragment", "truncated": self = .fragment
      case "headline_mismatch", "headline_body_mismatch": self = .headlineMismatch
      case "displaced_body": self = .displacedBody
      case "no_body": self = .noBody
      case "no_headline": self = .noHeadline
      default: self = .other
      }
    }
  }

  public var kind: Kind
  /// `file:line` or `file:start-end`.
  public var location: String
  public var article: String
  public var detail: String

  public static func < (a: QualityIssue, b: QualityIssue) -> Bool {
    (a.kind.rank, a.location, a.detail) < (b.kind.rank, b.location, b.detail)
  }

  /// The issues of a parsed corpus plus the conflicts a report found; with `articles`, only the
  /// issues of those articles (input errors and conflicts are always listed).
  public static func all(in corpus: ParsedCorpus, conflicts: [Conflict], articles: Set<ArticleKey>? = nil) -> [QualityIssue] {
    var issues = corpus.diagnostics.map {
      QualityIssue(kind: .inputError, location: $0.file + ($0.line.map { ":\($0)" } ?? ""), article: "", detail: $0.message)
    }
    for article in corpus.articles where articles?.contains(article.key) ?? true {
      for flag in article.flags {
        issues.append(QualityIssue(kind: Kind(flag: flag), location: article.location, article: article.title, detail: flag))
      }
      if article.year == nil {
        issues.append(QualityIssue(kind: .unknownYear, location: article.location, article: article.title, detail: article.yearEvidence))
      }
    }
    for conflict in conflicts {
      issues.append(QualityIssue(
        kind: .conflict, location: conflict.cell.figures.first?.primary.location ?? "",
        article: conflict.cell.figures.first?.primary.article ?? "", detail: "\(conflict.subject)：\(conflict.summary)"))
    }
    return issues.sorted()
  }
}
