// `高考期间，…设立服务站点80个`: a sentence that opens on one exam's days counts that exam's figures.
import ChineseText

/// `高考期间，全市共设立服务站点80个；中考期间，设立服务站点65个`: the sentence's opening clause names
/// the exam whose days it speaks of, and its figures are that exam's part (高考 / 中考), as
/// `高考服务站点80个` would say it.
///
/// Read so when the first clause of the figure's sentence names one exam with a word of time after
/// it (期间, 首日, 两天…), the figure stands in a later clause, and the paragraph names the other
/// exam too: a clause that names both (`中高考期间`) gives the total, and a story of one exam's
/// days alone (`今年高考期间，…设置了2个`) counts the season's figures, no part.
enum ExamPeriod {
  static let timeWords = ["期间", "首日", "第一天", "第二天", "当天", "当日", "两天", "三天", "前夕", "前后", "结束后"]
    .map(MatchWord.init)
  static let exam: Unicode.Scalar = "考"

  /// The exam part the opening clause of `sentence` gives a figure of `metric` in `clause`, if any.
  static func part(of metric: Metric, clause: Range<Int>, sentence: Range<Int>, in unit: TextUnit) -> String? {
    let scalars = unit.scalars
    guard clause.lowerBound > sentence.lowerBound,
      let end = scalars[sentence].firstIndex(where: { Punctuation.splitsClause($0) || Punctuation.endsSentence($0) }),
      end < clause.lowerBound, scalars[sentence.lowerBound..<end].contains(exam)
    else { return nil }
    let text = unit.window(sentence.lowerBound..<end)
    guard timeWords.contains(where: text.contains), let part = Breakdown.part(of: metric, in: text),
      let other = otherExam.first(where: { part.utf8.elementsEqual($0.part.utf8) })?.other
    else { return nil }
    // NB: 中高考 names both, so it sets neither apart.
    var paragraph = unit.window(0..<scalars.count)
    for both in bothExams { paragraph = paragraph.removingAll(both) }
    return Breakdown.names(other, in: paragraph) ? part : nil
  }

  static let otherExam = [(part: "高考", other: MatchWord("中考")), (part: "中考", other: MatchWord("高考"))]
  static let bothExams = ["中高考", "中、高考", "高、中考", "高中考"].map(MatchWord.init)
}
