import Testing
@testable import Extraction

// The words before a number in its clause → whether they are only a verb of reaching, adverbs first.
@Test(arguments: [
  ("达到", true), ("已达", true), ("共计", true), ("目前为", true), ("已经增至", true), ("总数达 ", true),
  ("累计建成", true), ("新建", true), ("五年累计建成", true), ("十年来累计", true), ("近3年共", true),
  ("其中男性", false), ("改造升级", false), ("", false), ("海淀区", false), ("达到了全市", false), ("2021年累计", false),
  ("新建驿站", false),
])
func aClauseOfAVerbAndANumber(words: String, verbOnly: Bool) {
  #expect(FigureWindows.isVerbOnly(Array(words.unicodeScalars)[...]) == verbOnly)
}

/// The subject of a change names what both its figures count, before a cue of taking part in its
/// modifier does; a clause with no change has none.
@Test func theSubjectOfAChangeNamesWhatItsFiguresCount() throws {
  let sentence = "今年是活动开展的第四年，参与的职工志愿者由首年的不足百人发展到今年的近千人。"
  let found = try factsOnPage(oneArticlePage(sentence, headline: "暖心伴考迎来第四年"))
  #expect(found.filter { $0.metric == .volunteers }.map(\.surface) == ["不足百人", "近千人"])
  #expect(FigureWindows.subjectOfChange(ScalarText("参与的职工志愿者由首年的")).map(\.string) == "职工志愿者")
  #expect(FigureWindows.subjectOfChange(ScalarText("参与活动的职工达")) == nil)
}

// The words before a number in its clause → whether they name only a year, perhaps with a verb.
@Test(arguments: [
  ("2016年为", true), ("2015年", true), ("今年达到", true), ("2023年度", true), ("去年", true),
  ("二〇一六年为", true),
  ("2016年新建", true), ("全年新建", true), ("16年", false), ("2016年，", false), ("1234年", false), ("朝阳区", false), ("", false),
])
func anItemOfAYearSeries(words: String, isItem: Bool) {
  #expect(FigureWindows.isYearItem(Array(words.unicodeScalars)[...]) == isItem)
}

/// The items of a year series count what the series' lead names, before a cue of taking part does;
/// a year the series skips stays a gap.
@Test(arguments: [
  "参加“暖心伴考”的志愿者，2016年为210名，2017年为380名，2018年为650名。",
  "十年来，“暖心伴考”志愿者队伍不断壮大：2016年210名，2017年380名，2019年因故暂停，2018年650名。",
])
func theItemsOfAYearSeriesCountWhatItsLeadNames(_ sentence: String) throws {
  let found = try factsOnPage(oneArticlePage(sentence, headline: "伴考志愿者逐年增加"))
  #expect(found.map { "\($0.metric.rawValue)@\($0.year.map(String.init) ?? "-"):\($0.surface)" }
    == ["volunteers@2016:210名", "volunteers@2017:380名", "volunteers@2018:650名"])
}

/// A clause of a verb of building and a number leaves its noun to the clause before it, as an item of
/// a year series does (`2021年新建18家`); both count new ones of what the lead names.
@Test func buildingVerbsLeaveTheirNounToTheClauseBefore() throws {
  let series = "区总工会持续推进驿站建设：2021年新建18家，2022年新建25家，五年累计建成132家，实现全覆盖。"
  let found = try factsOnPage(oneArticlePage(series, headline: "平谷区驿站建设"))
  #expect(found.filter { $0.metric == .stations }.map(\.surface) == ["18家", "25家", "132家"])
  #expect(found.filter { $0.subtype == "新增" }.map(\.year) == [2021, 2022])
  let total = "朝阳区总工会介绍，今年全区新建爱心驿站23个，累计建成86个。"
  let stations = try factsOnPage(oneArticlePage(total, headline: "朝阳区驿站")).filter { $0.metric == .stations }
  #expect(stations.map(\.surface) == ["23个", "86个"])
  #expect(stations.map(\.cumulative) == [false, true])
}
