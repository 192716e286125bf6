// Mastheads and datelines: the page's own name, date and edition, never part of a story.
import ChineseText

/// Recognises a page's masthead (`北京日报 2019年7月2日 星期二 第5版`) from the words it is made of,
/// and reads the year it prints.
///
/// A masthead is a short line made only of a paper's name (…报), a date, a weekday, a lunar date,
/// an edition (`第5版`, `A3版`, `A05`), a page number and one or two section names (`要闻`), with a date or
/// an edition among them. A headline always says something more, so it never passes.
enum Masthead {
  /// The longest masthead, in scalars.
  static let maxLength = 48
  /// Scalars that separate a masthead's parts.
  static let separators: Set<Unicode.Scalar> = [" ", "\u{3000}", "·", "•", "|", "｜", "丨", ":", "：", "/", "、"]

  enum Part: Equatable {
    /// A date, with the year it states.
    case date(year: Int?)
    case weekday, edition, paper, lunar, section, pageNumber
    /// A word of the paper's name in capitals (`LAODONG WUBAO`, `BEIJING DAILY`, `WORKERS' DAILY`).
    case latinName
    /// A clock time after a post's date (`2026年1月10日 08:30`).
    case time

    var year: Int? { if case .date(let year) = self { year } else { nil } }
  }

  /// Whether the line is a masthead or a dateline of the page. `atPageTop`: the line opens the page.
  static func isMasthead(_ text: [Unicode.Scalar], atPageTop: Bool = false) -> Bool {
    // NB: the cheap test first, for every line, with room for the editors a banner may end with.
    guard mayBeMasthead(text, upTo: maxLength + creditsLength) else { return false }
    let text = withoutEditorCredit(text)
    guard mayBeMasthead(text), let parts = parts(of: text) else { return false }
    return isMasthead(parts, atPageTop: atPageTop)
  }

  /// The longest production credits a banner may end with, in scalars (`责任编辑：张岩 美编：李楠`).
  static let creditsLength = 24

  /// The line without the production credits a banner may end with (`… 要闻 责任编辑：张岩 美编：李楠`).
  static func withoutEditorCredit(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard let start = PageFurniture.editorCreditStart(text) else { return text }
    var end = start
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    return Array(text[..<end])
  }

  /// The parts make a masthead, or a name over a dated date at the page's top.
  static func isMasthead(_ parts: [Part], atPageTop: Bool) -> Bool {
    isMasthead(parts) || (atPageTop && isNameAndDate(parts)) || isPaperName(parts, atPageTop: atPageTop)
  }

  /// The paper's name with its name in capitals, in either order (`劳动午报 LAODONG WUBAO`,
  /// `WORKERS' DAILY 工人日报`); the name in capitals alone only where it opens the page (`BEIJING DAILY`).
  static func isPaperName(_ parts: [Part], atPageTop: Bool) -> Bool {
    guard parts.contains(.latinName), parts.allSatisfy({ $0 == .latinName || $0 == .paper }) else { return false }
    return parts.contains(.paper) || (atPageTop && parts.count >= 2)
  }

  /// A name the parts do not know, then a date with its year (`首都职工 2026年1月15日`, `职工之家 2025年第3期`):
  /// the line that opens a page so is its masthead. A headline never ends on a dated date.
  static func isNameAndDate(_ parts: [Part]) -> Bool {
    guard parts.count >= 2, parts[0] == .section, parts[1].year != nil else { return false }
    return parts.dropFirst(2).allSatisfy { $0 == .weekday || $0 == .edition || $0 == .lunar || $0 == .time }
  }

  /// A dated date alone, maybe with its weekday and time (`2023年9月15日`, `2026年1月10日 08:30`) and
  /// where it was sent from (`2024年6月9日 20:15 北京`): the line a post's date stands on.
  static func isPostDate(_ parts: [Part]) -> Bool {
    guard parts.first?.year != nil else { return false }
    var rest = parts.dropFirst()
    // NB: where the post was sent from may follow its time (`2024年6月9日 20:15 北京`).
    if rest.count >= 2, rest.last == .section, rest[rest.endIndex - 2] == .time { rest = rest.dropLast() }
    return rest.allSatisfy { $0 == .weekday || $0 == .time }
  }

