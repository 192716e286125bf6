// 各区数据: a district's own figures for the service, kept apart from the citywide series.
import Analysis
import Xlsx

/// One row per year, district and measure.
struct DistrictFiguresSheet {
  let rows: [VolunteerGrowth.DistrictRow]

  func write(to book: ReportBook) throws {
    let l = book.language
    let header = [l("年份", "Year"), l("地区", "Place"), l("指标", "Measure"), l("数值", "Figure"), l("单位", "Unit"), l("来源不一致", "Sources disagree")]
    let values: [[CellValue]] = rows.map { row in
      [.number(row.year), .text(row.placeLabel), .text(l.label(row.metric)), .blank, .text(row.cell.leading?.unit)]
    }
    let (sheet, _) = try book.addTableSheet(
      "各区数据", about: l(
        "各区（及京外）自己的数字，例如某区的服务队和志愿者；不计入全市数字。",
        "Figures of single districts (and places outside Beijing), e.g. one district's teams and volunteers; not part of the citywide series."),
      table: "各区数据表", header: header, rows: values, formats: [0: Styles.year], wrap: [5])
    try book.figures.writeRows(rows, on: sheet, year: (0, \.year), figure: 3, disagreement: 5, cell: \.cell) { row in
      "\(l.year(row.year)) \(row.placeLabel) \(l.label(row.metric))"
    }
    try book.finish(sheet)
  }
}
