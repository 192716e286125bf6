// report-activity-types: per activity type, its articles, places, years, participants and examples.
import Analysis
import Extraction
import Xlsx

/// The activity workbook: 活动类型 (one row per type), 文章 (one row per article), 图表.
public struct ActivityTypesReport: ReportContent {
  public var summary: ActivityTypeSummary
  public var articles: [ArticleRecord]
  public var quality: QualityReview

  public init(summary: ActivityTypeSummary, articles: [ArticleRecord], quality: QualityReview) {
    self.summary = summary
    self.articles = articles
    self.quality = quality
  }

  public func title(_ l: Language) -> String { l("工会活动类型", "Trade-union activities by type") }

  public func question(_ l: Language) -> String {
    l("报道的工会活动分哪些类型？每类有多少篇文章、在哪些地区和年份、多少人参与？",
      "Which kinds of trade-union activity do the articles report, and for each: how many articles, where, when and how many people took part?")
  }

  public func findings(_ l: Language) -> [String] { ActivityFindings(summary: summary, articleCount: articles.count, language: l).sentences }

  public var keywords: String { "活动类型, 工会活动, 参与人数, 北京市总工会" }

  public func writeSheets(to book: ReportBook) throws {
    let table = try ActivityTypeSheet(summary: summary).write(to: book)
    try ArticleTypesSheet(articles: articles, crowds: summary.crowds).write(to: book)
    try ActivityChart(table: table, rowCount: summary.rows.count).write(to: book)
  }
}
