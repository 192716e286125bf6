// Lists the seed files and their sizes in a real workbook, until the real reports land.
import ArgumentParser
import Foundation
import Xlsx

// Describe the report; --help and option errors come from swift-argument-parser.
struct ReportPlaceholder: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Seed files and their sizes in bytes: a stand-in workbook for the real reports.")
  @Option(help: "Folder of article dumps.") var seeds = "seeds"
  @Option(help: "Folder for the workbook.") var out = "reports"
}
let options = ReportPlaceholder.parseOrExit()

do {
  // Load the names and sizes of the seed files, sorted so reruns are identical.
  let manager = FileManager.default
  let names = try manager.contentsOfDirectory(atPath: options.seeds).filter { !$0.hasPrefix(".") }.sorted()
  let files: [(name: String, bytes: Int)] = try names.compactMap { name in
    let attributes = try manager.attributesOfItem(atPath: options.seeds + "/" + name)
    guard attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
    return (name, (attributes[.size] as? NSNumber)?.intValue ?? 0)
  }

  // Write the list as a table with a frozen header, and a column chart whose ranges come from it.
  try manager.createDirectory(atPath: options.out, withIntermediateDirectories: true)
  try Workbook.write(to: options.out + "/placeholder.xlsx") { book in
    // NB: no input carries a date, so the creation date is SOURCE_DATE_EPOCH or the pinned default.
    book.setProperties(
      DocumentProperties(
        title: "种子文件概览", subject: "占位报告", author: "北京市总工会数据组", company: "北京市总工会",
        category: "报告", keywords: "seeds, placeholder", comments: "正式报告完成后删除"))
    let sheet = try book.addWorksheet("概览")
    let table = try sheet.addTable(
      header: ["文件", "字节数"], rows: files.map { [.text($0.name), .number(Double($0.bytes))] },
      options: TableOptions(name: "种子文件", columnFormats: [1: .integer], headerFormat: .header))
    try sheet.freezePanes(row: 1)
    try sheet.fitColumns()
    let chart = try book.addChart(.column)
    try chart.addSeries(values: try table.column(1), categories: try table.column(0), name: .cell(try table.headerCell(1)))
    try chart.setTitle("种子文件大小（字节）")
    try chart.valueAxis.setNumberFormat("#,##0")
    try chart.setLegendPosition(.none)
    try sheet.insertChart(chart, at: "D2", options: .size(width: 640, height: 320))
    try sheet.setLandscape()
    try sheet.fitToPages(width: 1, height: 0)
  }
  print("wrote \(options.out)/placeholder.xlsx (\(files.count) seed files)")
} catch {
  ReportPlaceholder.exit(withError: error)
}
