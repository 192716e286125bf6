// The 数据质量 sheet: conflicts, input errors, repeated or truncated text, unknown years.
import Analysis
import Extraction
import Xlsx

/// Lists the issues staff should double-check, conflicts first (in orange).
///
/// Streamed: the corpus-wide list grows with the archive (a few issues per article).
enum QualitySheet {
  static func write(_ quality: QualityReview, to book: ReportBook) throws {
    let l = book.language
    let header = [l("类型", "Kind"), l("位置", "Location"), l("文章", "Article"), l("说明", "Detail")]
    let stream = StreamedSheet(book: book, name: "数据质量", about: about(quality.coverage, l), header: header, wrap: [2, 3])
    for issue in quality.issues {
      try stream.append(
        [.text(l(issue.kind.rawValue, issue.kind.englishName)), .text(issue.location), .text(l.headline(issue.article)), .text(issue.detail(l))],
        override: issue.kind == .conflict ? (0, Styles.conflictText) : nil)
    }
    try stream.finish()
  }

  static func about(_ coverage: QualityReview.Coverage, _ l: Language) -> String {
    let what = l(
      "来源不一致的数字、无法读取的输入、重复段落、残段、年份不详的文章",
      "conflicting figures, unreadable input, repeated paragraphs, fragments, articles of unknown year")
    return switch coverage {
    case .corpus:
      l("需要核查的地方：\(what)。", "What to double-check: \(what).")
    case .sourceArticles(let n):
      l("本报告所用 \(n) 篇文章中需要核查的地方：\(what)；全部文章的问题见 corpus.xlsx 的“数据质量”表。",
        "What to double-check in the \(n) articles this report uses: \(what); corpus.xlsx lists every article's issues.")
    }
  }
}
