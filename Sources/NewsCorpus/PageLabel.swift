// Column labels, diary datelines and the labels a title line may carry: 原标题：…, 旧宫镇：….
import ChineseText

/// Recognises the short labels a page prints over or beside a column.
enum PageLabel {
  /// The longest label, in Han scalars.
  static let maxLabelLength = 8

  /// Words that end a column label: 日记 (diary), 手记 (notes), 的话 (editor's words), 编者按, 短评….
  static let labelEndings: [[Unicode.Scalar]] = [
    "日记", "手记", "札记", "随笔", "的话", "编者按", "编后", "短评", "快评", "时评", "述评", "速递", "快讯", "链接", "图说",
  ].map { Array($0.unicodeScalars) }

  /// `蹲点日记`, `开栏的话`, or a series name `某某·某篇`.
  static func isColumnLabel(_ text: [Unicode.Scalar]) -> Bool {
    let han = text.count(where: \.isHan)
    guard han >= 2, han <= maxLabelLength + 4, text.allSatisfy({ $0.isHan || $0 == "·" || $0 == " " }) else {
      return false
    }
    if text.contains("·"), text.last == "篇" { return true }
    return han <= maxLabelLength && labelEndings.contains(where: text[...].endsWithWord)
  }

  /// Marks a label may be framed with.
  static func isLabelFrame(_ scalar: Unicode.Scalar) -> Bool {
    Punctuation.isDash(scalar) || scalar == "【" || scalar == "】" || scalar == "[" || scalar == "]" || scalar.isHorizontalSpace
  }

  /// Words that end the name of a news-in-brief column: `工会动态`, `基层传真`, `工会简讯`.
  static let columnNameEndings: [[Unicode.Scalar]] = ["动态", "简讯", "短讯", "传真", "播报", "扫描", "集锦"].map {
    Array($0.unicodeScalars)
  }

  /// A news-in-brief column's name, printed over its items' titles (or over briefs that have none):
  /// three to eight Han ending in a column word. It is the kicker of the title under it.
  static func isColumnName(_ text: [Unicode.Scalar]) -> Bool {
    if isRelatedStoryName(text) { return true }
    guard text.count >= 3, text.count <= maxLabelLength, text.allSatisfy(\.isHan) else { return false }
    return columnNameEndings.contains(where: text[...].endsWithWord)
  }

  /// Names over a story related to the one before (`—— 延伸阅读 ——`, `相关新闻`, `图片新闻`): the next
  /// story's kicker, maybe set between dashes or in brackets.
  static let relatedStoryNames: [[Unicode.Scalar]] = ["延伸阅读", "相关阅读", "拓展阅读", "相关新闻", "相关链接", "图片新闻"]
    .map { Array($0.unicodeScalars) }

  static func isRelatedStoryName(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count <= maxLabelLength + 6 else { return false }
    var name = text[...]
    while let first = name.first, isLabelFrame(first) { name = name.dropFirst() }
    while let last = name.last, isLabelFrame(last) { name = name.dropLast() }
    return relatedStoryNames.contains { name.elementsEqual($0) }
  }

  /// Words that end an editor's-note label.
  static let noteEndings = ["的话", "编者按", "编后"].map { Array($0.unicodeScalars) }

  /// Labels that title an editor's note: `开栏的话`, `编者按`, `编后`.
  static func isNoteLabel(_ text: [Unicode.Scalar]) -> Bool {
    return text.count <= maxLabelLength && noteEndings.contains(where: text[...].endsWithWord)
  }

  /// Place suffixes a headline's leading place name ends with (`旧宫镇:暖心驿站开到劳动者身边`).
  static let placeSuffixes = ["镇", "乡", "区", "县", "村", "街道", "社区", "地区"].map { Array($0.unicodeScalars) }

  /// Where the colon after a headline's leading place name stands (`博兴街道：…`, `海淀：…`), if the
  /// line opens so: two to four Han, or up to six ending in a place suffix, then a colon.
  static func placeColon(_ text: [Unicode.Scalar]) -> Int? {
    guard let colon = text.prefix(7).firstIndex(where: Punctuation.isColon), colon >= 2, colon + 1 < text.count else {
      return nil
    }
    let name = text[..<colon]
    // NB: a district's short name (`海淀：`) has no suffix; two to four Han stand for it.
    guard name.allSatisfy(\.isHan), name.count <= 4 || placeSuffixes.contains(where: name.endsWithWord)
    else { return nil }
    return colon
  }

  /// Labels before a reprinted story's own title: `原标题：北京工会“暖心伴考”服务全面启动`.
  static let originalTitleLabels = ["原标题", "原题"].map { Array($0.unicodeScalars) }

  /// Where the title starts after an original-title label and its colon, if the line opens so.
  static func originalTitle(_ text: [Unicode.Scalar]) -> Int? {
    guard let label = originalTitleLabels.first(where: { text.starts(with: $0) }), text.count > label.count + 1,
      Punctuation.isColon(text[label.count])
    else { return nil }
    var from = label.count + 1
    while from < text.count, text[from].isHorizontalSpace { from += 1 }
    return from < text.count ? from : nil
  }

  /// A diary dateline: `8月8日 星期一 晴` (month, day, weekday, maybe the weather).
  static func isDateline(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count <= 20 else { return false }
    var index = 0
    func digits() -> Bool {
      let start = index
      while index < text.count, text[index].isASCIIDigit { index += 1 }
      return index > start && index - start <= 2
    }
    guard digits(), index < text.count, text[index] == "月" else { return false }
    index += 1
    guard digits(), index < text.count, text[index] == "日" else { return false }
    index += 1
    while index < text.count, text[index] == " " { index += 1 }
    guard index + 2 < text.count || index + 1 < text.count else { return false }
    let weekday = text[index...].starts(with: "星期".unicodeScalars) || text[index...].starts(with: "周".unicodeScalars)
    return weekday && !text.contains(where: { Punctuation.endsSentence($0) || Punctuation.splitsClause($0) })
  }
}
