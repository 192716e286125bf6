// Recognises bylines by their shape: dateline brackets, standalone credit lines, photo credits.
import ChineseText

/// A byline found at the start of a line.
struct LeadingByline: Sendable {
  var byline: Byline
  /// Normalised scalars the byline takes up, from the start of the line.
  var length: Int
  /// The bracket is still open at the end of the line (`本报讯（记者甲 实习` / `生乙）…`).
  var isOpen: Bool
}

/// Byline shapes, read from normalised line text.
enum BylineParser {
  /// The longest dateline before the bracket: `本报讯`, `新华社北京8月1日电`, `中工网讯`.
  static let maxDatelineLength = 16
  /// The longest standalone credit line, in scalars.
  static let maxStandaloneLength = 40
  /// How far from the end of a line a photo credit may start.
  static let maxCreditLength = 30

  /// `本报讯（记者 甲 通讯员 乙）…` or `本报讯(记者甲)…`: a dateline ending in 讯 or 电, then a
  /// bracket that opens with a role word.
  static func leading(_ text: [Unicode.Scalar]) -> LeadingByline? {
    var index = 0
    while index < min(text.count, maxDatelineLength), text[index] != "讯", text[index] != "电" {
      let s = text[index]
      if Punctuation.endsSentence(s) || Punctuation.splitsClause(s) || s == "(" { return nil }
      index += 1
    }
    guard index < text.count, index > 0, text[index] == "讯" || text[index] == "电" else { return nil }
    let (mark, outlet) = (text[index], text[index - 1])
    let place = datelinePlace(text[..<index])
    index += 1
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    guard index < text.count, text[index] == "(" || text[index] == "【" else {
      // NB: a bare dateline (`本报讯 今年…`, `中工网讯 …`) still opens an article; only an outlet
      // word before 讯 makes it one, so `喜讯传来` and `通讯员` stay text.
      let isBareDateline = mark == "讯" && "报刊网".unicodeScalars.contains(outlet) && index < text.count
      let isPlacedDateline = mark == "讯" && place != nil && index < text.count
      return isBareDateline || isPlacedDateline ? LeadingByline(byline: Byline(dateline: place), length: index, isOpen: false) : nil
    }
    let inside = index + 1
    guard BylineRole.match(text, at: inside) != nil else { return nil }
    var close = inside
    while close < text.count, text[close] != ")", text[close] != "】" { close += 1 }
    let isOpen = close >= text.count
    let credits = Array(text[inside..<min(close, text.count)])
    guard var byline = BylineRole.parseCredits(trimmed(credits)) ?? partialCredits(credits, isOpen: isOpen)
    else { return nil }
    byline.dateline = place
    return LeadingByline(byline: byline, length: isOpen ? text.count : close + 1, isOpen: isOpen)
  }

  /// The place a paper's own dateline names between 本报 and 讯 (`本报延庆讯` → 延庆), two to four Han.
  static func datelinePlace(_ dateline: ArraySlice<Unicode.Scalar>) -> String? {
    let ownPaper: [Unicode.Scalar] = ["本", "报"]
    guard dateline.starts(with: ownPaper) else { return nil }
    let place = dateline.dropFirst(ownPaper.count)
    return (2...4).contains(place.count) && place.allSatisfy(\.isHan) ? String(scalars: place) : nil
  }

  /// The rest of an open byline bracket on the next line: `生谢迟）近日，…`.
  static func closing(_ text: [Unicode.Scalar], continuing previous: [Unicode.Scalar]) -> LeadingByline? {
    guard let close = text.prefix(maxStandaloneLength).firstIndex(where: { $0 == ")" || $0 == "】" }) else {
      return nil
    }
    let credits = trimmed(previous + Array(text[..<close]))
    guard let byline = BylineRole.parseCredits(credits) else { return nil }
    return LeadingByline(byline: byline, length: close + 1, isOpen: false)
  }

  /// The credits of an open bracket read so far (the last name may be cut by the line break).
  static func partialCredits(_ credits: [Unicode.Scalar], isOpen: Bool) -> Byline? {
    guard isOpen else { return nil }
    var text = trimmed(credits)
    while let last = text.last, last.isHan { text.removeLast() }
    return BylineRole.parseCredits(trimmed(text)) ?? Byline()
  }

