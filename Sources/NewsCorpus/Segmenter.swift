// Blocks → articles, for pages that print each title block before its body or after it.

/// The order of title block and body on a page.
enum PageLayout: Sendable {
  /// Title block, byline, body (the usual order).
  case titleFirst
  /// Byline and body, then the title block (some layouts set the titles under the story).
  case titleLast

  /// Title-last when the page opens with a byline or body and closes with a title block, or is one
  /// story that opens with a byline and closes with its only title block over a photo caption
  /// (`■图为… 本报记者 王晨 摄`), which goes with the story above. (On a page of several stories, a
  /// title over a caption at the end is a photo story's.) A copy of earlier lines at the page's foot
  /// (a paragraph the dump printed twice, cut short: every line in `repeated`) closes nothing.
  init(_ blocks: [Block], repeated: LineNumbers = LineNumbers(upTo: 0)) {
    var content = blocks.filter { !$0.isLabel }
    while content.count > 1, let last = content.last, last.repeatsEarlierLines(repeated) { content.removeLast() }
    guard let first = content.first, let last = content.last else {
      self = .titleFirst
      return
    }
    let oneStory = first.isByline && content.count(where: \.isTitles) == 1
    let closing = oneStory ? content.reversed().first { !$0.isPhotoCaption } ?? last : last
    self = !first.isTitles && closing.isTitles ? .titleLast : .titleFirst
  }
}

/// Groups blocks into article drafts.
struct Segmenter {
  let blocks: [Block]
  let layout: PageLayout
  var drafts: [ArticleDraft] = []
  var current = ArticleDraft()
  var noteLabels: [SourceLine] = []
  /// A title-last headline just closed a story with a photo caption under it: the caption is that
  /// story's, not the start of the next.
  var captionsCloseUp = false

  static func segment(_ blocks: [Block], repeated: LineNumbers = LineNumbers(upTo: 0)) -> [ArticleDraft] {
    var segmenter = Segmenter(blocks: blocks, layout: PageLayout(blocks, repeated: repeated))
    segmenter.run()
    return Roundup.split(DisplacedBody.split(segmenter.drafts))
  }

  init(blocks: [Block], layout: PageLayout) {
    self.blocks = blocks
    self.layout = layout
  }

  mutating func run() {
    for index in blocks.indices {
      switch blocks[index] {
      case .titles(let group):
        if group.first?.underRule == true {
          close()
          current.titles = group
        } else {
          layout == .titleFirst ? titleFirst(group, at: index) : titleLast(group, at: index)
        }
      case .byline(let byline, let lines):
        if current.hasBody, signsTheStoryAbove(at: index) {
          current.byline.merge(byline)
          current.bylineLines.append(contentsOf: lines)
          close()
          continue
        }
        // NB: a photo printed between a headline and its story's dateline (`图为…。 图片来源：…` over
        // `本报讯（记者 孙乐琪）…`) is that story's, on a page whose titles head their stories; a caption
        // that tells its own event (`2019年，…举办端午主题活动…。 本报记者 贾雅 摄影报道`) is a photo story.
        let photoUnderTitles = layout == .titleFirst && !current.titles.isEmpty && current.bylineLines.isEmpty
          && current.paragraphs.allSatisfy(\.pointsAtItsPhoto)
        if current.hasBody && !(byline.isPhotoCreditOnly && layout == .titleFirst) && !photoUnderTitles {
          close()
        }
        current.byline.merge(byline)
        current.bylineLines.append(contentsOf: lines)
      case .paragraph(let paragraph):
        if captionsCloseUp, current.isEmpty, paragraph.isPhotoCaption, !drafts.isEmpty {
          drafts[drafts.count - 1].add(paragraph)
          continue
        }
        captionsCloseUp = false
        current.add(paragraph)
      case .label(let line):
        if PageLabel.isNoteLabel(line.normalized.scalars) { noteLabels.append(line) }
      }
    }
    close()
    titleNotes()
  }

