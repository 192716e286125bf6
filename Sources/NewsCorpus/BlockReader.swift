// Lines → blocks: rejoins lines broken by columns, finds bylines, credits, titles and labels.
import ChineseText

/// Reads a file's lines into blocks, in one pass (plus a look at the next non-blank line).
struct BlockReader {
  let lines: [SourceLine]
  let context: PageContext
  var blocks: [Block] = []
  var draft: ParagraphDraft? = nil
  /// The credits of a byline whose bracket is still open at the end of a line.
  var openByline: (credits: [Unicode.Scalar], line: Int)? = nil
  /// The last text line opened a list (it ended with a colon) or was one of its rows.
  var listOpen = false
  /// How many of the next lines end the row of a box's figure the last line opened (`NumberOverLabel`):
  /// its label, or its measure word and the label's figure.
  var rowLinesDue = 0
  /// The last line was the upper row of a table's header on two rows (`服务站点` over `（个）`).
  var lowerHeaderDue = false
  /// A rule drawn across the page stands between the last text line and this one.
  var afterRule = false
  /// A rule was drawn across the page after the last text, and no title has come since.
  var ruleAbove = false
  /// The last line was a post's account or date (`北京亦庄`, `2026-06-05 18:00`) opening a story.
  var underPostHeader = false

  /// The widest a title line may be (40 Han).
  static let maxTitleWidth = 80
  /// The widest a kicker may be (60 Han).
  static let maxKickerWidth = 120

  init(_ lines: [SourceLine], context: PageContext) {
    self.lines = lines
    self.context = context
  }

  static func read(_ lines: [SourceLine], context: PageContext) -> [Block] {
    var reader = BlockReader(lines, context: context)
    reader.run()
    return reader.blocks
  }

  mutating func run() {
    // NB: a printed page's number (`— 2 —`) is passed over like a blank line: a report's sentence
    // runs on across it, and its section goes on under it.
    let contentIndices = lines.indices.filter { !lines[$0].isBlank && !PageFurniture.isPageNumber(lines[$0].normalized.scalars) }
    var previous = -1
    for (position, index) in contentIndices.enumerated() {
      let next = position + 1 < contentIndices.count ? lines[contentIndices[position + 1]] : nil
      afterNext = position + 2 < contentIndices.count ? lines[contentIndices[position + 2]] : nil
      // NB: the rules a table is drawn with (over and under its header, above its total) end no story.
      afterRule = lines[(previous + 1)..<index].contains(where: \.isRule)
        && !Self.isTablePart(lines[index]) && !(previous >= 0 && Self.isTablePart(lines[previous], orCaption: true))
      if afterRule {
        // NB: a rule parts two title groups as it parts two stories (`门头沟：…` under its story, a rule,
        // then `房山区总工会` over the next).
        closeDraft()
        flushTitles()
        ruleAbove = true
      }
      read(lines[index], next: next)
      previous = index
    }
    closeDraft()
    flushTitles()
  }

