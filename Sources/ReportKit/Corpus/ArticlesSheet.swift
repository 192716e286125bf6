// 文章 (audit): every article with its place in the file, title block, byline, year and evidence, flags.
import Analysis
import Extraction
import Xlsx

/// One row per article, in file and line order.
struct ArticlesSheet {
  let articles: [ArticleRecord]
  var rowsPerSheet = ExcelLimit.rows - 1

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [
      l("文件", "File"), l("起始行", "First line"), l("结束行", "Last line"), l("肩题", "Kicker"), l("标题", "Headline"),
      l("副题", "Subtitle"), l("作者", "Byline"), l("年份", "Year"), l("年份依据", "Year evidence"), l("地区", "Places"),
      l("活动类型", "Activity types"), l("质量标记", "Flags"), l("段落数", "Paragraphs"),
    ]
    let stream = StreamedSheet(
      book: book, name: "文章", about: l(
        "每篇文章一行：文件、起止行、肩题/标题/副题、作者、年份及其依据、地区、活动类型、质量标记、段落数。",
        "One row per article: file, first and last line, kicker/headline/subtitle, byline, year and its evidence, places, activity types, flags, paragraphs."),
      header: header, formats: [1: Styles.line, 2: Styles.line, 7: Styles.year, 12: Styles.count], wrap: [3, 4, 5, 6, 8, 9, 10, 11], rowsPerSheet: rowsPerSheet)
    for a in articles {
      try stream.append(
        [
          .text(a.file), .number(a.lineStart), .number(a.lineEnd), .text(a.kicker), .text(a.title(l)), .text(a.subtitle),
          .text(a.byline(l)), .number(a.year), .text(l.yearEvidence(a.yearEvidence, year: a.year)), .text(Scope.list(a.places)),
          .text(a.activityTypes.map(l.activity).joined(separator: l.comma)), .text(a.flagText(l)), .number(a.paragraphCount),
        ],
        override: a.year == nil ? (7, book.figures.gapFormat()) : nil)
    }
    try stream.finish()
  }
}

extension ArticleRecord {
  /// `重复段落：第12行整段重复前文，只计一次` / `repeated paragraphs: line 12 repeats earlier text, counted once`,
  /// one kind per line of the cell.
  func flagText(_ l: Language) -> String {
    ArticleFlagGroup.groups(of: flags)
      .map { l("\($0.kind.rawValue)：", "\($0.kind.englishName): ") + $0.detail(l) }
      .joined(separator: "\n")
  }
}
