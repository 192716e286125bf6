// The 来源 sheet: every figure the workbook shows, with its quote, file, line and headline.
import Xlsx

/// Lists the ledger: one row per quoted source of a written cell, in the order cells were written.
///
/// Streamed: a cell's sources grow with the archive (every article that states the figure).
enum SourcesSheet {
  static func write(to book: ReportBook) throws {
    let l = book.language
    let header = [
      l("工作表", "Sheet"), l("单元格", "Cell"), l("内容", "What"), l("数值", "Figure"), l("读数", "Reading"),
      l("原文", "Quote"), l("文件", "File"), l("行", "Line"), l("标题", "Headline"),
    ]
    let stream = StreamedSheet(
      book: book, name: "来源", about: l(
        "每个数字的出处：所在单元格、原文引文、文件、行号和文章标题；“读数”为 1/2 等表示该单元格来源不一致。",
        "Where every figure comes from: its cell, the quote, file, line and headline; a reading such as 1/2 marks a cell whose sources disagree."),
      header: header, formats: [7: Styles.line], wrap: [2, 5, 8])
    for entry in book.ledger.entries {
      try stream.append([
        .text(entry.sheet), .text(entry.cell), .text(entry.subject), .text(entry.figure), .text(entry.reading),
        .text(entry.quote), .text(entry.file), .number(Double(entry.line)), .text(entry.headline),
      ])
    }
    try stream.finish()
  }
}
