// 站点提及 (audit): stations named without a count, each at least one.
import Extraction
import Xlsx

/// One row per station mention, in source order (mentions of one line in text order).
struct MentionsSheet {
  let mentions: [StationMention]
  var rowsPerSheet = ExcelLimit.rows - 1

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [l("文件", "File"), l("行", "Line"), l("文章", "Article"), l("项目", "Programme"), l("站点", "Station"), l("地区", "Place"), l("年份", "Year"), l("原文", "Quote")]
    let stream = StreamedSheet(
      book: book, name: "站点提及", about: l(
        "提到站点但没给数量的句子（每处至少 1 个站点），站点报告里显示为“有（未计数）”。",
        "Sentences naming a station without a count (at least one each); the station report shows them as 有（未计数）."),
      header: header, formats: [1: Styles.line, 6: Styles.year], wrap: [2, 7], rowsPerSheet: rowsPerSheet)
    try mentions.forEachInOrder(by: { ($0.file, $0.line) < ($1.file, $1.line) }) { m in
      try stream.append([.text(m.file), .number(m.line), .text(m.article), .text(m.programme), .text(m.kind), .text(m.scope.label), .number(m.year), .text(m.quote)])
    }
    try stream.finish()
  }
}