  mutating func read(_ line: SourceLine, next: SourceLine?) {
    let text = line.normalized.scalars
    let continuesList = listOpen
    listOpen = false
    if lowerHeaderDue {
      lowerHeaderDue = false
      addText(LinePiece(line), next: next, isListPart: true)
      closeDraft()
      listOpen = true
      return
    }
    if rowLinesDue > 0 {
      rowLinesDue -= 1
      addText(LinePiece(line), next: next, isListPart: true)
      if rowLinesDue == 0 { closeDraft() }
      return
    }
    // NB: a box's figure set over its label (`386` over `个职工志愿服务站点`, as a post's 数说 sets them) is
    // one row with it, never a title; a number a column broke out of a sentence (`发放清凉大礼包` / `18 600` /
    // `份，惠及…`) stays in it.
    if draft?.isComplete ?? true, let next, next.number == line.number + 1 {
      let third = afterNext.flatMap { $0.number == next.number + 1 ? $0.normalized.scalars : nil }
      let lines = NumberOverLabel.linesOfRow(opening: text, next: next.normalized.scalars, third: third)
      if lines > 0 {
        closeDraft()
        addText(LinePiece(line), next: next, isListPart: true)
        rowLinesDue = lines
        return
      }
    }
    if let open = openByline {
      openByline = nil
      if let closing = BylineParser.closing(text, continuing: open.credits) {
        emit(.byline(closing.byline, lines: open.line...line.number))
        addText(LinePiece(line, from: skipSpaces(text, from: closing.length)), next: next)
        return
      }
      emit(.byline(BylineParser.partialCredits(open.credits, isOpen: true) ?? Byline(), lines: open.line...open.line))
    }
    if context.isBanner(line) {
      closeDraft()
      emit(.label(line))
      return
    }
    if line.headingLevel > 0 {
      if let leading = BylineParser.leading(text) {
        return readLeadingByline(leading, line: line, next: next)
      }
      closeDraft()
      appendTitle(TitleLine(line: line, kind: .heading(level: line.headingLevel)))
      return
    }
    if let leading = BylineParser.leading(text) {
      return readLeadingByline(leading, line: line, next: next)
    }
    if let credit = BylineParser.trailingCredit(text), credit.start == 0 {
      attachCredit(credit.byline, line: line)
      return
    }
    if let closing = BylineParser.closingLine(text), closesText(closing) {
      return
    }
    if let byline = BylineParser.standalone(text) {
      closeDraft()
      emit(.byline(byline, lines: line.number...line.number))
      return
    }
    // NB: so is a header on two rows (`服务站点` over `（个）` over `东城区 5`), each row a paragraph.
    if let next, let afterNext, TwoRowHeader.merged(upper: text, lower: next.normalized.scalars) != nil,
      ListRow.isRow(afterNext.normalized.scalars)
    {
      closeDraft()
      addText(LinePiece(line), next: next, isListPart: true)
      closeDraft()
      lowerHeaderDue = true
      return
    }
    // NB: a table's header (`区域 驿站数量（家）` over `东城区 45`) is its rows' lead-in, not a title; so is
    // its caption over it (`表　各街道站点建设情况（单位：家）`), which may be all that says what its cells count,
    // over a header or over rows that have none (`门头沟区 2021年 38 → 2025年 71`).
    if let next, (Self.isTableHeader(text) && ListRow.isRow(next.normalized.scalars))
      || (YearColumns.captionUnit(text) != nil
        && (Self.isTableHeader(next.normalized.scalars) || ListRow.isRow(next.normalized.scalars)))
    {
      closeDraft()
      addText(LinePiece(line), next: next, isListPart: true)
      closeDraft()
      listOpen = true
      return
    }
    // NB: a box of figures (`全市暖心驿站：1460家` over `职工志愿者：3000名`) is a list with no lead-in.
    // NB: so is a ranking, its rows numbered (`1. 望京街道　58个` over `2. 建外街道　47个`), and the rows
    // under a section's heading (`▌各街镇驿站分布` over `中关村街道    18家`).
    let opensBox = (ListRow.keyValueLabel(text) != nil || SectionHeading.afterPointNumber(text[...]) != nil || underSectionName)
      && (next.map { ListRow.isRow($0.normalized.scalars) } ?? false)
    if continuesList || opensBox, ListRow.isRow(text) {
      // NB: a row is a paragraph of its own, never a title or the rest of the lead-in's sentence.
      draft?.isListPart = true
      closeDraft()
      addText(LinePiece(line), next: next, isListPart: true)
      closeDraft()
      listOpen = true
      return
    }
    if let from = PageLabel.originalTitle(text) {
      closeDraft()
      appendTitle(TitleLine(line: line, kind: .plain, from: from))
      return
    }
    let opensThePage = blocks.isEmpty && titleBuffer.isEmpty && draft == nil
    // NB: a rule across the page ends the story above it; what follows opens the next as a page does.
    let opensAStory = opensThePage || (afterRule && titleBuffer.isEmpty)
    let headedPost = underPostHeader
    underPostHeader = false
    if PageLabel.isDateline(text) || PageLabel.isColumnLabel(text) || Masthead.isMasthead(text, atPageTop: opensThePage)
      || (opensThePage && next.map { PageFurniture.isSiteName(text, over: $0.normalized.scalars) } ?? false)
      || PageFurniture.isJumpLine(text) || PageFurniture.isEditorCredit(text) || PageFurniture.isSourceCredit(text)
      || PageFurniture.isWebFurniture(text) || PageFurniture.isMediaPlaceholder(text) || PageFurniture.isSectionBanner(text)
      || PageFurniture.isDocumentNumber(text)
    {
      closeDraft()
      emit(.label(line))
      // NB: the post's call to follow its account may stand between its date and its headline.
      underPostHeader = (opensAStory || headedPost) && Masthead.isPostHeader(text)
        || (headedPost && PageFurniture.isFollowPrompt(text))
      return
    }
    if opensAStory, let next, let kind = postOpening(line, over: next) {
      if kind == .label {
        emit(.label(line))
        underPostHeader = true
      } else {
        appendTitle(TitleLine(line: line, kind: .plain))
      }
      return
    }
    // NB: a post's headline under its account and date may hold commas (`…高考，我们准备好了！`).
    if headedPost, isPostHeadline(line) {
      appendTitle(TitleLine(line: line, kind: .plain))
      return
    }
    if let next, breaksANumber(line, next: next) {
      addText(LinePiece(line), next: next)
      return
    }
    let shape = line.shape
    // NB: under a rule a new story starts, so a line as wide as the column may be its title.
    let kindOfTitle = titleKind(line, shape: shape, evenIfPacked: afterRule) ?? packedTitleKind(line, shape: shape, next: next)
    if let kind = kindOfTitle {
      // NB: a bulleted name (`■ 街乡排行（驿站数）`) heads a section; it goes on with no sentence.
      let continues = draft != nil && kind == .plain && !isStructural(next)
        && !(Self.opensAnItem(text) && SectionHeading.isSectionName(text))
      if !continues {
        closeDraft()
        appendTitle(TitleLine(line: line, kind: kind))
        return
      }
    }
    if isPunctuatedTitle(line, shape: shape, next: next) {
      appendTitle(TitleLine(line: line, kind: .plain))
      return
    }
    addText(LinePiece(line), next: next)
  }