  /// A line that is nothing but credits: `本报记者 赖志凯`, `本报记者 甲 乙 本报通讯员 丙`,
  /// `某某网记者 甲`, or an author's mark `□甲`.
  static func standalone(_ text: [Unicode.Scalar]) -> Byline? {
    guard !text.isEmpty, text.count <= maxStandaloneLength, trailingCredit(text) == nil else { return nil }
    // NB: `文/图 本报记者 甲` says who wrote and photographed; the credit after it is the byline.
    if let kind = creditKinds.first(where: { text.starts(with: $0) }), text.count > kind.count, text[kind.count].isHorizontalSpace {
      return standalone(trimmed(Array(text[kind.count...])))
    }
    // `文/本报记者 甲 图/本报记者 乙` (or `摄/`): the writer's credit, then the photographer's.
    if text.count > 2, text[0] == "文", isSlash(text[1]) {
      let rest = Array(text[2...])
      guard let photo = photoCreditStart(in: rest) else { return standalone(trimmed(rest)) }
      guard var byline = standalone(trimmed(Array(rest[..<photo]))) else { return nil }
      if let taken = standalone(trimmed(Array(rest[(photo + 2)...]))) {
        byline.photographers += taken.reporters + taken.correspondents + taken.photographers
      }
      return byline
    }
    if let mark = text.first, isAuthorMark(mark) || Punctuation.isBullet(mark) {
      let rest = trimmed(Array(text.dropFirst()))
      if isAuthorMark(mark), (2...maxMarkedName).contains(rest.count), rest.allSatisfy(\.isHan) {
        return Byline(reporters: [String(scalars: rest)])
      }
      // NB: a byline set off by a bullet (`■本报记者 甲 通讯员 乙`) is still a byline.
      return rest.isEmpty ? nil : standalone(rest)
    }
    // NB: the role word is checked first; reading credits is the costly test and rarely passes.
    if BylineRole.match(text, at: 0) != nil, let credit = BylineRole.parseCredits(text) {
      return credit
    }
    // An outlet before the role word: `中工网记者 甲`.
    for start in 1..<min(7, text.count) where BylineRole.match(text, at: start) != nil {
      guard text[..<start].allSatisfy(\.isHan) else { break }
      return BylineRole.parseCredits(Array(text[start...]))
    }
    return nil
  }

  static func isSlash(_ scalar: Unicode.Scalar) -> Bool { scalar == "/" || scalar == "／" }

  /// Where ` 图/` or ` 摄/` starts the photographer's credit in a writer's credit, if it does.
  static func photoCreditStart(in text: [Unicode.Scalar]) -> Int? {
    var index = 1
    while index + 1 < text.count {
      if text[index] == "图" || text[index] == "摄", isSlash(text[index + 1]), text[index - 1].isHorizontalSpace { return index }
      index += 1
    }
    return nil
  }

  /// What a byline may open with to say what its people did: `文/图`, `图/文`, `文`, `图`.
  static let creditKinds = ["文/图", "图/文", "文｜图", "图｜文", "文|图", "图|文", "图文", "文图", "文", "图"].map { Array($0.unicodeScalars) }

  /// The longest name that stands alone after an author's mark (`■张岩`): four Han after one are a
  /// box's heading as often (`■ 驿站总量` over its rows).
  static let maxMarkedName = 3

