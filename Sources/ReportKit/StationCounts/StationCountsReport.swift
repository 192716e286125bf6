// report-station-counts: stations per district and year by kind, with the three states kept apart.
import Analysis
import Extraction
import Xlsx

/// The station workbook: 站点数量 (districts × kind-year), 全市构成, 街道乡镇, 图表.
public struct StationCountsReport: ReportContent {
  public var counts: StationCounts
  public var quality: QualityReview

  public init(counts: StationCounts, quality: QualityReview) {
    self.counts = counts
    self.quality = quality
  }

  public func title(_ l: Language) -> String { l("各区服务站点数量", "Service stations by district") }

  public func question(_ l: Language) -> String {
    l("各区、经开区、全市和京外各有多少伴考服务站点、户外劳动者暖心驿站和其他服务点？哪些只被提到、没有数量？",
      "How many exam-support stations, outdoor workers' rest stations and other service points does each district, the development zone, the whole city and places outside Beijing have, and which are named without a count?")
  }

  public func findings(_ l: Language) -> [String] { StationFindings(counts: counts, language: l).sentences }

  public var keywords: String { "服务站点, 暖心驿站, 伴考服务站点, 各区, 北京市总工会" }

  public func writeSheets(to book: ReportBook) throws {
    let table = try StationTableSheet(counts: counts).write(to: book)
    try CompositionSheet(rows: counts.composition).write(to: book)
    try LocalCountsSheet(rows: counts.local).write(to: book)
    try StationChart(counts: counts, table: table).write(to: book)
  }
}
