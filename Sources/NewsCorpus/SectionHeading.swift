// The heading of a section inside one story: a name in square brackets, or a numbered point's name.
import ChineseText

/// A year's review or a work report sets out its parts under short headings: a name in square
/// brackets (`【暖心伴考】`) or a point's number and name (`（一）暖心伴考不断线`, `2. 暖心驿站`,
/// `三、送温暖直达一线`). Under the story's body such a line is a cross-head of that story — a
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
    if let name = bracketedName(trimmed) ?? numberedName(trimmed) {
      return (2...maxName).contains(name.count) && !name.contains("【") && !name.contains("】")
    }
    return false
  }

  /// The name inside `【…】`.
  static func bracketedName(_ text: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
    guard text.count >= 2, text.first == "【", text.last == "】" else { return nil }
    return text.dropFirst().dropLast()
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
    guard let first = rest.first, !isPointNumeral(first),
      rest.allSatisfy({ $0.isHan || $0.isHorizontalSpace || "“”·".unicodeScalars.contains($0) })
    else { return nil }
    return rest
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
  static func isPointNumeral(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCIIDigit || "一二三四五六七八九十".unicodeScalars.contains(scalar)
  }
}
