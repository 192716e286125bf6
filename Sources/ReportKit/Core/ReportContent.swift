// What a report contributes: its question, findings, data-quality issues and its own sheets.
import Analysis
import Extraction

/// One report's part of the workbook and summary; ``Report`` adds the shared sheets around it.
public protocol ReportContent: Sendable {
  /// The workbook title, e.g. `暖心伴考逐年数据`.
  func title(_ language: Language) -> String
  /// The question the report answers, as one sentence.
  func question(_ language: Language) -> String
  /// The key findings as sentences, computed from the figures.
  func findings(_ language: Language) -> [String]
  /// What staff should double-check, for the 数据质量 sheet and the summary.
  var quality: QualityReview { get }
  /// Keywords for the document properties.
  var keywords: String { get }
  /// Adds the report's own sheets (between 概览 and 来源) through `book`.
  func writeSheets(to book: ReportBook) throws
}
