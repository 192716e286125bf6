// End to end on the seeds: run each built report, read the workbook back, check what the seeds state.
// Enabled once ParsedCorpus.load(from: seeds) works (the extractor is merged); skipped with a reason before.
import Foundation
import Testing
import XlsxReader

@Suite(.serialized, .enabled(if: parsedCorpusIsReal, needsExtractor))
struct SeedTests {
  /// Runs `report-<name>` on `seeds` into `out` and opens the workbook.
  static func run(_ name: String, seeds: String = Package.seeds, out: String) throws -> (book: XlsxFile, summary: String) {
    let run = try Run.report(name, ["--seeds", seeds, "--out", out])
    #expect(run.status == 0, "\(run.error)")
    let summary = try String(contentsOfFile: "\(out)/\(name).md", encoding: .utf8)
    #expect(run.output == summary)
    return (try XlsxFile(path: "\(out)/\(name).xlsx"), summary)
  }

  @Test func volunteerGrowthShowsWhatTheSeedsState() throws {
    let scratch = try Scratch()
    let book = try Self.run("volunteer-growth", out: scratch.path).book
    let years = try book.sheet("年度数据")
    let row = { (year: Int) in try #require(years.cells.first { $0.key.hasPrefix("A") && $0.value.number == Double(year) }?.key.dropFirst()) }
    let value = { (title: String, year: Int) throws -> Double? in
      let column = try #require(years.column(titled: title), "\(title)")
      return years["\(column)\(try row(year))"]?.number
    }
    #expect(years["A2"]?.number == 2015)  // the first year
    #expect(try value("志愿者（名）", 2015) == 10)
    #expect(try value("服务站点（个）", 2024) == 80)
    #expect(try value("服务站点·高考（个）", 2024) == 62)
    #expect(try value("服务站点·中考（个）", 2024) == 18)
    #expect(try value("服务站点·室外（个）", 2024) == 69)
    #expect(try value("服务站点·室内（个）", 2024) == 11)
    #expect(try value("志愿服务队（支）", 2024) == 91)
    #expect(try value("礼包/慰问品（个）", 2024) == 7000)
    #expect(try value("服务站点（个）", 2025) == 104)
    #expect(try value("志愿服务队（支）", 2025) == 102)
    // 2025 volunteers: 千余名 vs 1500余名, shown and flagged.
    let disagree = try #require(years.column(titled: "来源不一致"))
    #expect(years["\(disagree)\(try row(2025))"]?.string?.contains("千余名 / 1500余名") == true)
    #expect(try book.sheet("数据质量").allText.contains("1500余名"))
    let totals = try book.sheet("累计数据")
    #expect(totals.cells.values.contains { $0.number == 660_000 })
    #expect(totals.numberFormats.values.contains("#,##0\"余\""))
    // Every year 2015…2025 is a category of the charts.
    let chart = try #require(try book.sheet("图表").charts.first)
    #expect(chart.series.first?.categories == "'年度数据'!$A$2:$A$12")
  }

  @Test func stationCountsShowWhatTheSeedsState() throws {
    let scratch = try Scratch()
    let sheet = try Self.run("station-counts", out: scratch.path).book.sheet("站点数量")
    let cell = { (place: String, title: String) throws -> Double? in
      let column = try #require(sheet.column(titled: title), "\(title)")
      return sheet["\(column)\(try #require(sheet.row(where: "A", equals: place)))"]?.number
    }
    #expect(try cell("全市", "户外劳动者暖心驿站 年份不详") == 9000)
    // 王辛庄镇's 6 and 拱辰街道's 百余家 are theirs, not 平谷区's or 房山区's: the districts only have
    // stations named (written 1, shown 有（未计数）), the counts are listed in 街道乡镇.
    #expect(try cell("平谷区", "户外劳动者暖心驿站 2023年") == 1)
    #expect(try cell("房山区", "户外劳动者暖心驿站 2023年") == 1)
    let local = try Self.run("station-counts", out: scratch.path).book.sheet("街道乡镇")
    let town = try #require(local.row(where: "B", equals: "王辛庄镇"))
    #expect(local["A\(town)"]?.string == "平谷区" && local["F\(town)"]?.number == 6)
    let street = try #require(local.row(where: "B", equals: "拱辰街道"))
    #expect(local["A\(street)"]?.string == "房山区" && local["F\(street)"]?.number == 100)
    #expect(try cell("顺义区", "伴考服务站点 2024年") == 2)
    #expect(try cell("全市", "伴考服务站点 2024年") == 80)
  }

  @Test func activityAndAuditWorkbooksCoverTheSeeds() throws {
    let scratch = try Scratch()
    let types = try Self.run("activity-types", out: scratch.path).book.sheet("活动类型")
    #expect(types.row(where: "A", equals: "志愿服务") != nil)
    let audit = try Self.run("corpus", out: scratch.path).book
    #expect(try audit.sheet("事实").allText.contains("1500余名志愿者热忱上阵"))
  }

  @Test func aNewArticleChangesEachReport() throws {
    let scratch = try Scratch()
    let seeds = scratch.file("seeds")
    try FileManager.default.copyItem(atPath: Package.seeds, toPath: seeds)
    // Another year and district, in wording the seeds don't use.
    let article = """
      # 延庆区职工志愿者冒雨守护中考

      本报讯（记者 林溪）2026年6月24日，延庆区总工会在延庆一中考点外设立3个“暖心伴考”服务站点，\
      60名职工志愿者轮流值守，为考生家长送上清凉。

      """
    try Data(article.utf8).write(to: URL(fileURLWithPath: seeds + "/900_test_new_article.txt"))
    let before = scratch.file("before")
    let after = scratch.file("after")

    let growth = (try Self.run("volunteer-growth", out: before).book, try Self.run("volunteer-growth", seeds: seeds, out: after).book)
    #expect(try growth.1.sheet("年度数据").cells.values.contains { $0.number == 2026 })
    #expect(try !growth.0.sheet("年度数据").cells.values.contains { $0.number == 2026 })
    #expect(try growth.1.sheet("各区数据").allText.contains("延庆区"))

    let stations = try Self.run("station-counts", seeds: seeds, out: after).book.sheet("站点数量")
    let column = try #require(stations.column(titled: "伴考服务站点 2026年"))
    #expect(stations["\(column)\(try #require(stations.row(where: "A", equals: "延庆区")))"]?.number == 3)

    let typesBefore = try Self.run("activity-types", out: before).book.sheet("活动类型")
    let typesAfter = try Self.run("activity-types", seeds: seeds, out: after).book.sheet("活动类型")
    let count = { (sheet: SheetContent) in sheet["B\(sheet.row(where: "A", equals: "志愿服务") ?? 0)"]?.number ?? 0 }
    #expect(count(typesAfter) == count(typesBefore) + 1)

    let audit = try Self.run("corpus", seeds: seeds, out: after).book
    #expect(try audit.sheet("文章").allText.contains("延庆区职工志愿者冒雨守护中考"))
    #expect(try audit.sheet("事实").allText.contains("延庆一中"))
  }

  @Test func committedReportsAreUpToDate() throws {
    let scratch = try Scratch()
    for name in Reports.names {
      _ = try Self.run(name, out: scratch.path)
      for file in ["\(name).xlsx", "\(name).md"] {
        let fresh = FileManager.default.contents(atPath: scratch.file(file))
        let committed = FileManager.default.contents(atPath: Package.committedReports + "/" + file)
        #expect(fresh != nil && fresh == committed, "reports/\(file) is stale or missing: run `make reports` and commit it")
      }
    }
  }

  /// `make reports` runs `corpus reports`: one load for all four, the same bytes as each notebook.
  @Test func oneLoadWritesWhatTheNotebooksWrite() throws {
    let scratch = try Scratch()
    let run = try Run.executable("corpus", ["reports", "--seeds", Package.seeds, "--out", scratch.path])
    #expect(run.status == 0, "\(run.error)")
    var summaries = ""
    for name in Reports.names {
      for file in ["\(name).xlsx", "\(name).md"] {
        let fresh = FileManager.default.contents(atPath: scratch.file(file))
        #expect(fresh != nil && fresh == FileManager.default.contents(atPath: Package.committedReports + "/" + file), "\(file)")
      }
      summaries += try String(contentsOfFile: scratch.file("\(name).md"), encoding: .utf8)
    }
    #expect(run.output == summaries)  // printed in order, not as the threads finish
    let unknown = try Run.executable("corpus", ["reports", "--only", "nope", "--out", scratch.path])
    #expect(unknown.status != 0 && unknown.error.contains("nope: no such report"))
  }

  @Test(.enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) not installed"), arguments: Reports.names)
  func seedWorkbooksOpenInLibreOffice(name: String) throws {
    let scratch = try Scratch()
    _ = try Self.run(name, out: scratch.path)
    #expect(try LibreOffice.pdf(of: scratch.file("\(name).xlsx"), in: scratch.path).starts(with: Data("%PDF".utf8)))
  }
}