  /// A title line may hold punctuation: a subtitle that lists what the story offers
  /// (`热饭、饮水、歇脚、充电 一站解决`), a headline in two parts (`“暖心伴考”第三年：志愿者队伍扩大到1200人`).
  /// A short line that ends no sentence, standing alone (no paragraph open) right before the byline,
  /// is one even with its punctuation.
  /// Body text is no title: a comma or a semicolon inside marks a sentence (`…表示,下一步将…`). The
  /// line may also stand over one more such line, then the byline (a headline over its subtitle).
  /// A headline may also end with `！` or `？` (`家门口的驿站真暖心！`) when the byline comes right after it.
  func isPunctuatedTitle(_ line: SourceLine, shape: LineShape, next: SourceLine?) -> Bool {
    guard draft == nil, let next else { return false }
    if Self.exclaims(line), isStructural(next) {
      var plain = line.normalized.scalars
      while plain.last?.isHorizontalSpace == true { plain.removeLast() }
      plain.removeLast()  // the mark
      guard !plain.isEmpty, isTitleShaped(plain, shape: LineShape(plain)) else { return false }
    } else if opensThePageUnderAColumnName(line.normalized.scalars, shape: shape) {
      // A web headline under its column's name may hold a comma (`盘点2025 | 这一年，工会服务有温度`).
    } else {
      guard isTitleShaped(line, shape: shape) else { return false }
      guard isStructural(next) || (isTitleShaped(next, shape: next.shape) && afterNext != nil && isStructural(afterNext))
        || opensThePageInTwoParts(line.normalized.scalars)
        // NB: so is one between a headline and a web page's header (`2019-07-16 09:12 来源：…`).
        || (!titleBuffer.isEmpty && PageFurniture.webPublishedYear(next.normalized.scalars) != nil)
      else { return false }
    }
    // NB: a caption with its photo credit (`…风采。本报记者 梁红 摄`) is text, not a subtitle.
    return BylineParser.trailingCredit(line.normalized.scalars) == nil
  }