  /// The line a post's header ends with: its date alone, or its account and date with the time
  /// (`海淀区总工会 2021年06月25日 07:45`), which no paper's masthead prints.
  static func isPostHeader(_ text: [Unicode.Scalar]) -> Bool {
    guard mayBeMasthead(text), let parts = parts(of: text) else { return false }
    return isPostDate(parts) || (parts.contains(.time) && isMasthead(parts))
  }

  /// `08:30`, `7:45`, `21:05:10`: the time a post went out.
  static func isClockTime(_ token: [Unicode.Scalar]) -> Bool {
    let fields = token.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3, fields[0].count <= 2 else { return false }
    return fields.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCIIDigit) }
      && fields.dropFirst().allSatisfy { $0.count == 2 }
  }

  /// The cheap test first, for every line of every page: a masthead is short, holds a date (月),
  /// an edition (版), an issue (期) or a paper's name (报), and no comma or sentence end, as body text does.
  static func mayBeMasthead(_ text: [Unicode.Scalar], upTo length: Int = maxLength) -> Bool {
    guard text.count <= length else { return false }
    var marked = false
    for scalar in text {
      switch scalar {
      case "，", "。", "；", "！", "？", ",", ";", "!", "?", "“", "”": return false
      case "月", "版", "报", "期", "-", ".": marked = true
      // NB: a paper's name in capitals (`LAODONG WUBAO`).
      default: if isCapital(scalar) { marked = true }
      }
    }
    return marked
  }

  static func isMasthead(_ parts: [Part]) -> Bool {
    let dated = parts.contains { $0.year != nil }
    // NB: a page number counts as an edition beside the paper's name (`劳动午报·要闻 3`).
    let edition = parts.contains(.edition) || (parts.contains(.paper) && parts.contains(.pageNumber))
    guard dated || edition else { return false }
    if parts.contains(.pageNumber), !parts.contains(.paper), !parts.contains(.section) { return false }
    guard parts.count(where: { $0 == .section }) <= 2 else { return false }
    // NB: a section name alone beside a date could be a short headline (`2024年5月1日 劳动最美`)
    // only if it were the sole other part; with a paper, a weekday or an edition it is furniture.
    let sections = parts.count(where: { $0 == .section })
    return sections == 0 || parts.count - sections >= 2 || edition
  }

  /// The line's parts, or nil when one of them is no masthead part.
  static func parts(of text: [Unicode.Scalar]) -> [Part]? {
    guard !text.isEmpty, text.count <= maxLength else { return nil }
    var parts: [Part] = []
    var token: [Unicode.Scalar] = []
    let padded = text + [" "]
    for (index, scalar) in padded.enumerated() {
      // NB: the colon of a clock time (`08:30`) holds its token together.
      let joinsTime = scalar == ":" && token.last?.isASCIIDigit == true && padded[index + 1].isASCIIDigit
      if separators.contains(scalar), !joinsTime {
        if !token.isEmpty {
          guard let part = gluedParts(token[...]) else { return nil }
          parts.append(contentsOf: part)
          token.removeAll(keepingCapacity: true)
        }
      } else {
        token.append(scalar)
      }
    }
    return parts.isEmpty ? nil : parts
  }

  /// The parts of a token, which may be several printed without a space between them
  /// (`北京日报2019年7月2日`, `要闻3`, `第5版要闻`): split where the script changes or after 报, 日, 版.
  static func gluedParts(_ token: ArraySlice<Unicode.Scalar>) -> [Part]? {
    if let whole = part(Array(token)) { return whole }
    var split = token.startIndex + 1
    while split < token.endIndex {
      let (before, after) = (token[split - 1], token[split])
      let boundary = before.isHan != after.isHan || before == "报" || before == "日" || before == "版"
      if boundary, let head = part(Array(token[..<split])), let tail = gluedParts(token[split...]) {
        return head + tail
      }
      split += 1
    }
    return nil
  }

  /// What one space-separated token is: a date may carry its weekday (`2019年7月2日星期二`).
  static func part(_ token: [Unicode.Scalar]) -> [Part]? {
    if let date = date(token) {
      if date.end == token.count { return [.date(year: date.year)] }
      return isWeekday(token[date.end...]) ? [.date(year: date.year), .weekday] : nil
    }
    if isWeekday(token[...]) { return [.weekday] }
    if isEdition(token[...]) { return [.edition] }
    if token.starts(with: "农历".unicodeScalars) { return [.lunar] }
    if token.count <= 3, token.allSatisfy(\.isASCIIDigit) { return [.pageNumber] }
    if isClockTime(token) { return [.time] }
    // NB: where a post was sent from (`2022-07-18 17:30 发表于北京`) goes with its time.
    if token.starts(with: "发表于".unicodeScalars), token.count <= 8 { return [.time] }
    if let issue = issue(token[...]) { return issue.year.map { [.date(year: $0), .edition] } ?? [.edition] }
    if isLatinName(token) { return [.latinName] }
    guard token.allSatisfy(\.isHan) else { return nil }
    // NB: a union's newsletter goes by its union's name (`昌平工会`, `门头沟区总工会 2024-07-15`).
    if isIssuer(token[...]) { return [.paper] }
    if token.count >= 2, token.count <= 8, token.last == "报" || paperEnds.contains(where: token[...].endsWithWord) { return [.paper] }
    return token.count >= 2 && token.count <= 6 ? [.section] : nil
  }

  /// A word in capitals, as a paper prints its name in Latin letters (`WUBAO`, `WORKERS'`).
  static func isLatinName(_ token: [Unicode.Scalar]) -> Bool {
    token.count >= 2 && isCapital(token[0]) && token.allSatisfy { isCapital($0) || $0 == "'" || $0 == "’" || $0 == "&" }
  }

  /// A Latin capital, A to Z. NB: compared by value: a range pattern over scalars is generic and slow.
  @inline(__always)
  static func isCapital(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

  /// `2019年7月2日`, `二〇一九年七月二日`, `7月2日`, `2019-07-02`, `2019.7.2`, `2019/7/2`: where the date ends,
  /// and its year if it states one.
  static func date(_ token: [Unicode.Scalar]) -> (end: Int, year: Int?)? {
    var index = 0
    func number(maxLength: Int) -> Int? {
      let start = index
      while index < token.count, index - start < maxLength,
        token[index].isASCIIDigit || ChineseNumeral.digit(token[index]) != nil || token[index] == "十"
      {
        index += 1
      }
      return index > start ? index - start : nil
    }
    if token.count > 4, token[0..<4].allSatisfy(\.isASCIIDigit), YearScan.isDateSeparator(token[4]) {
      // ISO, dotted and slashed dates, read as the text's are (`YearScan.numericDate`).
      guard let date = YearScan.numericDate(token, at: 0), case .explicit(let year, _) = date.kind else { return nil }
      return (date.range.upperBound, year)
    }
    var year: Int? = nil
    if let length = number(maxLength: 4), length == 4, index < token.count, token[index] == "年" {
      year = YearScan.year(token[0..<4])
      index += 1
    } else {
      index = 0
    }
    guard number(maxLength: 3) != nil, index < token.count, token[index] == "月" else { return nil }
    index += 1
    guard number(maxLength: 3) != nil, index < token.count, token[index] == "日" || token[index] == "号" else { return nil }
    return (index + 1, year)
  }

  /// The year a masthead prints (`北京日报 2019年7月2日 第5版` → 2019), if the line is one.
  static func printedYear(_ text: [Unicode.Scalar], atPageTop: Bool = false) -> (year: Int, parts: Int)? {
    guard mayBeMasthead(text, upTo: maxLength + creditsLength) else { return nil }
    let text = withoutEditorCredit(text)
    guard mayBeMasthead(text), let parts = parts(of: text), isMasthead(parts, atPageTop: atPageTop),
      let year = parts.lazy.compactMap(\.year).first
    else { return nil }
    return (year, parts.count)
  }

  /// Words that end a paper's name besides 报 (`通州时讯`, `工会周刊`).
  static let paperEnds = ["时讯", "周刊", "快讯"].map { Array($0.unicodeScalars) }

  /// Words that end a union's name, as a newsletter or a notice's issuer prints it.
  static let issuerEnds = ["工会", "工会委员会", "工会联合会", "工联会"].map { Array($0.unicodeScalars) }

  /// A union's name standing for its newsletter or notice (`怀柔区总工会`, `昌平工会`): Han only,
  /// ending with 工会 or a word for a union's committee.
  static func isIssuer(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
    (3...16).contains(token.count) && token.allSatisfy(\.isHan) && issuerEnds.contains(where: token.endsWithWord)
  }

  /// The union a masthead above the page's first text names (`门头沟区总工会 2024-07-15`), if any.
  static func issuer(in blocks: [Block]) -> String? {
    for block in blocks {
      switch block {
      case .label(let line):
        let text = line.normalized.scalars
        guard isMasthead(text) else { continue }
        // NB: the name may run into the date (`门头沟区总工会2024-07-15`), as the normaliser joins them.
        let names = text.split(whereSeparator: separators.contains).map { $0.prefix(while: \.isHan) }
        if let name = names.first(where: isIssuer) { return String(scalars: name) }
      case .paragraph: return nil
      default: continue
      }
    }
    return nil
  }

  /// A newsletter's issue number (`第6期`, `总第118期`, `2023年第6期(总第118期)`), with the year it
  /// states, if the token is one.
  static func issue(_ token: ArraySlice<Unicode.Scalar>) -> Issue? {
    guard token.contains("期") else { return nil }  // NB: most tokens; no filtered copy for them
    var rest = token.filter { $0 != "(" && $0 != ")" && $0 != "（" && $0 != "）" }[...]
    var year: Int? = nil
    if rest.count > 5, rest.prefix(4).allSatisfy(\.isASCIIDigit), rest[rest.startIndex + 4] == "年" {
      year = YearScan.year(rest.prefix(4))
      rest = rest.dropFirst(5)
    }
    var numbers = 0
    while !rest.isEmpty {
      if rest.first == "总" { rest = rest.dropFirst() }
      guard rest.first == "第" else { return nil }
      let digits = rest.dropFirst().prefix { $0.isASCIIDigit || ChineseNumeral.digit($0) != nil || $0 == "十" }
      rest = rest.dropFirst(1 + digits.count)
      guard !digits.isEmpty, rest.first == "期" else { return nil }
      rest = rest.dropFirst()
      numbers += 1
    }
    return numbers > 0 ? Issue(year: year) : nil
  }

  /// A newsletter's issue: the year it states, if any.
  struct Issue { var year: Int? }

  /// 星期二, 周二, 礼拜二.
  static func isWeekday(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
    let days = "一二三四五六日天".unicodeScalars
    guard let last = token.last, days.contains(last) else { return false }
    let head = token.dropLast()
    return head.elementsEqual("星期".unicodeScalars) || head.elementsEqual("周".unicodeScalars)
      || head.elementsEqual("礼拜".unicodeScalars)
  }

  /// `第5版`, `第05版`, `第五版`, `A3版`, `5版`, and a lettered page without 版 (`A05`, `B3`).
  static func isEdition(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
    var rest = token
    if let first = rest.first, first.isASCII, first.properties.isUppercase, rest.count >= 2, rest.count <= 4,
      rest.dropFirst().allSatisfy(\.isASCIIDigit)
    {
      return true
    }
    guard rest.last == "版" else { return false }
    rest = rest.dropLast()
    if rest.first == "第" { rest = rest.dropFirst() }
    if let first = rest.first, first.isASCII, first.properties.isUppercase { rest = rest.dropFirst() }
    return !rest.isEmpty && rest.count <= 3
      && rest.allSatisfy { $0.isASCIIDigit || ChineseNumeral.digit($0) != nil || $0 == "十" }
  }
}
