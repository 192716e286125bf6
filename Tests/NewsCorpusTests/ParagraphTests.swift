// The map from normalised text back to the verbatim source: lines and quotes.
import Testing
@testable import NewsCorpus

@Test func quotesAndLinesComeFromTheOriginalText() throws {
  let page = "驿站开放\n\n本报讯（記者 葛青）全區共建成 1 2 0 个\n\n驛站，服務戶外勞動者。\n"
  let paragraph = try #require(try parse(page).articles.first?.paragraphs.first)
  #expect(paragraph.normalized == "全区共建成120个驿站,服务户外劳动者。")
  let scalars = Array(paragraph.normalized.unicodeScalars)
  let number = try #require(scalars.firstIndex(of: "1"))
  #expect(paragraph.quote(normalizedRange: number..<(number + 4)) == "1 2 0 个")
  let station = try #require(scalars.firstIndex(of: "驿"))
  #expect(paragraph.line(ofNormalizedOffset: number) == 3)
  #expect(paragraph.line(ofNormalizedOffset: station) == 5)
  #expect(paragraph.quote(normalizedRange: station..<(station + 2)) == "驛站")
  #expect(paragraph.start == SourceLocation(file: "page.txt", line: 3, column: 11))
}
