// The audit workbook of the fixture: every article, fact, mention and file, and every issue kind.
import Analysis
import Extraction
import ReportKit
import Testing
import XlsxReader

@Suite struct CorpusAuditReportTests {
  @Test func everyArticleFactMentionAndFileIsARow() throws {
    let scratch = try Scratch()
    let book = try Reports.write("corpus", into: scratch.path).book
    #expect(book.sheetNames == ["概览", "文章", "事实", "站点提及", "文件", "来源", "数据质量"])
    // The big sheets stream (filter buttons, no table); the small ones keep their Excel table.
    #expect(try book.sheet("文章").autofilter == "A1:M6")
    // Flags in words, with their lines (the fixture's second article repeats a paragraph at line 9).
    let articles = try book.sheet("文章")
    #expect(articles.cells.values.contains { $0.string == "重复段落：第9行整段重复前文，只计一次" })
    #expect(try book.sheet("事实").autofilter == "A1:S21")
    #expect(try book.sheet("站点提及").autofilter == "A1:H2")
    #expect(try book.sheet("文件").tables.first?.ref == "A1:E4")
    for name in ["文章", "事实", "站点提及"] {
      #expect(try book.sheet(name).pane?.ySplit == 1, "\(name)")
      #expect(try book.sheet(name).tables.isEmpty, "\(name)")
    }
  }

  /// In English, flags, year evidence and the stand-in for a missing headline are English too.
  @Test func anEnglishAuditWordsFlagsYearsAndMissingHeadlines() throws {
    let scratch = try Scratch()
    let book = try Reports.write("corpus", into: scratch.path, lang: .en).book
    let articles = try book.sheet("文章")
    for text in [
      "repeated paragraphs: line 9 repeats earlier text, counted once", "(no headline)",
      "relative date: “今年” (line 4), taken as the page's year 2022", "stated year: “2021年” (line 3), the latest the text states",
    ] {
      #expect(articles.cells.values.contains { $0.string == text }, "\(text)")
    }
    let quality = try book.sheet("数据质量")
    for text in [
      "year unknown: no year, relative date or anniversary in the text, and the page has no year",
      "line 14 starts mid-sentence, the text before is missing", "(no headline)",
    ] {
      #expect(quality.cells.values.contains { $0.string == text }, "\(text)")
    }
  }

  @Test func factsContinueOnFurtherSheetsWhenOneIsFull() throws {
    let scratch = try Scratch()
    let options = try ReportOptions.parse(["--out", scratch.path, "--quiet"])
    let report = Report(name: "corpus", options: options)
    let corpus = Fixture.corpus
    try report.write(CorpusAuditReport(corpus: corpus, quality: QualityReview(issues: [], coverage: .corpus), rowsPerSheet: 7), corpus: corpus)
    let book = try XlsxFile(path: report.workbookPath)
    #expect(corpus.facts.count == 20)
    #expect(book.sheetNames.filter { $0.hasPrefix("事实") } == ["事实", "事实 2", "事实 3"])
    var quotes: [String] = []
    for (name, rows) in [("事实", 7), ("事实 2", 7), ("事实 3", 6)] {
      let sheet = try book.sheet(name)
      #expect(sheet["S1"]?.string == "原文" && sheet.pane?.ySplit == 1, "\(name)")
      #expect(sheet.autofilter == "A1:S\(rows + 1)", "\(name)")
      quotes += (2...(rows + 1)).compactMap { sheet["S\($0)"]?.string }
    }
    #expect(quotes == corpus.facts.sorted(by: Fact.sourceOrder).map(\.quote))
    #expect(!book.sheetNames.contains("文章 2") && !book.sheetNames.contains("站点提及 2"))  // 5 articles, 1 mention
  }

  @Test func factsKeepQualifierQuoteAndLine() throws {
    let scratch = try Scratch()
    let facts = try Reports.write("corpus", into: scratch.path).book.sheet("事实")
    let row = try #require(facts.row(where: "S", equals: "全市暖心驿站已达3000余家"))
    #expect(facts["A\(row)"]?.string == Fixture.fileB && facts["B\(row)"]?.number == 4)
    #expect(facts["H1"]?.string == "街道乡镇/考点" && facts["H\(row)"] == nil)  // a citywide figure has none
    #expect(facts["M\(row)"]?.number == 3000 && facts.numberFormat("M\(row)") == "#,##0\"余\"")
    #expect(facts["R\(row)"]?.string == "3000余家")
    #expect(facts["P\(row)"]?.string == "多于")  // the qualifier in words, not its code
  }

  @Test func qualitySheetListsEveryKind() throws {
    let scratch = try Scratch()
    let text = try Reports.write("corpus", into: scratch.path).book.sheet("数据质量").allText
    for kind in ["数据冲突", "重复段落", "残段/截断", "年份不详"] { #expect(text.contains(kind), "\(kind)") }
    #expect(text.contains("近500名") && text.contains("10家"))  // both reports' conflicts
    #expect(text.contains("整段重复前文") && !text.contains("repeated_paragraph"))  // Chinese, with lines
  }
}
