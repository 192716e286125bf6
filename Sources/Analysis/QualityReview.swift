// What one report asks staff to double-check, and which articles that list covers.
import Extraction

/// The 数据质量 list of one report.
///
/// The corpus audit reviews every article. A topic report reviews only the articles behind its
/// own figures: an issue in an article the report never quotes can't change its numbers, and a
/// year of archives would otherwise repeat the corpus-wide list in every workbook.
public struct QualityReview: Hashable, Sendable {
  /// The articles the list covers.
  public enum Coverage: Hashable, Sendable {
    /// Every article of the corpus.
    case corpus
    /// The articles behind the report's figures (how many).
    case sourceArticles(Int)
  }

  public var issues: [QualityIssue]
  public var coverage: Coverage

  public init(issues: [QualityIssue], coverage: Coverage) {
    self.issues = issues
    self.coverage = coverage
  }

  /// Every article's issues, input errors and `conflicts`.
  public static func corpus(_ corpus: ParsedCorpus, conflicts: [Conflict]) -> QualityReview {
    QualityReview(issues: QualityIssue.all(in: corpus, conflicts: conflicts), coverage: .corpus)
  }

  /// Every article's issues, computed once (``QualityIssue/inputAndArticles(of:articles:)``) for
  /// all the reports that review the corpus, and `conflicts`.
  public static func corpus(sharing articleIssues: [QualityIssue], conflicts: [Conflict]) -> QualityReview {
    QualityReview(issues: QualityIssue.rows(of: conflicts) + articleIssues, coverage: .corpus)
  }

  /// The issues of the articles in `articles`, input errors and `conflicts`.
  public static func sourceArticles(_ articles: Set<ArticleKey>, of corpus: ParsedCorpus, conflicts: [Conflict]) -> QualityReview {
    QualityReview(
      issues: QualityIssue.all(in: corpus, conflicts: conflicts, articles: articles),
      coverage: .sourceArticles(articles.count))
  }
}
