// Page furniture besides the masthead: editor credits, source credits, jump lines.
import ChineseText

/// Recognises the lines a page prints around its stories rather than in them: its production
/// credits (`责任编辑：张三`), a reprint's source (`（来源：北京日报）`) and where a story goes on
/// (`（上接第一版）`). The masthead is `Masthead`'s.
enum PageFurniture {
  /// The page's production credits: `责任编辑：张三`, `编辑 张三 校对 李四`, `美编 赵六`.
  static let editorRoles: [[Unicode.Scalar]] = [
    "责任编辑", "本版编辑", "本版责编", "编辑", "责编", "美编", "美术编辑", "校对", "版式", "版式设计", "组版", "制图", "视觉设计",
    "审核", "审校", "终审", "监制", "值班编辑", "设计",
  ].map { Array($0.unicodeScalars) }

  /// Roles printed glued to their name (`本版编辑周宁`).
  static let gluedRoles: [[Unicode.Scalar]] = ["责任编辑", "本版编辑", "美术编辑", "值班编辑"].map { Array($0.unicodeScalars) }

  /// A line of production credits: roles, each followed by one to three names (two to four Han).
  static func isEditorCredit(_ text: [Unicode.Scalar]) -> Bool {
    // NB: the cheap test first, for every line: the line opens with a role.
    guard text.count <= Masthead.maxLength, editorRoles.contains(where: { text.starts(with: $0) }) else { return false }
    if readsAsCredits(text.split(whereSeparator: Masthead.separators.contains)) { return true }
    // NB: the normaliser joins letter-spaced names to the roles around them (`本版责编　李　晓　　美编　王　芳` →
    // `本版责编李晓美编王芳`); cut at the roles, when the line names two of them.
    let cut = text.split(whereSeparator: Masthead.separators.contains).flatMap(cutAtRoles)
    let roles = cut.filter { token in cuttingRoles.contains { $0.elementsEqual(token) } }
    return roles.count >= 2 && roles.contains { $0.contains("编") } && readsAsCredits(cut)
  }

  /// The roles a glued credit line is cut at (`本版编辑周岩校对孙琳` → 本版编辑 周岩 校对 孙琳): all but 设计 and
  /// 制图, which may open a word; the line must name an editor (编) too. Longest first, so that the
  /// first that matches is the longest (`本版责编` before `责编`).
  static let cuttingRoles = editorRoles.filter { role in !["设计", "制图"].contains { $0.unicodeScalars.elementsEqual(role) } }
    .sorted { $0.count > $1.count }

  /// A token cut where each role starts (`本版责编李晓美编王芳` → 本版责编 李晓 美编 王芳).
  static func cutAtRoles(_ token: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
    var pieces: [ArraySlice<Unicode.Scalar>] = []
    var start = token.startIndex
    var index = token.startIndex
    while index < token.endIndex {
      let rest = token[index...]
      guard let role = cuttingRoles.first(where: { rest.starts(with: $0) }) else {
        index += 1
        continue
      }
      if start < index { pieces.append(token[start..<index]) }
      pieces.append(token[index..<(index + role.count)])
      index += role.count
      start = index
    }
    if start < token.endIndex { pieces.append(token[start...]) }
    return pieces
  }

  /// Whether the tokens are roles, each followed by one to three names.
  static func readsAsCredits(_ tokens: [ArraySlice<Unicode.Scalar>]) -> Bool {
    var names = -1  // names after the current role; -1 before the first role
    for token in tokens {
      if editorRoles.contains(where: { $0.elementsEqual(token) }) {
        guard names != 0 else { return false }
        names = 0
      } else if let role = gluedRoles.first(where: { token.starts(with: $0) }), (2...4).contains(token.count - role.count),
        token.dropFirst(role.count).allSatisfy(\.isHan)
      {
        // NB: an editor's role glued to the one name (`本版编辑周宁`); only the four-Han roles, so
        // that no word opening with 编辑 or 设计 (`设计大赛`) reads as a credit.
        guard names != 0 else { return false }
        names = 1
      } else {
        guard names >= 0, names < 3, token.count >= 2, token.count <= 4, token.allSatisfy(\.isHan) else { return false }
        names += 1
      }
    }
    return names > 0
  }