  /// Whether the byline at `index` signs the story above it, which it then closes: on a title-first
  /// page, when the page ends after it or the next story opens with its title and byline
  /// (`文/本报记者 张静 摄/本报记者 李飞` under its story). NB: a title with no byline after it may
  /// be a line a column broke off (`2020年高`), and the byline then opens the story below.
  func signsTheStoryAbove(at index: Int) -> Bool {
    guard layout == .titleFirst else { return false }
    let following = blocks[(index + 1)...].lazy.filter { !$0.isLabel }
    guard let next = following.first else { return true }
    return next.isTitles && following.dropFirst().first?.isByline == true
  }

  /// An untitled text on a page that prints an editor's-note label elsewhere (title-last pages
  /// set `开栏的话` away from its text) takes that label as its title.
  mutating func titleNotes() {
    for index in drafts.indices where drafts[index].titles.isEmpty && drafts[index].hasBody && drafts[index].bylineLines.isEmpty {
      guard !noteLabels.isEmpty else { return }
      drafts[index].titles = [TitleLine(line: noteLabels.removeFirst(), kind: .plain)]
    }
  }

  mutating func close() {
    if !current.isEmpty { drafts.append(current) }
    current = ArticleDraft()
  }

  /// The index of the next block that is not a label, and that block.
  func next(after index: Int, skippingLabels: Bool = true) -> Block? {
    var i = index + 1
    while i < blocks.count {
      if !skippingLabels || !blocks[i].isLabel { return blocks[i] }
      i += 1
    }
    return nil
  }

  /// The paragraphs of the text a title group stands over: after it, past labels and the byline
  /// that opens that text, up to the next title group or byline.
  func paragraphs(under index: Int) -> [ParagraphDraft] {
    var start = index
    while start + 1 < blocks.count, blocks[start + 1].isLabel { start += 1 }
    if start + 1 < blocks.count, blocks[start + 1].isByline { start += 1 }
    return paragraphs(after: start)
  }

  /// Title-first: a title group starts a new article, unless it is a lone cross-head inside a
  /// story that has its byline and body and goes on after it.
  mutating func titleFirst(_ group: [TitleLine], at index: Int) {
    let following = next(after: index, skippingLabels: false)
    // NB: titles over a byline start the next story, and titles over a photo caption are a photo
    // story's (its caption is its body), whatever the story above says.
    var overCaption = false
    if case .paragraph(let paragraph) = following { overCaption = paragraph.isPhotoCaption }
    // NB: over a byline, only words far more the story's above than the text under the byline make
    // the group that story's (`…3.2万余户。` then `全市工会已走访慰问困难职工3.2万余户` over `本报讯…`).
    let below = paragraphs(under: index)
    if !overCaption, TitleUnderStory.closes(current, with: group, following: { below }, page: { pageParagraphs }) {
      // NB: the group's last lines may be the next story's own title, set over it.
      let split = TitleUnderStory.nextStorysLines(of: group, above: current.paragraphs, following: below) ?? group.count
      current.titles = Array(group[..<split])
      close()
      current.titles = Array(group[split...])
      return
    }
    if isCrossHead(group, at: index) {
      current.crossHeads.append(contentsOf: group)
      return
    }
    if !current.titles.isEmpty && !current.hasBody && current.bylineLines.isEmpty {
      // NB: a title group split by a label (a post's headline and date over its first section).
      let (titles, heading) = Self.splittingSectionHeading(group, underTitles: true)
      current.titles.append(contentsOf: titles)
      current.crossHeads.append(contentsOf: heading)
      return
    }
    // NB: a caption that opens the page over the first headline and points at its photo is that
    // story's, printed above its title (`▲6月7日，志愿者在考点外…。 记者 王磊 摄`), not an untitled
    // story; one with no mark may be a photo story whose title is printed under it.
    var captionsAbove: [ParagraphDraft] = []
    if drafts.isEmpty, current.titles.isEmpty, current.bylineLines.isEmpty, current.hasBody,
      current.paragraphs.allSatisfy(\.pointsAtItsPhoto)
    {
      captionsAbove = current.paragraphs
      for index in captionsAbove.indices { captionsAbove[index].printedAboveTitle = true }
      current = ArticleDraft()
    } else {
      close()
    }
    (current.titles, current.crossHeads) = Self.splittingSectionHeading(group, underTitles: false)
    for caption in captionsAbove { current.add(caption) }
  }

