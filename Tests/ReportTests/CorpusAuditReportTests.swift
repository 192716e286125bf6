// The audit workbook of the fixture: every article, fact, mention and file, and every issue kind.
import Testing
import XlsxReader

@Suite struct CorpusAuditReportTests {
  @Test func everyArticleFactMentionAndFileIsARow() throws {
    let scratch = try Scratch()
    let book = try Reports.write("corpus", into: scratch.path).book
    #expect(book.sheetNames == ["概览", "文章", "事实", "站点提及", "文件", "来源", "数据质量"])
    #expect(try book.sheet("文章").tables.first?.ref == "A1:M6")
    #expect(try book.sheet("事实").tables.first?.ref == "A1:R21")
    #expect(try book.sheet("站点提及").tables.first?.ref == "A1:H2")
    #expect(try book.sheet("文件").tables.first?.ref == "A1:E4")
  }

  @Test func factsKeepQualifierQuoteAndLine() throws {
    let scratch = try Scratch()
    let facts = try Reports.write("corpus", into: scratch.path).book.sheet("事实")
    let row = try #require(facts.row(where: "R", equals: "全市暖心驿站已达3000余家"))
    #expect(facts["A\(row)"]?.string == Fixture.fileB && facts["B\(row)"]?.number == 4)
    #expect(facts["L\(row)"]?.number == 3000 && facts.numberFormat("L\(row)") == "#,##0\"余\"")
    #expect(facts["Q\(row)"]?.string == "3000余家")
  }

  @Test func qualitySheetListsEveryKind() throws {
    let scratch = try Scratch()
    let text = try Reports.write("corpus", into: scratch.path).book.sheet("数据质量").allText
    for kind in ["数据冲突", "重复段落", "残段/截断", "年份不详"] { #expect(text.contains(kind), "\(kind)") }
    #expect(text.contains("近500名") && text.contains("10家"))  // both reports' conflicts
  }
}