  /// Where a line's trailing production credits start (`劳动午报 2023年6月8日 第3版 责任编辑：张岩`),
  /// after a space, if the line ends with them; only credits with an editor (编) are looked for.
  static func editorCreditStart(_ text: [Unicode.Scalar]) -> Int? {
    guard text.contains("编") else { return nil }
    for index in text.indices.dropFirst() where text[index - 1].isHorizontalSpace {
      guard editorRoles.contains(where: { text[index...].starts(with: $0) }) else { continue }
      if isEditorCredit(Array(text[index...])) { return index }
    }
    return nil
  }

  /// The most scalars of a page's section name before its editors (`区县传真`, `职工之家`).
  static let sectionNameLength = 8

  /// A page's section banner with its production credits (`5  区县传真    本版编辑 周岩  校对 孙琳`,
  /// `职 工 之 家    责编 马骏  版式 王欣`): a page number and a short name, then the credits.
  static func isSectionBanner(_ text: [Unicode.Scalar]) -> Bool {
    // NB: the cheap test first, for every line: short enough, and an editor's 编 in it.
    guard text.count <= Masthead.maxLength, let start = editorCreditStart(text) else { return false }
    var name = text[..<start].filter { !$0.isHorizontalSpace }[...]
    name = name.drop(while: \.isASCIIDigit)
    return !name.isEmpty && name.count <= sectionNameLength && name.allSatisfy(\.isHan)
  }

  /// Dashes a printed page number stands between (`— 2 —`, `-5-`, `－3－`).
  static let pageNumberDashes: Set<Unicode.Scalar> = ["-", "—", "–", "―", "─", "－", "﹣", "━"]

  /// A page number set on a line of its own at the foot or head of a printed page, as a report or a
  /// PDF carries it into a dump (`— 2 —`, `-5-`, `第 3 页`, `第2页 共10页`, `（第1页　共3页）`, `共3页 第1页`).
  /// The text runs on across it: it is not a line of the story, nor a break between two.
  static func isPageNumber(_ text: [Unicode.Scalar]) -> Bool {
    // NB: asked of every line: its first scalar rules out almost all.
    guard let first = text.first, text.count <= 20,
      pageNumberDashes.contains(first) || first == "第" || first == "共" || isOpeningBracket(first)
    else { return false }
    var rest = text[...].filter { !$0.isHorizontalSpace }[...]
    if pageNumberDashes.contains(first) {
      let leading = rest.prefix(while: pageNumberDashes.contains).count
      let trailing = rest.reversed().prefix(while: pageNumberDashes.contains).count
      guard leading <= 2, trailing >= 1, trailing <= 2, rest.count > leading + trailing else { return false }
      let number = rest.dropFirst(leading).dropLast(trailing)
      return number.count <= 3 && number.allSatisfy(\.isASCIIDigit)
    }
    // `第N页`, perhaps with `共M页` before or after it (across a slash or comma), perhaps in brackets.
    if isOpeningBracket(first) {
      guard let last = rest.last, isClosingBracket(last) else { return false }
      rest = unbracketed(Array(rest))
    }
    var pages = 0
    var ownNumber = false
    while let word = rest.first, word == "第" || word == "共" {
      let digits = rest.dropFirst().prefix(while: \.isASCIIDigit)
      guard (1...4).contains(digits.count), rest.dropFirst(1 + digits.count).first == "页" else { return false }
      rest = rest.dropFirst(2 + digits.count)
      while let mark = rest.first, mark == "/" || mark == "," || mark == "，" || mark == "、" { rest = rest.dropFirst() }
      pages += 1
      ownNumber = ownNumber || word == "第"
    }
    // NB: `共10页` alone counts a document's pages; it numbers none.
    return pages > 0 && ownNumber && rest.isEmpty
  }

