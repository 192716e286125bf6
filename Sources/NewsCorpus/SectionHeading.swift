// The heading of a section inside one story: a name in square brackets, or a numbered point's name.
import ChineseText

/// A year's review or a work report sets out its parts under short headings: a name in square
/// brackets (`【暖心伴考】`) or a point's number and name (`（一）暖心伴考不断线`, `2. 暖心驿站`,
/// `三、送温暖直达一线`); a union's post sets them after a pictograph (`📌 清凉物资送到手`). Under the story's body such a line is a cross-head of that story — a
/// newspaper's headline opens with neither — so its paragraphs keep the story's place and year; the
/// figures under it count for what the heading names (`CrossHeadSection` in Extraction).
public enum SectionHeading {
  /// The longest name a heading holds, in scalars, after its brackets or number.
  static let maxName = 12

  /// Whether `text` is only a section's heading.
  public static func isSectionName(_ text: [Unicode.Scalar]) -> Bool {
    var trimmed = text[...]
    while trimmed.first?.isHorizontalSpace == true { trimmed.removeFirst() }
    while trimmed.last?.isHorizontalSpace == true { trimmed.removeLast() }
    guard let name = bracketedName(trimmed) ?? numberedName(trimmed) ?? bulletedName(trimmed) else { return false }
    return fits(name) && !name.contains("【") && !name.contains("】")
  }

  /// Whether `text` is a post's section heading after a pictograph (`💡高考期间`): under a headline it
  /// opens the first section, not a subtitle.
  static func isBulletedName(_ text: [Unicode.Scalar]) -> Bool {
    bulletedName(text[...].drop { $0.isHorizontalSpace }).map(fits) ?? false
  }

  /// Whether a name is as long as a heading's.
  static func fits(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
    (2...maxName).contains(name.count)
  }

  /// The name inside `【…】`.
  static func bracketedName(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    guard text.count >= 2, text.first == "【", text.last == "】" else { return nil }
    return text.dropFirst().dropLast()
  }

  /// The name after a bullet or a post's pictograph (`📌 清凉物资送到手`, `🎈 往期回顾`, `◆ 驿站服务`), when
  /// it is only a name: an item that sets out a figure (`➤ 累计开展…120余场`) or a headline with its
  /// column's name (`🌞夏送清凉｜一瓶水、一把扇…`) is none.
  static func bulletedName(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    // NB: any pictograph may set a post's heading (`⛷ 数说冰雪季`), not only those that bullet its items.
    guard let first = text.first, Punctuation.isBullet(first) || (0x2600...0x27BF).contains(first.value) else { return nil }
    var rest = text.dropFirst()
    // NB: an emoji may carry its variation selector (`❄️`).
    while let next = rest.first, next.isHorizontalSpace || next.value == 0xFE0F { rest.removeFirst() }
    return isName(rest) ? rest : nil
  }

  /// Han words only, with spaces, quotes or a middle dot: no punctuation, no figure. The name may
  /// close with an aside in brackets that says what its rows count (`街乡排行（驿站数）`, `（单位：个）`).
  static func isName(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = words.first, !isPointNumeral(first) else { return false }
    let name = withoutAside(words)
    return !name.isEmpty && name.allSatisfy { $0.isHan || $0.isHorizontalSpace || "“”·".unicodeScalars.contains($0) }
  }

  /// `words` without the aside in brackets it closes with, if the aside holds only Han and colons.
  static func withoutAside(_ words: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    guard words.last == "）" || words.last == ")", let open = words.lastIndex(where: { $0 == "（" || $0 == "(" }),
      words[(open + 1)..<(words.endIndex - 1)].allSatisfy({ $0.isHan || Punctuation.isColon($0) })
    else { return words }
    return words[..<open]
  }

  /// Marks after a point's number: `一、`, `1.`, `1、`, `1．`.
  static let numberMarks: Set<Unicode.Scalar> = ["、", ".", "．"]

  /// The name after a point's number (`（一）`, `(1)`, `一、`, `2. `), when it is only a name: Han
  /// words with no sentence or clause punctuation and no figure.
  static func numberedName(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    guard var rest = afterPointNumber(text) else { return nil }
    while rest.first?.isHorizontalSpace == true { rest.removeFirst() }
    // NB: a list item sets out a figure or a sentence (`1.新建户外劳动者暖心驿站50家；`); a heading names,
    // and not with a number (`二、三名` lists ranks).
    return isName(rest) ? rest : nil
  }

  /// The words after the point's number `text` opens with (`（一）`, `(1)`, `一、`, `2.`, `1、`), or nil
  /// when it opens with none.
  public static func afterPointNumber(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    var rest = text
    let bracketed = rest.first == "（" || rest.first == "("
    if bracketed { rest = rest.dropFirst() }
    let numeral = rest.prefix { isPointNumeral($0) }
    guard (1...2).contains(numeral.count) else { return nil }
    rest = rest.dropFirst(numeral.count)
    if bracketed {
      guard rest.first == "）" || rest.first == ")" else { return nil }
    } else {
      guard let mark = rest.first, numberMarks.contains(mark) else { return nil }
      // NB: a decimal is no point's number (`1.2万人次`).
      if mark != "、", rest.dropFirst().first?.isASCIIDigit == true { return nil }
    }
    return rest.dropFirst()
  }

  /// A point's number: 一 … 十 or 1 … 9 (a digit run of two at most).
  /// NB: a `switch`, not a string's scalars: the first scalar of every row and paragraph is asked.
  static func isPointNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: false
    }
  }
}
