// report-volunteer-growth: the 暖心伴考 service year by year, with cumulative and district figures apart.
import Analysis
import Extraction
import Xlsx

/// The volunteer-growth workbook: 年度数据 (one row per year), 图表, 累计数据, 各区数据.
public struct VolunteerGrowthReport: ReportContent {
  public var growth: VolunteerGrowth
  public var quality: QualityReview

  public init(growth: VolunteerGrowth, quality: QualityReview) {
    self.growth = growth
    self.quality = quality
  }

  public func title(_ l: Language) -> String {
    let span = growth.years.first.map { l.period($0, growth.years.last) } ?? ""
    return l("“\(growth.programme)”服务逐年数据", "The \(growth.programme) service year by year") + (span.isEmpty ? "" : l("（\(span)）", " (\(span))"))
  }

  public func question(_ l: Language) -> String {
    l("北京工会“\(growth.programme)”服务从第一年到最近一年，每年有多少站点、志愿服务队、志愿者、伴考包、服务人次和服务时长？规模增长了多少？",
      "From its first year to the latest, how many stations, volunteer teams, volunteers, packs, people served and service hours did the trade unions' \(growth.programme) service have each year, and how much did it grow?")
  }

  public func findings(_ l: Language) -> [String] { GrowthFindings(growth: growth, language: l).sentences }

  public var keywords: String { "\(growth.programme), 志愿者, 伴考服务站点, 北京市总工会" }

  public func writeSheets(to book: ReportBook) throws {
    let table = try YearSheet(growth: growth).write(to: book)
    try GrowthCharts(growth: growth, table: table).write(to: book)
    try CumulativeSheet(rows: growth.cumulative).write(to: book)
    try DistrictFiguresSheet(rows: growth.districts).write(to: book)
  }
}
