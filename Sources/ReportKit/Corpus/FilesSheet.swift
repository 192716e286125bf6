// 文件 (audit): each input file with its size, encoding, year and article count.
import Extraction
import Xlsx

/// One row per input file, in file-name order.
struct FilesSheet {
  let files: [ParsedCorpus.FileSummary]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [l("文件", "File"), l("字节数", "Bytes"), l("编码", "Encoding"), l("年份", "Year"), l("文章数", "Articles")]
    let rows: [[CellValue]] = files.map { f in
      [.text(f.file), .number(f.bytes), .text(f.encoding), .number(f.year), .number(f.articleCount)]
    }
    let (sheet, _) = try book.addTableSheet(
      "文件", about: l("每个输入文件一行：字节数、编码、年份、文章数。", "One row per input file: bytes, encoding, year, articles."),
      table: "文件表", header: header, rows: rows, formats: [1: Styles.count, 3: Styles.year, 4: Styles.count])
    for (r, file) in files.enumerated() where file.year == nil {
      try book.figures.writeGap(at: CellReference(row: r + 1, column: 3), on: sheet)
    }
    try book.finish(sheet)
  }
}
