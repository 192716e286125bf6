// 至今 after a year: the year starts a period that runs to the present (`首届于2014年举办，至今已…`).
import ChineseText

/// Whether a year mention starts a period to now because 至今 ("up to now") follows it in its
/// sentence. Such a year dates neither the figures after it, which are totals to now, nor the
/// article, whose present is later.
public enum UntilNow {
  static let word = Array("至今".unicodeScalars)

  /// Whether 至今 stands in `text[end..<sentenceEnd]`, after a year mention ending at `end`.
  /// NB: not the 至 of 截至 (`截至今日` is a point in time) nor 至 before 今年 (`截至今年底`).
  public static func follows(_ text: [Unicode.Scalar], after end: Int, sentenceEnd: Int) -> Bool {
    follows(text[...], after: end, sentenceEnd: sentenceEnd)
  }

  /// The same in a slice, whose indices are the offsets (a slice's scalars before `end` still
  /// tell 截至 from 至今).
  public static func follows(_ text: ArraySlice<Unicode.Scalar>, after end: Int, sentenceEnd: Int) -> Bool {
    var index = end
    while index + word.count <= sentenceEnd {
      if text[index] == word[0], text[index + 1] == word[1], index == text.startIndex || text[index - 1] != "截",
        index + 2 >= text.endIndex || text[index + 2] != "年"
      {
        return true
      }
      index += 1
    }
    return false
  }

  static let since = Array("以来".unicodeScalars)

  /// Whether 以来 ("since") closes the clause a year mention ending at `end` opens or stands in
  /// (`北京市总工会2015年启动“暖心伴考”活动以来，`): the year starts a period to now, as after 自.
  public static func sinceClosesItsClause(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    var index = end
    while index + since.count <= text.count {
      let scalar = text[index]
      if Punctuation.splitsClause(scalar) || Punctuation.endsSentence(scalar) { return false }
      if scalar == since[0], text[index + 1] == since[1] { return true }
      index += 1
    }
    return false
  }
}
