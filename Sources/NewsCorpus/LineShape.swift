// The shape of one line of text: how it ends, its punctuation, its width, its spacing.
import ChineseText

/// Shape features of a line's normalised content, read in one pass.
struct LineShape: Sendable {
  /// Display width (Han = 2).
  var width = 0
  /// The line ends a sentence (`。！？…`, maybe followed by closing quotes).
  var endsSentence = false
  /// A clause mark (`，、；：`) or a sentence end outside quotes and brackets, before the last scalar.
  var hasInnerPunctuation = false
  /// Quotes and brackets are balanced.
  var isBalanced = true
  /// Ends with a dash (`——`): a kicker.
  var endsWithDash = false
  /// The text holds a space.
  var hasSpace = false

  init(_ text: [Unicode.Scalar]) {
    var depth = 0
    var end = text.count
    while end > 0, Punctuation.closes(text[end - 1]) { end -= 1 }
    endsSentence = end > 0 && Punctuation.endsSentence(text[end - 1])
    endsWithDash = text.last.map(Punctuation.isDash) ?? false
    for (index, s) in text.enumerated() {
      width += s.displayWidth
      if s == " " { hasSpace = true }
      if Punctuation.opens(s) {
        depth += 1
      } else if Punctuation.closes(s), s != "\"", s != "'" {
        depth -= 1
        if depth < 0 { isBalanced = false; depth = 0 }
        // NB: a quoted sentence with words after it (`“建站只是第一步。”区总工会相关`) is a paragraph's
        // opening, its speaker to follow, never a headline.
        if depth == 0, index > 0, index < end - 1, Punctuation.endsSentence(text[index - 1]) { hasInnerPunctuation = true }
      } else if depth == 0, index < text.count - 1, Punctuation.splitsClause(s) || Punctuation.endsSentence(s),
        !Self.groupsDigits(text, at: index)
      {
        hasInnerPunctuation = true
      }
    }
    if depth != 0 { isBalanced = false }
    if text.last.map(Punctuation.splitsClause) ?? false { hasInnerPunctuation = true }
  }

  /// Whether the comma at `index` groups the digits of a number (`1,523家`): a digit before it and
  /// exactly three after it. Such a comma is part of the number, not of the sentence.
  static func groupsDigits(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    guard text[index] == ",", index > 0, text[index - 1].isASCIIDigit, index + 3 < text.count,
      text[(index + 1)...(index + 3)].allSatisfy(\.isASCIIDigit)
    else { return false }
    return index + 4 == text.count || !text[index + 4].isASCIIDigit
  }

  /// Whether the original content is letter-spaced: three or more lone Han scalars set between
  /// spaces (`向 前 一 步`), and such tokens are at least half of all tokens and hold at least half
  /// of all Han: a sentence ending in a letter-spaced credit (`图为比赛现场。本报记者 孙 杰 摄`) is not.
  static func isLetterSpaced(_ original: ArraySlice<Unicode.Scalar>) -> Bool {
    var tokens = 0
    var lone = 0
    var han = 0
    var hanInToken = 0
    var otherInToken = 0
    func close() {
      guard hanInToken + otherInToken > 0 else { return }
      tokens += 1
      if hanInToken == 1 { lone += 1 }
      han += hanInToken
      hanInToken = 0
      otherInToken = 0
    }
    for s in original {
      if s.isHorizontalSpace {
        close()
      } else if s.isHan {
        hanInToken += 1
      } else {
        otherInToken += 1
      }
    }
    close()
    return lone >= 3 && lone * 2 >= tokens && lone * 2 >= han
  }
}
