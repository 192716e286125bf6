// The activity workbook of the fixture: summed participant bounds, articles without a figure, per-article sheet, chart.
import Testing
import XlsxReader

@Suite struct ActivityTypesReportTests {
  @Test func participantsAreSummedBoundsAndMissingFiguresAreCounted() throws {
    let scratch = try Scratch()
    let sheet = try Reports.write("activity-types", into: scratch.path).book.sheet("活动类型")
    let sports = try #require(sheet.row(where: "A", equals: "文体活动"))
    #expect(sheet["B\(sports)"]?.number == 2)
    #expect(sheet["F\(sports)"]?.number == 120)  // 120名 + 近80人 (no low bound)
    #expect(sheet["G\(sports)"]?.number == 200)
    #expect(sheet.notes["F\(sports)"]?.text.contains("近80人参加象棋擂台赛") == true)
    let family = try #require(sheet.row(where: "A", equals: "职工家庭"))
    #expect(sheet["F\(family)"] == nil)  // only 近80人: the low sum is unknown, not 0
    let volunteers = try #require(sheet.row(where: "A", equals: "志愿服务"))
    #expect(sheet["F\(volunteers)"] == nil && sheet["I\(volunteers)"]?.number == 1)
  }

  @Test func perArticleSheetAndChart() throws {
    let scratch = try Scratch()
    let book = try Reports.write("activity-types", into: scratch.path).book
    let articles = try book.sheet("文章")
    let chess = try #require(articles.row(where: "C", equals: "象棋擂台赛落幕"))
    #expect(articles["E\(chess)"]?.string == "文体活动、职工家庭")
    #expect(articles["H\(chess)"] == nil)  // unknown year: a gap
    #expect(articles["J\(chess)"]?.number == 80)
    // Streamed like the audit's 文章 (filter buttons, no table), the head count keeps its quote.
    #expect(articles.notes["J\(chess)"]?.text.contains("近80人参加象棋擂台赛") == true)
    #expect(articles.autofilter?.hasPrefix("A1:J") == true)
    #expect(articles["I\(try #require(articles.row(where: "C", equals: "考场外的红马甲又来了")))"]?.string == "记者 周明")
    let chart = try #require(try book.sheet("图表").charts.first)
    #expect(chart.series.first?.values == "'活动类型'!$B$2:$B$6")
  }
}
