import Testing
@testable import Extraction

// The words before a number in its clause → whether they are only a verb of reaching, adverbs first.
@Test(arguments: [
  ("达到", true), ("已达", true), ("共计", true), ("目前为", true), ("已经增至", true), ("总数达 ", true),
  ("其中男性", false), ("改造升级", false), ("", false), ("海淀区", false), ("达到了全市", false),
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
