// 事实 (audit): every extracted figure with its meaning, place, year, bounds and verbatim quote.
import Analysis
import Extraction
import Xlsx

/// One row per fact, in source order, streamed (a big corpus has more facts than one sheet holds).
struct FactsSheet {
  let facts: [Fact]
  var rowsPerSheet = ExcelLimit.rows - 1

  /// The 数值 column: the figure as a number, its qualifier kept by the number format.
  static let valueColumn = 12

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [
      l("文件", "File"), l("行", "Line"), l("文章", "Article"), l("项目", "Programme"), l("指标", "Measure"), l("分项", "Part"),
      l("地区", "Place"), l("街道乡镇/考点", "Street, town or site"), l("年份", "Year"), l("累计", "Running total"), l("起始年", "From"), l("截止年", "To"),
      l("数值", "Figure"), l("下限", "Low"), l("上限", "High"), l("修饰", "Qualifier"), l("单位", "Unit"), l("原文数字", "As written"),
      l("原文", "Quote"),
    ]
    let stream = StreamedSheet(
      book: book, name: "事实", about: l(
        "抽出的每个数字一行：文件和行号、文章、项目、指标、分项、地区、街道乡镇或考点（数字只是该处的时）、年份、是否累计及起止年、数值（保留“余/近/超”）、上下限、原文数字和原句。",
        "One row per extracted figure: file and line, article, programme, measure, part, place, street, town or exam site (when the figure is only theirs), year, running total and its period, the figure (keeping 余/近/超), bounds, the number as written and the sentence."),
      header: header, formats: [1: Styles.line, 8: Styles.year, 10: Styles.year, 11: Styles.year, 13: Styles.count, 14: Styles.count],
      wrap: [2, 18], rowsPerSheet: rowsPerSheet)
    try facts.forEachInOrder(by: Fact.sourceOrder) { f in
      let cell = FigureCell([f])
      let value = cell.leading?.cellValue
      try stream.append(
        [
          .text(f.file), .number(f.line), .text(f.article), .text(f.programme), .text(l.label(f.metric)), .text(f.subtype),
          .text(f.scope.label), .text(f.locality), .number(f.year), .text(f.cumulative ? l("是", "yes") : nil), .number(f.periodStart), .number(f.periodEnd),
          value.map(CellValue.number) ?? .blank, f.low.map(CellValue.number) ?? .blank, f.high.map(CellValue.number) ?? .blank,
          .text(l.label(f.qualifier)), .text(f.unit), .text(f.surface), .text(f.quote),
        ],
        override: (Self.valueColumn, book.figures.format(of: cell) ?? book.figures.gapFormat()))
    }
    try stream.finish()
  }
}
