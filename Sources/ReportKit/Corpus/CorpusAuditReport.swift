// report-corpus: the audit workbook, every article, fact and station mention back to its line.
import Analysis
import Extraction
import Xlsx

/// The audit workbook: 文章, 事实, 站点提及, 文件 — so staff can check any number back to its sentence.
public struct CorpusAuditReport: ReportContent {
  public var corpus: ParsedCorpus
  public var quality: QualityReview
  /// Data rows per sheet of the streamed sheets (文章, 事实, 站点提及) before they continue on
  /// `事实 2`…: Excel's limit, smaller in tests.
  public var rowsPerSheet: Int

  public init(corpus: ParsedCorpus, quality: QualityReview, rowsPerSheet: Int = ExcelLimit.rows - 1) {
    self.corpus = corpus
    self.quality = quality
    self.rowsPerSheet = rowsPerSheet
  }

  public func title(_ l: Language) -> String { l("语料核查", "Corpus audit") }

  public func question(_ l: Language) -> String {
    l("语料里有哪些文章、抽出了哪些数字，每个数字出自哪一句？哪些地方需要核查？",
      "Which articles does the corpus hold, which figures were extracted, which sentence does each come from, and what needs checking?")
  }

  public func findings(_ l: Language) -> [String] { CorpusFindings(corpus: corpus, issues: quality.issues, language: l).sentences }

  public var keywords: String { "语料核查, 文章, 事实, 数据质量, 北京市总工会" }

  public func writeSheets(to book: ReportBook) throws {
    try ArticlesSheet(articles: corpus.articles, rowsPerSheet: rowsPerSheet).write(to: book)
    try FactsSheet(facts: corpus.facts, rowsPerSheet: rowsPerSheet).write(to: book)
    try MentionsSheet(mentions: corpus.stationMentions, rowsPerSheet: rowsPerSheet).write(to: book)
    try FilesSheet(files: corpus.files).write(to: book)
  }
}