  /// `□ ■ ◎ ○ ●`: marks set before an author's name.
  static func isAuthorMark(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "□", "■", "◎", "○", "●", "◇", "◆": return true
    default: return false
    }
  }

  /// What ends a photo credit: `摄影报道`, `摄影`, `摄`.
  static let creditSuffixes: [[Unicode.Scalar]] = [Array("摄影报道".unicodeScalars), Array("摄影".unicodeScalars), ["摄"]]
  static let creditSuffixEnds = creditSuffixes.compactMap(\.last)

  /// A photo credit ending the line: `本报记者 甲 摄`, `本报通讯员 甲 摄影报道`, or a bracketed supply
  /// after a sentence (`（通州区总工会供图）`); its start offset.
  static func trailingCredit(_ text: [Unicode.Scalar]) -> (byline: Byline, start: Int)? {
    var end = text.count
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    if end > 0, text[end - 1] == ")" { return suppliedPhoto(text, end: end) }
    if end > 0, text[end - 1].isHan, let source = photoSource(text, end: end) { return source }
    // NB: most lines end in none of the suffixes' last scalars; they fail here at once.
    guard end > 0, creditSuffixEnds.contains(text[end - 1]) else { return nil }
    guard let suffix = creditSuffixes.first(where: { end >= $0.count && text[(end - $0.count)..<end].elementsEqual($0) })
    else { return nil }
    let creditEnd = end - suffix.count
    let lower = max(0, creditEnd - maxCreditLength)
    // The credit starts at a role word that follows the line start, a space or a sentence end.
    for start in lower..<creditEnd {
      guard BylineRole.match(text, at: start) != nil else { continue }
      let before = start == 0 ? " " : text[start - 1]
      guard before.isHorizontalSpace || Punctuation.endsSentence(before) || Punctuation.closes(before) else {
        continue
      }
      if let credit = BylineRole.parseCredits(trimmed(Array(text[start..<creditEnd])), asPhotographers: true) {
        return (credit, start)
      }
    }
    return nil
  }

  /// The longest supplier a bracketed photo credit names, in scalars.
  static let maxSupplier = 20
  static let supplyWords = ["供图", "供稿图"].map { Array($0.unicodeScalars) }

  /// `…现场。（通州区总工会供图）`: who supplied the photo the text is the caption of, in brackets after a
  /// sentence end, up to `end`; the supplier stands as the photographer.
  static func suppliedPhoto(_ text: [Unicode.Scalar], end: Int) -> (byline: Byline, start: Int)? {
    guard let open = text[..<end].lastIndex(of: "("), open > 0, Punctuation.endsSentence(text[open - 1]) else { return nil }
    var inside = trimmed(Array(text[(open + 1)..<(end - 1)]))
    guard let word = supplyWords.first(where: { inside[...].endsWithWord($0) }) else { return nil }
    inside = trimmed(Array(inside.dropLast(word.count)))
    guard !inside.isEmpty, inside.count <= maxSupplier, inside.allSatisfy({ $0.isHan || $0.isHorizontalSpace }) else { return nil }
    return (Byline(photographers: [String(scalars: inside[...])]), open)
  }

  /// Words that name where a photo came from: `图片来源：西城区总工会`, `图源：视觉中国`.
  static let photoSourceWords = ["图片来源", "图源", "图片提供"].map { Array($0.unicodeScalars) }

  /// `图为…。 图片来源：西城区总工会`: where the photo the text is the caption of came from, after a
  /// sentence end or a space, up to `end`; the source stands as the photographer.
  static func photoSource(_ text: [Unicode.Scalar], end: Int) -> (byline: Byline, start: Int)? {
    // NB: a plain loop back to a colon after 源 or 供: asked of every line that ends with Han.
    var colon = end - 1
    while colon >= max(1, end - maxSupplier - 1), !(Punctuation.isColon(text[colon]) && (text[colon - 1] == "源" || text[colon - 1] == "供")) {
      colon -= 1
    }
    guard colon >= max(1, end - maxSupplier - 1) else { return nil }
    guard let word = photoSourceWords.first(where: { text[..<colon].endsWithWord($0) }) else { return nil }
    let start = colon - word.count
    guard start > 0, text[start - 1].isHorizontalSpace || Punctuation.endsSentence(text[start - 1]) else { return nil }
    let source = trimmed(Array(text[(colon + 1)..<end]))
    guard !source.isEmpty, source.allSatisfy({ $0.isHan || $0.isHorizontalSpace }) else { return nil }
    return (Byline(photographers: [String(scalars: source[...])]), start)
  }

  /// `（作者单位：…）` ending the line: the unit and the offset where the bracket opens.
  static func trailingUnit(_ text: [Unicode.Scalar]) -> (unit: String, start: Int)? {
    var end = text.count
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    guard end > 0, text[end - 1] == ")" else { return nil }
    guard let open = text[..<end].lastIndex(of: "(") else { return nil }
    let inside = Array(text[(open + 1)..<(end - 1)])
    let label = Array("作者单位".unicodeScalars)
    guard inside.starts(with: label), inside.count > label.count + 1, inside[label.count] == ":" else {
      return nil
    }
    let unit = trimmed(Array(inside[(label.count + 1)...]))
    return (String(scalars: unit), open)
  }

  /// A bracketed line of its own that signs the story above it: a byline (`（本报记者 孙悦）`) or the
  /// unit that supplied it (`（区总工会宣传部 供稿）`).
  enum ClosingLine: Equatable {
    case byline(Byline)
    case supplier(String)
  }

  /// Words that end a supplier's credit.
  static let supplierWords = ["供稿", "撰稿", "供图", "整理"].map { Array($0.unicodeScalars) }

  /// The closing credit the whole line is, if it is one: brackets around a byline or a supplier.
  static func closingLine(_ text: [Unicode.Scalar]) -> ClosingLine? {
    guard let first = text.first, first == "(" || first == "（", text.count <= maxStandaloneLength + 2 else { return nil }
    var end = text.count
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    guard end > 2, text[end - 1] == ")" || text[end - 1] == "）" else { return nil }
    let inner = trimmed(Array(text[1..<(end - 1)]))
    guard !inner.contains(where: { $0 == "(" || $0 == ")" || Punctuation.endsSentence($0) }) else { return nil }
    if let word = supplierWords.first(where: inner[...].endsWithWord) {
      let supplier = trimmed(Array(inner.dropLast(word.count)))
      return supplier.isEmpty ? nil : .supplier(String(scalars: supplier))
    }
    // NB: bare names sign the story too (`（张玺）` under its last paragraph), as a brief's do.
    if let names = signedNames(inner[...]) { return .byline(Byline(reporters: names)) }
    return standalone(inner).map(ClosingLine.byline)
  }

  /// Parenthesised words after a sentence end that are editorial notes, not a signature.
  static let notSignatures: Set<String> = ["完", "待续", "未完待续", "续完", "摘编", "综合", "有删节", "资料图", "节选", "图片"]
  /// Words no signed name holds: roles and credits (`（本报记者）`, `（摄影报道）`, `（网络供图）`).
  static let notInSignatures = ["记者", "通讯员", "本报", "编辑", "摄影", "报道", "来源", "供图", "图片", "资料", "整理"]

  /// `…惠及户外劳动者5000余人。（王芳）` or `（王芳 李强）`: a brief signed with its author's name in
  /// brackets after its last sentence: the names (2 to 4 Han each, at most three) and the offset
  /// where the bracket opens.
  static func trailingSignature(_ text: [Unicode.Scalar]) -> (byline: Byline, start: Int)? {
    guard let bracket = bracketAfterSentence(text[...]),
      let names = signedNames(text[(bracket.lowerBound + 1)..<(bracket.upperBound - 1)])
    else { return nil }
    return (Byline(reporters: names), bracket.lowerBound)
  }

  /// The names a bracket signs with (`王芳`, `王芳 李强`): one to three, 2 to 4 Han each, none an
  /// editorial note (`完`) or a role (`记者`); nil for anything else.
  static func signedNames(_ inner: ArraySlice<Unicode.Scalar>) -> [String]? {
    let names = inner.split { $0.isHorizontalSpace || $0 == "、" }.map { String(scalars: $0) }
    guard (1...3).contains(names.count),
      names.allSatisfy({ (2...4).contains($0.unicodeScalars.count) && $0.unicodeScalars.allSatisfy(\.isHan) }),
      !names.contains(where: notSignatures.contains),
      !names.contains(where: { name in notInSignatures.contains { name.contains($0) } })
    else { return nil }
    return names
  }

  /// Whether `text` ends with a bracket right after a sentence end (`…开展健步走活动。（待续）`): a note
  /// after the last sentence, which ends the paragraph as the sentence would.
  static func endsWithNoteAfterSentence(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    bracketAfterSentence(text) != nil
  }

  /// The bracket (`(` to `)`, folded) that ends `text` right after a sentence end or a closing quote,
  /// trailing spaces aside: a signature or a note after the last sentence.
  /// NB: not after another bracket: a row of bracketed cells is a table header's lower row, whose
  /// last cell is a measure word (`(支)(辆)(小时)`), not a name.
  static func bracketAfterSentence(_ text: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
    var end = text.endIndex
    while end > text.startIndex, text[end - 1].isHorizontalSpace { end -= 1 }
    guard end > text.startIndex, text[end - 1] == ")", let open = text[..<end].lastIndex(of: "("), open > text.startIndex,
      Punctuation.endsSentence(text[open - 1]) || (Punctuation.closes(text[open - 1]) && text[open - 1] != ")")
    else { return nil }
    return open..<end
  }

  static func trimmed(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var slice = text[...]
    while let first = slice.first, first.isHorizontalSpace { slice = slice.dropFirst() }
    while let last = slice.last, last.isHorizontalSpace { slice = slice.dropLast() }
    return Array(slice)
  }
}