  /// Field labels before a colon (`时间：`, `活动地点：`): a notice's line, not a headline's first part.
  static let fieldLabels = ["时间", "地点", "地址", "电话", "来源", "作者", "记者", "编辑", "通讯员", "主办", "承办", "协办", "联系人", "网址", "邮箱"]
    .map { Array($0.unicodeScalars) }

  /// Whether a title-shaped line is a headline in two parts that opens the page's first story with
  /// no byline under it (`“暖心伴考”第五年：志愿者人数翻了一番`): no text has come yet, and one colon
  /// splits it into a topic and a statement, not a field label and its value.
  func opensThePageInTwoParts(_ text: [Unicode.Scalar]) -> Bool {
    guard let colon = text.firstIndex(where: Punctuation.isColon), text[(colon + 1)...].allSatisfy({ !Punctuation.isColon($0) }),
      !blocks.contains(where: \.isParagraph)
    else { return false }
    let (topic, statement) = (text[..<colon], text[(colon + 1)...].filter { !$0.isHorizontalSpace })
    return topic.count >= 2 && statement.count >= 4 && !Self.fieldLabels.contains(where: topic.endsWithWord)
  }

  /// Marks that set a web headline's column name off from it (`盘点2025 | 这一年，工会服务有温度`).
  /// NB: a `switch`, not a set: every scalar of every line that may be a title is asked.
  static func isColumnMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "|", "｜", "丨": true
    default: false
    }
  }
  /// The longest column name before such a mark.
  static let maxColumnName = 12

  /// Whether a line opens the page's first story as a web headline under its column's name: no text
  /// has come yet, one column mark splits it into a short name with no punctuation and a statement
  /// that ends no sentence, as a headline's does (it may hold a comma).
  func opensThePageUnderAColumnName(_ text: [Unicode.Scalar], shape: LineShape) -> Bool {
    guard !shape.endsSentence, shape.isBalanced, shape.width <= BlockReader.maxTitleWidth,
      let mark = text.firstIndex(where: Self.isColumnMark), !text[(mark + 1)...].contains(where: Self.isColumnMark),
      !blocks.contains(where: \.isParagraph)
    else { return false }
    let name = text[..<mark].filter { !$0.isHorizontalSpace }
    let statement = text[(mark + 1)...].filter { !$0.isHorizontalSpace }
    return (2...Self.maxColumnName).contains(name.count) && statement.count >= 4
      && name.allSatisfy { $0.isHan || $0.isASCIIDigit || $0.isASCIILetter }
  }

  /// A byline starting the line; the text after its bracket starts a paragraph.
  mutating func readLeadingByline(_ leading: LeadingByline, line: SourceLine, next: SourceLine?) {
    closeDraft()
    if leading.isOpen {
      let text = line.normalized.scalars
      let open = text.firstIndex(where: { $0 == "(" || $0 == "【" }).map { $0 + 1 } ?? text.count
      openByline = (Array(text[open...]), line.number)
      return
    }
    emit(.byline(leading.byline, lines: line.number...line.number))
    addText(LinePiece(line, from: skipSpaces(line.normalized.scalars, from: leading.length)), next: next)
  }

  func skipSpaces(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < text.count, text[index].isHorizontalSpace { index += 1 }
    return index
  }

  /// Whether a line can only be a title line, or could be one: `nil` for body text.
  func titleKind(_ line: SourceLine, shape: LineShape, evenIfPacked: Bool = false) -> TitleLine.Kind? {
    let text = line.normalized.scalars
    guard !shape.endsSentence, text.count >= 2, shape.isBalanced else { return nil }
    if shape.endsWithDash, shape.width <= BlockReader.maxKickerWidth { return .kicker }
    if PageLabel.isColumnName(text) { return .kicker }
    // NB: a union's name over the page's first title is its issuer (`怀柔区总工会` over `关于…的报告`),
    // not the headline; further down it may be a line a column broke out of a sentence (`据怀柔区总工会`).
    if draft == nil, Masthead.isIssuer(text[...]), !blocks.contains(where: \.isParagraph) { return .kicker }
    if shape.width <= BlockReader.maxTitleWidth, line.isLetterSpaced { return .plain }
    // NB: a headline may open with its place and a colon (`旧宫镇:暖心驿站开到劳动者身边`).
    let unpunctuated =
      !shape.hasInnerPunctuation || PageLabel.placeColon(text).map { !LineShape(Array(text[($0 + 1)...])).hasInnerPunctuation } == true
    guard unpunctuated, shape.width <= BlockReader.maxTitleWidth, evenIfPacked || !context.isPacked(shape) else {
      return nil
    }
    if let first = text.first, Punctuation.closes(first) { return nil }
    return .plain
  }

  /// A line that ends inside a number the line right under it goes on with (`…组织了由3` over
  /// `50名职工…`): the column broke it, so it is no title. A year (`2018`) or an ordinal (`第5`) ends
  /// a title as it is.
  func breaksANumber(_ line: SourceLine, next: SourceLine) -> Bool {
    let text = line.normalized.scalars
    guard next.number == line.number + 1, next.normalized.scalars.first?.isASCIIDigit == true else { return false }
    let digits = text.reversed().prefix(while: \.isASCIIDigit).count
    guard (1...3).contains(digits) else { return false }
    return digits == text.count || text[text.count - digits - 1] != "第"
  }

  enum PostOpening { case label, headline }

  /// What the line that opens a post is, read from the line under it: the account's name over the
  /// date the post went out (`北京亦庄` over `2023年9月15日`), or the headline over the account, date
  /// and time (`海淀区总工会 2021年06月25日 07:45`), which may shout (`…来啦！💪`) as a paper's does not.
  func postOpening(_ line: SourceLine, over next: SourceLine) -> PostOpening? {
    let text = line.normalized.scalars
    let below = next.normalized.scalars
    // NB: a post's account by its short name over the header that names it in full (`海淀工会` over
    // `原创 海淀区总工会 海淀工会 2021-10-18 18:30 发表于北京`) is no headline.
    if below.starts(with: PageFurniture.accountHeader), Masthead.isIssuer(text[...]), PageFurniture.isWebFurniture(below) {
      return .label
    }
    guard Masthead.mayBeMasthead(below), let parts = Masthead.parts(of: below), parts.contains(where: { $0.year != nil })
    else { return nil }
    if Masthead.isPostDate(parts) {
      return (2...12).contains(text.count) && text.allSatisfy(\.isHan) ? .label : nil
    }
    // NB: a paper's name over its dateline (`延庆报` over `2018年6月12日 星期二 第2版 要闻`) is its masthead; a
    // union's name over its newsletter's issue (`昌平工会` over `2023年第6期`) is its issuer, read as a kicker.
    if Masthead.isMasthead(parts), Masthead.parts(of: text) == [.paper], !Masthead.isIssuer(text[...]),
      !text[...].endsWithWord(Array("简报".unicodeScalars))
    {
      return .label
    }
    // NB: so is one over its full name, date and time (`丰台工会` over `丰台区总工会 2024年07月12日 17:05 北京`).
    if parts.contains(.time), Masthead.isIssuer(text[...]) { return .label }
    // NB: only a post prints the time it went out; a newsletter's name over its issue is no headline.
    // NB: a headline shared with its account in front (`房山工会 | 2025年为职工办的实事，件件暖心！`) may hold a
    // comma; a bare line over the header with one may be the end of the post before.
    guard parts.contains(.time), Masthead.isMasthead(parts), isPostHeadline(line),
      !text.contains(where: Self.sentencePunctuation.contains) || Self.opensWithAccount(text)
    else { return nil }
    return .headline
  }

  /// Whether a post's headline opens with its account's name and a bar (`房山工会 | …`, `海淀工会丨…`).
  static func opensWithAccount(_ text: [Unicode.Scalar]) -> Bool {
    guard let bar = text.prefix(18).firstIndex(where: { $0 == "|" || $0 == "丨" || $0 == "｜" }) else { return false }
    var end = bar
    while end > 0, text[end - 1].isHorizontalSpace { end -= 1 }
    return Masthead.isIssuer(text[..<end])
  }

  /// A line that may be a post's headline: balanced, no wider than a title, and no full stop in it.
  func isPostHeadline(_ line: SourceLine) -> Bool {
    let text = line.normalized.scalars
    // NB: a headline may hold a comma, but ends no sentence inside it and breaks off at no clause mark
    // (`6月24日至26日是北京市中考。连日来，…全员在岗，` is the post's text under its call to follow).
    guard let last = text.last, !Punctuation.splitsClause(last), !text.contains("。") else { return false }
    return line.shape.isBalanced && line.shape.width <= BlockReader.maxTitleWidth
  }

  /// A title as wide as a packed column line: it stands alone (no paragraph is open) and the
  /// next line is a title line or a byline, not the rest of a sentence.
  func packedTitleKind(_ line: SourceLine, shape: LineShape, next: SourceLine?) -> TitleLine.Kind? {
    guard draft == nil, context.isPacked(shape), !shape.endsSentence, !shape.hasInnerPunctuation, shape.isBalanced,
      shape.width <= BlockReader.maxTitleWidth
    else { return nil }
    if isStructural(next) { return .plain }
    guard let next else { return .plain }
    let nextShape = next.shape
    return titleKind(next, shape: nextShape) != nil ? .plain : nil
  }

  /// Punctuation inside a sentence, never inside a title.
  static let sentencePunctuation: Set<Unicode.Scalar> = Set(",，;；".unicodeScalars)

  /// A short balanced line that ends no sentence and holds no sentence punctuation.
  func isTitleShaped(_ line: SourceLine, shape: LineShape) -> Bool {
    isTitleShaped(line.normalized.scalars, shape: shape)
  }

  func isTitleShaped(_ text: [Unicode.Scalar], shape: LineShape) -> Bool {
    !shape.endsSentence && shape.isBalanced && shape.width <= BlockReader.maxTitleWidth
      && !text.contains(where: Self.sentencePunctuation.contains)
  }

  /// Whether the line ends with `！` or `？` (folded to `!`, `?`), as a headline may.
  static func exclaims(_ line: SourceLine) -> Bool {
    guard let last = line.normalized.scalars.last(where: { !$0.isHorizontalSpace }) else { return false }
    return last == "!" || last == "?"
  }

  /// A heading or a byline: what ends a title block or a paragraph.
  func isStructural(_ line: SourceLine?) -> Bool {
    guard let line else { return true }
    let text = line.normalized.scalars
    return line.headingLevel > 0 || BylineParser.leading(text) != nil || BylineParser.standalone(text) != nil
      || Self.isSalutation(text)
  }

  /// Whom a letter, reply or speech addresses, on a line of its own under its title (`张××委员：`,
  /// `各位代表、同志们：`): the title's end, as a byline would be.
  static let addressees = ["委员", "代表", "同志", "同志们", "朋友们", "先生", "女士", "老师", "领导"].map { Array($0.unicodeScalars) }

  static func isSalutation(_ text: [Unicode.Scalar]) -> Bool {
    guard text.count <= 16, let last = text.last, Punctuation.isColon(last) else { return false }
    let name = text.dropLast()
    return !name.contains(where: { Punctuation.splitsClause($0) && $0 != "、" }) && addressees.contains { name.endsWithWord($0) }
  }

  /// The content line after `next`, for a title that stands over its subtitle (`isPunctuatedTitle`).
  var afterNext: SourceLine? = nil

  /// Title lines gather here until another block comes (appending to a block in place would copy it).
  var titleBuffer: [TitleLine] = []

  mutating func appendTitle(_ title: TitleLine) {
    var title = title
    title.underRule = ruleAbove && titleBuffer.isEmpty
    ruleAbove = false
    titleBuffer.append(title)
  }

  /// Appends a block after the title lines gathered before it.
  mutating func emit(_ block: Block) {
    flushTitles()
    blocks.append(block)
  }

  mutating func flushTitles() {
    guard !titleBuffer.isEmpty else { return }
    blocks.append(.titles(titleBuffer))
    titleBuffer.removeAll()
  }

  /// Whether the line read last is a section's heading (`■ 街乡排行（驿站数）`), still waiting in the titles.
  var underSectionName: Bool {
    titleBuffer.last.map { SectionHeading.isSectionName($0.line.normalized.scalars) } ?? false
  }

  /// Adds body text: continues the open paragraph or starts one; closes it at a sentence end.
  /// `isListPart`: the text is a list's lead-in or row, complete without a sentence end.
  mutating func addText(_ piece: LinePiece, next: SourceLine?, isListPart: Bool = false) {
    var piece = piece
    guard !piece.isEmpty else { return }
    ruleAbove = false
    let text = Array(piece.scalars)
    listOpen = ListRow.opensList(text)
    var credit: Byline? = nil
    var unit: String? = nil
    if let found = BylineParser.trailingCredit(text), found.start > 0 {
      credit = found.byline
      piece.to = piece.from + found.start
    } else if let found = BylineParser.trailingUnit(text) {
      unit = found.unit
      piece.to = piece.from + found.start
    } else if let found = BylineParser.trailingSignature(text) {
      // NB: a signed brief ends there, whatever follows (`…5000余人。（王芳）` then `■西城区…`).
      credit = found.byline
      piece.to = piece.from + found.start
    } else if let bracket = BylineParser.bracketAfterSentence(text[...]),
      let closing = BylineParser.closingLine(Array(text[bracket]))
    {
      // So does a closing credit after its last sentence (`…10家。（本报记者 孙悦）`, `（区总工会 供稿）`).
      switch closing {
      case .byline(let byline): credit = byline
      case .supplier(let supplier): unit = supplier
      }
      piece.to = piece.from + bracket.lowerBound
    }
    while piece.to > piece.from, piece.line.normalized.scalars[piece.to - 1].isHorizontalSpace { piece.to -= 1 }
    let isWholeLine = piece.from == 0 && piece.to == piece.line.normalized.scalars.count
    let shape = isWholeLine ? piece.line.shape : LineShape(Array(piece.scalars))
    // NB: a bulleted line after a box's row is an item of its own (`· 上半年服务：86.5万人次` over
    // `· 同比增长：12.3%`), never the rest of that row; a bulleted name heads a section of its own.
    if let open = draft, piece.from == 0, Self.opensAnItem(text),
      SectionHeading.isSectionName(text) || (open.pieces.count == 1 && ListRow.keyValueLabel(Array(open.pieces[0].scalars)) != nil)
    {
      closeDraft()
    }
    if draft == nil {
      draft = ParagraphDraft(pieces: [], endsSentence: false)
      if let first = piece.scalars.first, Punctuation.closes(first) || Punctuation.splitsClause(first) {
        draft?.startsMidSentence = true
      }
    }
    if !piece.isEmpty { draft?.pieces.append(piece) }
    if isListPart { draft?.isListPart = true }
    // NB: a note in brackets after the last sentence (`。（待续）`) ends the paragraph too.
    let endsSentence = shape.endsSentence || BylineParser.endsWithNoteAfterSentence(piece.scalars)
    draft?.endsSentence = endsSentence
    draft?.credit = credit
    draft?.unit = unit
    // NB: a line that opens with 其中 goes on with this paragraph, whatever sentence end comes before it.
    if endsSentence, credit == nil, unit == nil, continuesOnNextLine(next) { return }
    if endsSentence || credit != nil || unit != nil {
      closeDraft()
    } else if context.repeatedLines.contains(piece.line.number) || isStructural(next) {
      // NB: a repeated line that stops mid-sentence is a cut; what follows is another text.
      closeDraft()
    }
  }

  /// Whether a line is a table's header or row, or (`orCaption`) its caption (`表　各街道站点建设情况（单位：家）`,
  /// `表1  2022年各区站点情况`).
  static func isTablePart(_ line: SourceLine, orCaption: Bool = false) -> Bool {
    let text = line.normalized.scalars
    if ListRow.isRow(text) || isTableHeader(text) { return true }
    guard orCaption, text.first == "表", text.count > 2, text.count <= 60 else { return false }
    return text[1].isASCIIDigit || text[1].isHorizontalSpace || text.contains(where: Punctuation.isColon)
  }

  /// Whether a line heads a table's columns: each names its noun and measure word (`区域 驿站数量（家）`)
  /// or its year (`街道 2021年底 2022年新增`).
  static func isTableHeader(_ text: [Unicode.Scalar]) -> Bool {
    ListRow.tableColumns(text) != nil || YearColumns.columns(text) != nil
  }

  /// Whether a line opens with a bullet (`·`, `■`, `◆`, a post's pictograph).
  static func opensAnItem(_ text: [Unicode.Scalar]) -> Bool {
    text.first.map(Punctuation.isLineBullet) ?? false
  }

  /// 其中 ("of which") cannot open a paragraph: it breaks down what the sentence before it counted.
  static let ofWhich = Array("其中".unicodeScalars)

  /// Whether the line right after a sentence end goes on with its paragraph: it opens with
  /// `其中` (`…站点312家。` then `其中，回龙观街道28家…`), which a column may well have set at a line's
  /// start, but which never starts a paragraph of its own.
  func continuesOnNextLine(_ next: SourceLine?) -> Bool {
    guard let next, next.headingLevel == 0 else { return false }
    let scalars = next.normalized.scalars[...]
    return scalars.starts(with: BlockReader.ofWhich)
  }

  /// A story's closing credit on a line of its own (`（本报记者 孙悦）`, `（区总工会宣传部 供稿）`) after
  /// its text: it signs the paragraph before it, which stays body text; never a title of the next
  /// story. False, changing nothing, when no text came before it.
  mutating func closesText(_ closing: BylineParser.ClosingLine) -> Bool {
    closeDraft()
    guard titleBuffer.isEmpty, case .paragraph(var last) = blocks.last, last.credit == nil, last.unit == nil else { return false }
    switch closing {
    case .byline(let byline): last.credit = byline
    case .supplier(let supplier): last.unit = supplier
    }
    blocks[blocks.count - 1] = .paragraph(last)
    return true
  }

  /// A credit line (`本报记者 甲 摄影报道`): credits the paragraph before it as a photo caption.
  mutating func attachCredit(_ credit: Byline, line: SourceLine) {
    closeDraft()
    flushTitles()
    if case .paragraph(var last) = blocks.last, last.credit == nil {
      last.credit = credit
      last.creditOnOwnLine = true
      blocks[blocks.count - 1] = .paragraph(last)
    } else {
      emit(.byline(credit, lines: line.number...line.number))
    }
  }

  mutating func closeDraft() {
    guard let open = draft else { return }
    draft = nil
    guard !open.pieces.isEmpty else { return }
    emit(.paragraph(open))
  }
}