  /// Brackets a document number prints its year in: `京工发〔2024〕3号`, `[2023]`, `（2022）`.
  static func isYearBracket(_ scalar: Unicode.Scalar, opening: Bool) -> Bool {
    opening ? (scalar == "〔" || scalar == "［" || isOpeningBracket(scalar)) : (scalar == "〕" || scalar == "］" || isClosingBracket(scalar))
  }

  /// The most Han of an issuer's abbreviation before a document number's year (`京建工宣`, `京总工办发`).
  static let documentIssuerLength = 10

  /// An official document's number on a line of its own (`京建工宣〔2021〕17号`, `京总工办发[2023]12号`):
  /// the issuer's abbreviation, the year in brackets, the number and 号. It heads a notice or a press
  /// release; it is no headline.
  static func isDocumentNumber(_ text: [Unicode.Scalar]) -> Bool {
    // NB: asked of every line: a short line ending in 号 first.
    guard text.count <= 24, text.last == "号" else { return false }
    let issuer = text.prefix(while: \.isHan)
    guard (2...documentIssuerLength).contains(issuer.count), issuer.count < text.count,
      isYearBracket(text[issuer.count], opening: true)
    else { return false }
    let year = text.dropFirst(issuer.count + 1).prefix(while: \.isASCIIDigit)
    let close = issuer.count + 1 + year.count
    guard year.count == 4, close < text.count, isYearBracket(text[close], opening: false) else { return false }
    let number = text.dropFirst(close + 1).dropLast()
    return (1...4).contains(number.count) && number.allSatisfy(\.isASCIIDigit)
  }

  /// Words that open a source credit: `（来源：北京日报）`, `稿件来源：工人日报`, `原载《劳动午报》`, and a
  /// table's `（数据来源：各区总工会）`.
  static let sourceWords = ["来源", "图片来源", "图源", "稿件来源", "本文来源", "新闻来源", "数据来源", "资料来源", "转自", "原载"].map { Array($0.unicodeScalars) }

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

  /// What a dump prints where it left out a picture or a video: `[图片]`, `＜图片＞`, `【图2】`, `<img>`.
  static let mediaWords = ["图片", "图", "照片", "视频", "图表", "img", "image", "photo", "video"].map { Array($0.unicodeScalars) }

  /// What a post copied out of WeChat prints, bare, where each picture was: `图片`, `视频`.
  /// NB: not 图 or 照片 alone, which may be the last line of a letter-spaced caption.
  static let bareMediaWords = ["图片", "视频", "image", "photo", "video"].map { Array($0.unicodeScalars) }

