// 文章: one row per article with its activity types, cue words, places, year, byline, participants.
import Analysis
import Extraction
import Xlsx

/// The per-article sheet of the activity report.
struct ArticleTypesSheet {
  let articles: [ArticleRecord]
  /// Each article's head count, as the type sums use it.
  let crowds: [ArticleKey: Fact]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [
      l("文件", "File"), l("行", "Lines"), l("标题", "Headline"), l("主类型", "Primary type"), l("全部类型", "All types"),
      l("线索词", "Cue words"), l("地区", "Places"), l("年份", "Year"), l("作者", "Byline"), l("参与人数", "Participants"),
    ]
    // NB: streamed, like the audit's 文章: one row per article of the archive.
    let stream = StreamedSheet(
      book: book, name: "文章", about: l(
        "每篇文章一行：文件和行号、标题、活动类型（主类型在前）、判断类型的线索词、地区、年份、作者、参与人数（该文最大的人数）。",
        "One row per article: file and lines, headline, activity types (primary first), the cue words behind them, places, year, byline, participants (the article's largest head count)."),
      header: header, formats: [7: Styles.year], wrap: [2, 4, 5, 6, 8])
    for article in articles {
      let row: [CellValue] = [
        .text(article.file), .text("\(article.lineStart)-\(article.lineEnd)"), .text(article.title(l)), .text(l.activity(article.primaryType)),
        .text(article.activityTypes.map(l.activity).joined(separator: l.comma)), .text(article.cueText(l)), .text(Scope.list(article.places)),
        .number(article.year), .text(article.byline(l)), .blank,
      ]
      try stream.append(row) { sheet, at in
        if article.year == nil { try book.figures.writeGap(at: at(7), on: sheet) }
        let crowd = crowds[article.key].map { [$0] } ?? []
        try book.figures.write(FigureCell(crowd), at: at(9), on: sheet, subject: "\(article.title(l)) \(header[9])")
      }
    }
    try stream.finish()
  }
}

extension ArticleRecord {
  /// `志愿服务：志愿者、伴考；劳模工匠：劳模` (the labels in `l`, the cue words as printed).
  func cueText(_ l: Language) -> String {
    activityTypes.compactMap { type in cues[type].map { "\(l.activity(type))\(l.colon)\($0.joined(separator: "、"))" } }
      .joined(separator: l.semicolon)
  }

  /// `记者 张三 李四；通讯员 王五；摄影 赵六；单位 …`.
  func byline(_ l: Language) -> String {
    var parts: [String] = []
    if !reporters.isEmpty { parts.append(l("记者 ", "Reporter ") + reporters.joined(separator: " ")) }
    if !correspondents.isEmpty { parts.append(l("通讯员 ", "Correspondent ") + correspondents.joined(separator: " ")) }
    if !photographers.isEmpty { parts.append(l("摄影 ", "Photo ") + photographers.joined(separator: " ")) }
    if let authorUnit { parts.append(l("单位 ", "Unit ") + authorUnit) }
    return parts.joined(separator: "；")
  }
}
