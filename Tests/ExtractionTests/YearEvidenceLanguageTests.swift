import NewsCorpus
import Testing
@testable import Extraction

/// Every reason for a year, worded in each language with the article's year.
@Test(arguments: [
  (
    YearEvidence(.latestStated, quote: "2025年", line: 15), Int?(2025),
    "文中年份：“2025年”（第15行），文中写明的最晚年份", "stated year: “2025年” (line 15), the latest the text states"
  ),
  (
    YearEvidence(.latestStatedForItsEvents, quote: "2025年度区级创新工", line: 47), 2025,
    "文中年份：“2025年度区级创新工”（第47行），文中本次活动写明的最晚年份",
    "stated year: “2025年度区级创新工” (line 47), the latest the text states for its events"
  ),
  (
    YearEvidence(.anniversary(programme: "清凉驿站", ordinal: 5), quote: "连续第5年开放", line: 7), 2016,
    "周年推算：“连续第5年开放”（第7行），“清凉驿站”第5年，始于2012年",
    "anniversary: “连续第5年开放” (line 7), year 5 of “清凉驿站”, which started in 2012"
  ),
  (
    YearEvidence(.relativeToThePage, quote: "日前", line: 95), 2021,
    "相对日期：“日前”（第95行），按本版年份 2021 年计", "relative date: “日前” (line 95), taken as the page's year 2021"
  ),
  (
    YearEvidence(.pageYear), 2021,
    "本版年份：文中没有年份，按本版年份 2021 年计", "page's year: no year in the text, taken as the page's year 2021"
  ),
  (
    YearEvidence(.printedDate, quote: "北京日报 2019年7月2日 第5版", line: 1), 2019,
    "本版年份：“北京日报 2019年7月2日 第5版”（第1行），按版面印的日期 2019 年计",
    "page's year: “北京日报 2019年7月2日 第5版” (line 1), the page's printed date, 2019"
  ),
  (
    YearEvidence(.relativeWithoutPageYear, quote: "8 月 14 日中午", line: 3), nil,
    "年份不详：第3行的“8 月 14 日中午”，但本版没有年份", "year unknown: “8 月 14 日中午” at line 3, but the page has no year"
  ),
  (
    YearEvidence(.noSupport), nil,
    "年份不详：文中没有年份、相对日期或周年，本版也没有年份",
    "year unknown: no year, relative date or anniversary in the text, and the page has no year"
  ),
  (YearEvidence(.unresolved), nil, "年份不详：尚未推断", "year unknown: not resolved yet"),
])
func yearEvidenceIsWordedInBothLanguages(evidence: YearEvidence, year: Int?, zh: String, en: String) {
  #expect(Language.zh.yearEvidence(evidence, year: year) == zh)
  #expect(Language.en.yearEvidence(evidence, year: year) == en)
}
