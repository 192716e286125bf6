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
