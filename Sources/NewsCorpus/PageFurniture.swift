// Page furniture besides the masthead: editor credits, source credits, jump lines.
import ChineseText

/// Recognises the lines a page prints around its stories rather than in them: its production
/// credits (`责任编辑：张三`), a reprint's source (`（来源：北京日报）`) and where a story goes on
/// (`（上接第一版）`). The masthead is `Masthead`'s.
enum PageFurniture {
  /// The page's production credits: `责任编辑：张三`, `编辑 张三 校对 李四`, `美编 赵六`.
  static let editorRoles: [[Unicode.Scalar]] = [
    "责任编辑", "本版编辑", "编辑", "责编", "美编", "美术编辑", "校对", "版式", "版式设计", "组版", "制图", "视觉设计",
    "审核", "审校", "终审", "监制", "值班编辑", "设计",
  ].map { Array($0.unicodeScalars) }

  /// A line of production credits: roles, each followed by one to three names (two to four Han).
  static func isEditorCredit(_ text: [Unicode.Scalar]) -> Bool {
    // NB: the cheap test first, for every line: the line opens with a role.
    guard text.count <= Masthead.maxLength, editorRoles.contains(where: { text.starts(with: $0) }) else { return false }
    var names = -1  // names after the current role; -1 before the first role
    for token in text.split(whereSeparator: Masthead.separators.contains) {
      if editorRoles.contains(where: { $0.elementsEqual(token) }) {
        guard names != 0 else { return false }
        names = 0
      } else {
        guard names >= 0, names < 3, token.count >= 2, token.count <= 4, token.allSatisfy(\.isHan) else { return false }
        names += 1
      }
    }
    return names > 0
  }

  /// Words that open a source credit: `（来源：北京日报）`, `稿件来源：工人日报`, `原载《劳动午报》`.
  static let sourceWords = ["来源", "稿件来源", "本文来源", "新闻来源", "转自", "原载"].map { Array($0.unicodeScalars) }

  /// `（来源：北京日报）`: where a reprinted story first appeared, on a short line of its own.
  static func isSourceCredit(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count <= 30 else { return false }
    let inner = unbracketed(text)
    guard let word = sourceWords.first(where: { inner.starts(with: $0) }) else { return false }
    let rest = inner.dropFirst(word.count)
    guard let first = rest.first else { return false }
    // NB: 来源 opens many sentences (`来源于…`); only a colon or a quoted title after it is a credit.
    return (Punctuation.isColon(first) || first == "《") && !rest.contains { $0 == "，" || $0 == "。" || $0 == "," }
  }

  /// Words that open a jump line: where the story came from or goes on.
  static let jumpWords = ["上接", "下转", "紧接", "转", "接", "续"].map { Array($0.unicodeScalars) }

  /// `（上接第一版）`, `下转第3版`, `(转A2版)`: a story continued from or on another page.
  static func isJumpLine(_ text: [Unicode.Scalar]) -> Bool {
    let inner = unbracketed(text)
    guard inner.count <= 12, let word = jumpWords.first(where: { inner.starts(with: $0) }) else { return false }
    return Masthead.isEdition(inner.dropFirst(word.count))
  }

  /// The line without the brackets around it: `（上接第一版）` → `上接第一版`.
  static func unbracketed(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    var inner = text[...]
    while let first = inner.first, "(（【[".unicodeScalars.contains(first) { inner = inner.dropFirst() }
    while let last = inner.last, ")）】]".unicodeScalars.contains(last) { inner = inner.dropLast() }
    return inner
  }
}
