import Testing
import Extraction
import NewsCorpus
@testable import Analysis

/// How an article's flags become rows of 数据质量: one per kind, naming every line, in both languages.
@Test(arguments: [
  ([ArticleFlag(.repeatedParagraph, line: 12)], ["重复段落：第12行整段重复前文，只计一次"], ["line 12 repeats earlier text, counted once"]),
  (
    [ArticleFlag(.repeatedParagraph, line: 12), ArticleFlag(.repeatedParagraph, line: 40), ArticleFlag(.repeatedText, line: 77)],
    ["重复段落：第12、40行整段重复前文，只计一次；第77行有一句重复前文，只计一次"],
    ["lines 12, 40 repeat earlier text, counted once; line 77 repeats a sentence of earlier text, counted once"]
  ),
  (
    [ArticleFlag(.truncated, line: 9), ArticleFlag(.fragment, line: 5), ArticleFlag(.noHeadline, line: 3)],
    ["残段/截断：第5行的段落开头不完整，前文缺失；第9行的段落在句中断开，后文缺失", "无标题：有正文，没有标题（第3行起）"],
    ["line 5 starts mid-sentence, the text before is missing; line 9 stops mid-sentence, the text after is missing",
     "a body with no headline (from line 3)"]
  ),
  (
    [ArticleFlag(.noBody, line: 2), ArticleFlag(.headlineMismatch, line: 2)],
    ["标题与正文不符：第2行的标题与正文没有共同的关键词", "无正文：第2行只有标题，没有正文"],
    ["the headline at line 2 shares no key word with the body", "line 2: a headline with no body"]
  ),
  ([], [], []),
])
func flagsGroupByKindInTheSheetsOrder(flags: [ArticleFlag], zh: [String], en: [String]) {
  let groups = ArticleFlagGroup.groups(of: flags)
  #expect(groups.map { "\($0.kind.rawValue)：\($0.detail(.zh))" } == zh)
  #expect(groups.map { $0.detail(.en) } == en)
}

/// Every kind of flag, at one line and at two, in the words of each language.
@Test(arguments: [
  (QualityFlag.Kind.repeatedParagraph, [57, 59], "第57、59行整段重复前文，只计一次", "lines 57, 59 repeat earlier text, counted once"),
  (.repeatedText, [55], "第55行有一句重复前文，只计一次", "line 55 repeats a sentence of earlier text, counted once"),
  (.fragment, [61], "第61行的段落开头不完整，前文缺失", "line 61 starts mid-sentence, the text before is missing"),
  (.truncated, [9, 11], "第9、11行的段落在句中断开，后文缺失", "lines 9, 11 stop mid-sentence, the text after is missing"),
  (.headlineMismatch, [528], "第528行的标题与正文没有共同的关键词", "the headline at line 528 shares no key word with the body"),
  (.displacedBody, [43], "第43行的标题，正文印在别的文章之后", "the headline at line 43 has its body printed after another story"),
  (.noBody, [2], "第2行只有标题，没有正文", "line 2: a headline with no body"),
  (.noHeadline, [59], "有正文，没有标题（第59行起）", "a body with no headline (from line 59)"),
])
func eachFlagKindIsWordedInBothLanguages(flag: QualityFlag.Kind, lines: [Int], zh: String, en: String) {
  #expect(ArticleFlagGroup.describe(flag, lines: lines, .zh) == zh)
  #expect(ArticleFlagGroup.describe(flag, lines: lines, .en) == en)
}
