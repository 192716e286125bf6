// 街道乡镇: counts a street, town, area or exam site states for itself, kept apart from its district's total.
import Analysis
import Xlsx

/// One row per district, street or town, kind, year and part: the street's own count, never added
/// into the district's.
struct LocalCountsSheet {
  let rows: [StationCounts.LocalRow]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [
      l("地区", "District"), l("街道乡镇/考点", "Street, town or site"), l("站点类别", "Kind"), l("年份", "Year"), l("分项", "Part"),
      l("数量", "Count"), l("来源不一致", "Sources disagree"),
    ]
    let values: [[CellValue]] = rows.map { [.text($0.scope.label), .text($0.locality), .text($0.kind), .number($0.year), .text($0.part)] }
    let (sheet, _) = try book.addTableSheet(
      "街道乡镇", about: l(
        "街道、乡镇、地区或一个考点给出的自己的站点数量，每行一项：是该处的，不是全区的，不计入“站点数量”表。",
        "Counts a street, town, area or one exam site states for itself, one per row: theirs, not the district's, and not in 站点数量."),
      table: "街道乡镇表", header: header, rows: values, formats: [3: Styles.year], wrap: [6])
    try book.figures.writeRows(
      rows, on: sheet, year: (3, \.year), figure: 5, disagreement: 6, cell: \.cell, subject: { $0.subject(l) })
    try book.finish(sheet)
  }
}