  /// A title group without the post's first section heading under its headline (`💡高考期间`), which is
  /// a cross-head, not a subtitle; the heading, if the group ends with one. `underTitles`: the group
  /// goes on from titles already read, so the heading may be all of it; else a headline stands over it.
  static func splittingSectionHeading(_ group: [TitleLine], underTitles: Bool) -> (titles: [TitleLine], heading: [TitleLine]) {
    guard underTitles || group.count > 1, let last = group.last, SectionHeading.isBulletedName(last.line.normalized.scalars)
    else { return (group, []) }
    return (Array(group.dropLast()), [last])
  }

  /// Every paragraph of the page.
  var pageParagraphs: [ParagraphDraft] {
    blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
  }

  /// The paragraphs after the block at `index`, up to the next title group or byline (labels skipped).
  func paragraphs(after index: Int) -> [ParagraphDraft] {
    var found: [ParagraphDraft] = []
    for block in blocks[(index + 1)...] {
      switch block {
      case .paragraph(let paragraph): found.append(paragraph)
      case .label: continue
      case .titles, .byline: return found
      }
    }
    return found
  }

  /// A lone plain title inside a story that has its byline and body, with text after it: a
  /// cross-head. A section's heading (`【暖心伴考】`, `（一）暖心伴考不断线` in a year's review or a work
  /// report: `SectionHeading`) is one even in a story with no byline.
  func isCrossHead(_ group: [TitleLine], at index: Int) -> Bool {
    guard group.count == 1, group[0].kind == .plain, current.hasBody, current.paragraphs.last?.isNote != true,
      current.hasDatelineByline || SectionHeading.isSectionName(group[0].line.normalized.scalars),
      let following = next(after: index, skippingLabels: false), following.isParagraph
    else { return false }
    // A photo story (its paragraph carries a credit) is an article of its own.
    var i = index + 1
    while i < blocks.count, case .paragraph(let paragraph) = blocks[i] {
      if paragraph.credit != nil { return false }
      i += 1
    }
    return true
  }

  /// Title-last: a title group closes the story above it when it is followed by a byline, a
  /// label, another title group, a photo caption (which goes with the story) or the end, or carries
  /// a kicker, or the story ended with a credit or the author's unit, or by its words (see
  /// `closesByItsWords`); otherwise it is a cross-head inside the story.
  mutating func titleLast(_ group: [TitleLine], at index: Int) {
    guard current.hasBody else {
      current.titles.append(contentsOf: group)
      return
    }
    let following = next(after: index, skippingLabels: false)
    var captionFollows = false
    if case .paragraph(let paragraph) = following { captionFollows = paragraph.isPhotoCaption }
    // NB: a caption with a title group of its own after it is a photo story, the next article.
    let captionIsAStory = captionFollows && (next(after: index + 1, skippingLabels: false)?.isTitles ?? false)
    let endsStory =
      following == nil || following!.isByline || following!.isLabel || following!.isTitles || captionFollows
      || group.contains(where: \.isKicker) || current.paragraphs.last?.credit != nil
      || current.paragraphs.last?.unit != nil
      || closesByItsWords(group, at: index)
    if endsStory {
      current.titles.append(contentsOf: group)
      close()
      captionsCloseUp = captionFollows && !captionIsAStory
    } else {
      current.crossHeads.append(contentsOf: group)
    }
  }

  /// A title-last title group over an untitled story closes the story above when its distinctive
  /// words are that story's rather than the text's after it, the story ended its last sentence,
  /// and the group is set as a display title (letter-spaced or marked) or the text after it opens
  /// as a story does (`春节前夕，…`). A line a column broke out of a sentence shares the story's
  /// words too, but is set plain, and the text after it goes on with the sentence.
  func closesByItsWords(_ group: [TitleLine], at index: Int) -> Bool {
    guard current.paragraphs.last?.endsSentence == true else { return false }
    let isDisplay = group.contains { $0.line.isLetterSpaced || $0.isHeading }
    let following = paragraphs(after: index)
    guard isDisplay || following.first.map(StoryOpening.opensWithTime) == true else { return false }
    return TitleUnderStory.wordsAreAbove(group, above: current.paragraphs, following: { following }, page: { pageParagraphs })
  }
}