  /// `[图片]`, `＜图片＞`, `【图2】`, `(视频)`, or a bare `图片`: a placeholder for a picture the dump left
  /// out, on a line of its own.
  static func isMediaPlaceholder(_ text: [Unicode.Scalar]) -> Bool {
    if text.count <= 5, bareMediaWords.contains(where: { $0 == text }) { return true }
    guard text.count >= 3, text.count <= 10, let first = text.first, let last = text.last,
      isOpeningBracket(first) || first == "<" || first == "〈", isClosingBracket(last) || last == ">" || last == "〉"
    else { return false }
    var inner = text.dropFirst().dropLast()
    while let digit = inner.last, digit.isASCIIDigit { inner = inner.dropLast() }
    let lowered = inner.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32)! : $0 }
    return mediaWords.contains { $0 == lowered }
  }

  /// Fields of a web page's article header: `发布时间：2023-06-06 09:30  来源：北京市总工会  作者：宣传部`.
  static let webFields = [
    "发布时间", "发布日期", "更新时间", "时间", "日期", "来源", "信息来源", "文章来源", "稿源", "作者", "编辑", "责任编辑",
    "浏览次数", "浏览量", "点击数", "点击量", "阅读量", "阅读数", "字号", "字体", "分享到", "分享", "投稿邮箱",
    // A government site's open-information header (`索 引 号：…  发布机构：…`, `文　　号：…`).
    "索引号", "信息索引号", "发布机构", "发文机关", "主题分类", "文号", "发文字号", "有效性", "成文日期", "公开方式", "公开范围",
  ].map { Array($0.unicodeScalars) }
  /// A web page's buttons and links around an article: `【打印】【关闭】`, `打印本页`, `返回顶部`.
  static let webButtons: Set<String> = [
    "打印", "关闭", "打印本页", "关闭窗口", "关闭本页", "收藏", "推荐", "纠错", "返回顶部", "返回", "大", "中", "小",
    "扫一扫在手机打开当前页",
    // A WeChat account's article: `点击蓝字 关注我们`, `END`, `阅读原文`, `在看`.
    "END", "阅读原文", "点击蓝字", "关注我们", "点击蓝字关注我们", "在看", "点赞", "推荐阅读", "往期回顾", "往期推荐",
    "长按识别二维码", "长按关注",
  ]
  /// What a WeChat article's header opens with, before its account and date: `原创 北京工会 2025年06月08日 10:00 北京`.
  static let accountHeader = Array("原创".unicodeScalars)
  /// Links to the page's neighbours: `上一篇：…`, `下一篇：…`.
  static let webNeighbours = ["上一篇", "下一篇", "上一条", "下一条"].map { Array($0.unicodeScalars) }

  /// Words a page's breadcrumb trail opens with: `首页 > 工会动态 > 区县工会`, `当前位置：首页 > 新闻`.
  static let breadcrumbOpeners = ["首页", "网站首页", "当前位置", "您的位置", "您现在的位置", "现在位置", "所在位置"]
    .map { Array($0.unicodeScalars) }
  /// The marks between a breadcrumb's steps.
  static let breadcrumbMarks: Set<Unicode.Scalar> = [">", "＞", "›", "»", "〉", "→"]

  /// The scalars web furniture can open with.
  static let webFirstScalars: Set<Unicode.Scalar> = Set(
    (webFields + webNeighbours + breadcrumbOpeners + [accountHeader]).compactMap(\.first) + webButtons.compactMap(\.unicodeScalars.first)
      + ["【", "[", "—", "-"])

  /// A line of a web page's furniture: its article header fields (`发布时间：2023-06-06 来源：…`, or a
  /// WeChat account's `原创 北京工会 2025年06月08日`), buttons (`【打印】【关闭】`, `字号：大 中 小`, `阅读原文`),
  /// links to the previous and next article, or its breadcrumb trail (`首页 > 工会动态 > 区县工会`).
  static func isWebFurniture(_ text: [Unicode.Scalar]) -> Bool {
    // NB: the cheap test first, for every line: its first scalar can open furniture at all.
    guard let first = text.first, text.count <= 80 else { return false }
    if first.isASCIIDigit || ChineseNumeral.digit(first) != nil, let fields = fieldsAfterDate(text) {
      return isWebFurniture(Array(fields))
    }
    if opensCounter(first), isPostCounters(text) { return true }
    guard webFirstScalars.contains(first) else { return false }
    // NB: a field's name may be letter-spaced to line up with the others (`索 引 号：`, `文　　号：`).
    let spaced = text.count > 1 && text[1].isHorizontalSpace
    let opensField = { (word: [Unicode.Scalar]) in
      guard let end = spaced ? endOfSpacedWord(word, in: text) : (text.starts(with: word) ? word.count : nil) else { return false }
      return end == text.count || Punctuation.isColon(text[end])
    }
    if webNeighbours.contains(where: opensField) { return true }
    // A WeChat header: 原创 and a space, the account, a date, and no sentence.
    if text.starts(with: accountHeader), text.count > accountHeader.count, Masthead.separators.contains(text[accountHeader.count]) {
      return dateToken(in: text) != nil && !holdsASentence(text)
    }
    if breadcrumbOpeners.contains(where: { text.starts(with: $0) }) { return isTrail(text) }
    // NB: a field's value is a date, a name or a number, never a sentence.
    if webFields.contains(where: opensField) { return !holdsASentence(text) }
    if isFollowPrompt(text) { return true }
    // A post's collection tag: `收录于合集 #职工服务 36个`, `收录于话题 #暖心伴考`.
    if first == "收", collectionTags.contains(where: { text.starts(with: $0) }), !holdsASentence(text) { return true }
    guard first == "【" || first == "[" || text.count <= 12 else { return false }
    // NB: dashes frame a post's end mark (`—— END ——`).
    let chunks = text.split { "【】[] \u{3000}-".unicodeScalars.contains($0) || Punctuation.isDash($0) }
    return !chunks.isEmpty && chunks.allSatisfy { webButtons.contains(String(String.UnicodeScalarView($0))) }
  }

  /// Where `word` ends at the start of `text` when spaces may stand between its scalars (`索 引 号`);
  /// nil when `text` does not open with it.
  static func endOfSpacedWord(_ word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
    var index = 0
    for scalar in word {
      while index < text.count, text[index].isHorizontalSpace { index += 1 }
      guard index < text.count, text[index] == scalar else { return nil }
      index += 1
    }
    while index < text.count, text[index].isHorizontalSpace, index + 1 < text.count, Punctuation.isColon(text[index + 1]) { index += 1 }
    return index
  }

  /// A breadcrumb trail: its opener, then steps between marks, and no sentence (`首页 > 丰台要闻 > 正文`).
  static func isBreadcrumb(_ text: [Unicode.Scalar]) -> Bool {
    breadcrumbOpeners.contains(where: { text.starts(with: $0) }) && isTrail(text)
  }

  /// Whether a line that opens as a breadcrumb goes on as one: steps between marks, and no sentence.
  static func isTrail(_ text: [Unicode.Scalar]) -> Bool {
    text.contains(where: breadcrumbMarks.contains) && !holdsASentence(text)
  }

  /// The most scalars of a site's name over its breadcrumb trail (`北京丰台`, `北京市总工会网站`).
  static let siteNameLength = 12

  /// A site's name at the top of a saved web page, over its breadcrumb trail (`北京丰台` over
  /// `首页 > 丰台要闻 > 正文`): the site's, not a headline.
  static func isSiteName(_ text: [Unicode.Scalar], over next: [Unicode.Scalar]) -> Bool {
    text.count <= siteNameLength && text.allSatisfy { $0.isHan || $0.isHorizontalSpace } && isBreadcrumb(next)
  }

  /// What a post's collection tag opens with.
  static let collectionTags = ["收录于合集", "收录于话题", "收录于"].map { Array($0.unicodeScalars) }

  /// A post's call to follow its account: `点击上方蓝字关注我们`, `点击上方“北京工会”，关注我们`.
  static let followPromptOpener = Array("点击".unicodeScalars)
  static let followWord = Array("关注".unicodeScalars)

  /// Whether `text` is a post's call to follow its account: 点击 opening a short line that asks to 关注.
  static func isFollowPrompt(_ text: [Unicode.Scalar]) -> Bool {
    text.count <= 24 && text.starts(with: followPromptOpener) && text[...].containsWord(followWord)
      && !text.contains(where: Punctuation.endsSentence)
  }

  /// The counters under a post (`阅读 3126 在看 58`, `阅读10万+ 点赞 1.2万`).
  /// Longest first, so that the first that matches is the longest (`点赞` before `赞`).
  static let counterWords = ["阅读", "在看", "点赞", "分享", "收藏", "留言", "推荐", "转发", "赞"].map { Array($0.unicodeScalars) }

  /// Whether a counter word can start with `scalar`. NB: a switch, asked for every line; a set hashed it.
  static func opensCounter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "阅", "在", "点", "赞", "分", "收", "留", "推", "转": true
    default: false
    }
  }

  /// Whether the line is only a post's counters, each word followed by its number.
  static func isPostCounters(_ text: [Unicode.Scalar]) -> Bool {
    var index = 0
    var counters = 0
    func skipSpaces() { while index < text.count, text[index].isHorizontalSpace { index += 1 } }
    while index < text.count {
      guard let word = counterWords.first(where: { text[index...].starts(with: $0) }) else { return false }
      index += word.count
      skipSpaces()
      let digits = index
      while index < text.count, text[index].isASCIIDigit || text[index] == "." { index += 1 }
      guard index > digits else { return false }
      while index < text.count, text[index] == "万" || text[index] == "+" || text[index] == "w" { index += 1 }
      skipSpaces()
      counters += 1
    }
    return counters > 0
  }

  /// Whether a line holds a sentence's marks (`。`, `，`, `；`): web furniture never does.
  static func holdsASentence(_ text: [Unicode.Scalar]) -> Bool {
    text.contains { $0 == "。" || $0 == "，" || $0 == "；" }
  }

  /// The header's fields after the date and time it opens with, the way some sites print them
  /// (`2021-05-20 10:08 来源：北京工会新闻`, `2023年6月6日 作者：宣传部`); nil when the line does not
  /// open with a whole date followed by more.
  static func fieldsAfterDate(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
    // NB: normalised text has no space between a number and Han (`2021-05-20来源：…`).
    guard let date = Masthead.date(text) else { return nil }
    let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\u{3000}" }
    var rest = text[date.end...].drop(while: isSpace)
    // NB: a time of day may stand between (`09:30`, `09:30:12`).
    let time = rest.prefix { $0.isASCIIDigit || Punctuation.isColon($0) }
    if time.contains(where: Punctuation.isColon) { rest = rest.dropFirst(time.count).drop(while: isSpace) }
    return rest.isEmpty ? nil : rest
  }

  /// The year a web page's header field dates its article with (`发布时间：2023-06-06 09:30` → 2023).
  static func webPublishedYear(_ text: [Unicode.Scalar]) -> Int? {
    guard isWebFurniture(text) else { return nil }
    if fieldsAfterDate(text) != nil { return Masthead.date(text)?.year }
    return dateToken(in: text)
  }

  /// The year of the first of `text`'s tokens (between spaces, after a field's colon) that is a date,
  /// or that a date ends: normalised text has no space between Han and a number
  /// (`原创 北京工会2025年06月08日10:00北京`).
  static func dateToken(in text: [Unicode.Scalar]) -> Int? {
    for token in text.split(whereSeparator: { Masthead.separators.contains($0) && !Punctuation.isColon($0) }) {
      var date = Array(token)
      if let colon = date.firstIndex(where: Punctuation.isColon) {
        date = Array(date[(colon + 1)...])
      }
      if let found = Masthead.date(date), let year = found.year { return year }
      // NB: from the token's first digit, before any colon: `北京工会2025年06月08日10:00北京`.
      if let digit = token.firstIndex(where: \.isASCIIDigit), digit > token.startIndex,
        let found = Masthead.date(Array(token[digit...])), let year = found.year
      {
        return year
      }
    }
    return nil
  }

  /// The line without the brackets around it: `（上接第一版）` → `上接第一版`.
  static func unbracketed(_ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    var inner = text[...]
    // NB: a switch, not a literal's scalar view or a set: asked of every line, a view's generic
    // `contains` cost 0.4 % of the load's instructions, and a set's hashing as much.
    while let first = inner.first, isOpeningBracket(first) { inner = inner.dropFirst() }
    while let last = inner.last, isClosingBracket(last) { inner = inner.dropLast() }
    return inner
  }

  static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "（", "【", "[": true
    default: false
    }
  }

  static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ")", "）", "】", "]": true
    default: false
    }
  }
}
