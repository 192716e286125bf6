// 至今 after a year: the year starts a period that runs to the present (`首届于2014年举办，至今已…`).
import ChineseText

/// Whether a year mention starts a period to now because 至今 ("up to now") follows it in its
/// sentence. Such a year dates neither the figures after it, which are totals to now, nor the
/// article, whose present is later.
public enum UntilNow {
  static let word = Array("至今".unicodeScalars)

  /// Whether 至今 stands in `text[end..<sentenceEnd]`, after a year mention ending at `end`.
  public static func follows(_ text: [Unicode.Scalar], after end: Int, sentenceEnd: Int) -> Bool {
    end < sentenceEnd && text[end..<sentenceEnd].containsWord(word)
  }
}
