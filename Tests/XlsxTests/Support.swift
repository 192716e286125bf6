// Shared test helpers: scratch folders and the sample workbook every round-trip test reads back.
import Foundation
import Xlsx

/// A scratch folder removed when the test ends.
struct Scratch: ~Copyable {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory
      .appendingPathComponent("xlsx-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A path inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// The folder's entries, hidden ones included, sorted.
  func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// The sample workbook: Chinese sheets, a table with 余/近/超 formats, notes and every chart kind.
enum Sample {
  static let created = Date(timeIntervalSince1970: 1_714_521_600)  // 2024-05-01T00:00:00Z
  static let header = ["区", "年份", "志愿者人数", "服务站点", "伴考包"]
  static let rows: [[CellValue]] = [
    ["朝阳区", 2021, 1200, 35, 500],
    ["海淀区", 2022, 980, .blank, 1500],
    ["丰台区", 2023, 15000, 12, 3000],
    ["北京经济技术开发区", 2024, 60, 4, 120],
  ]
  static let formulaLike = ["=1+1", "+8613800000000", "@x", "-1", "=SUM(A1:A2)"]

  /// What the sample wrote, for checks against the file.
  struct Written {
    var table: Table
    var charts: [ChartKind: (values: CellRange, categories: CellRange?, name: CellReference?)]
  }

  @discardableResult
  static func write(to path: String) throws -> Written {
    var written: Written?
    try Workbook.write(to: path) { book in
      book.setProperties(
        DocumentProperties(
          title: "志愿服务统计", subject: "测试", author: "数据组", manager: "工会", company: "北京市总工会",
          category: "报告", keywords: "志愿者, 驿站", comments: "单元测试生成", created: created))
      written = try writeOverview(book)
      try writeSources(book)
    }
    guard let written else { throw XlsxError.workbookClosed(call: "Sample.write") }
    return written
  }

  private static func writeOverview(_ book: Workbook) throws -> Written {
    let sheet = try book.addWorksheet("概览")
    try sheet.mergeRange("A1:E1", "北京市总工会 志愿服务统计", format: .title)
    try sheet.setRow(0, height: 24)
    let table = try sheet.addTable(
      header: header, rows: rows, at: "A3",
      options: TableOptions(name: "志愿服务", columnFormats: [1: .year, 2: .moreThan, 3: .nearly, 4: .over]))
    try sheet.freezePanes(row: 3)
    try sheet.writeComment(
      "“全市共有志愿者1200余名”——《工人日报》2021-05-01 第3版", at: "C4",
      options: CommentOptions(author: "数据组", width: 300, height: 120))
    try sheet.fitColumns()
    try sheet.setLandscape()
    try sheet.setPaper(.a4)
    try sheet.fitToPages(width: 1, height: 0)
    try sheet.repeatRows(2...2)
    try sheet.setHeader("&C北京市总工会")
    try sheet.setFooter("&C第 &P 页，共 &N 页")

    let districts = try table.column(0)
    let volunteers = try table.column(2)
    let stations = try table.column(3)
    let years = try table.column(1)
    var charts: [ChartKind: (CellRange, CellRange?, CellReference?)] = [:]

    let column = try book.addChart(.column)
    try column.addSeries(values: volunteers, categories: districts, name: .cell(try table.headerCell(2))).setLabels()
    try column.setTitle("各区志愿者人数")
    try column.categoryAxis.setName("区")
    try column.valueAxis.setName("人数")
    try column.valueAxis.setLogBase(10)
    try column.setLegendPosition(.bottom)
    try sheet.insertChart(column, at: "G3", options: .size(width: 560, height: 300))
    charts[.column] = (volunteers, districts, try table.headerCell(2))

    let bar = try book.addChart(.bar)
    try bar.addSeries(values: stations, categories: districts, name: .text("服务站点"))
    try bar.setTitle("各区服务站点")
    try bar.valueAxis.setName("个")
    try bar.showBlanksAs(.gap)
    try sheet.insertChart(bar, at: "G20")
    charts[.bar] = (stations, districts, nil)

    let line = try book.addChart(.line)
    try line.addSeries(values: stations, categories: years, name: .cell(try table.headerCell(3)))
    try line.setTitle("服务站点（空缺为断点）")
    try line.showBlanksAs(.gap)
    try sheet.insertChart(line, at: "G37")
    charts[.line] = (stations, years, try table.headerCell(3))

    let pie = try book.addChart(.pie)
    try pie.addSeries(values: volunteers, categories: districts, name: .text("志愿者")).setLabelsPercentage()
    try pie.setTitle("志愿者分布")
    try sheet.insertChart(pie, at: "P3")
    charts[.pie] = (volunteers, districts, nil)

    let scatter = try book.addChart(.scatter)
    try scatter.addSeries(values: volunteers, categories: years, name: .text("志愿者"))
    try scatter.setTitle("志愿者人数与年份")
    try scatter.xAxis.setName("年份")
    try scatter.yAxis.setName("人数")
    try sheet.insertChart(scatter, at: "P20")
    charts[.scatter] = (volunteers, years, nil)

    return Written(table: table, charts: charts.mapValues { (values: $0.0, categories: $0.1, name: $0.2) })
  }

  private static func writeSources(_ book: Workbook) throws {
    let sheet = try book.addWorksheet("来源")
    try sheet.write("原文", at: "A1", format: .header)
    try sheet.write("数量", at: "B1", format: .header)
    try sheet.write("链接", at: "C1", format: .header)
    for (i, text) in formulaLike.enumerated() {
      try sheet.write(text, at: CellReference(row: i + 1, column: 0))
    }
    try sheet.write(1200, at: "B2", format: .moreThan)
    try sheet.write(1000, at: "B3", format: .nearly)
    try sheet.write(300, at: "B4", format: .over)
    try sheet.write(12.5, at: "B5", format: .decimal)
    try sheet.write(true, at: "B6")
    try sheet.write(Sample.created, at: "B7")
    try sheet.writeURL("https://www.bjzgh.org/", text: "北京市总工会", at: "C2")
    try sheet.writeBlank(at: "C3", format: .header)
    try sheet.autofilter("A1:C6")
    try sheet.freezePanes(row: 1, column: 1)
    try sheet.setColumn(0, width: 30, format: .wrapText)
  }
}
