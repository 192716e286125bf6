// Lays articles out as the lines of one page dump and records the line of every planted figure.

/// One page dump being written: its lines so far and the facts planted in them.
struct PageWriter {
  let file: String
  let layout: PageLayout
  let type: Typography
  var rng: SplitMix64
  private(set) var page = PageText()
  private(set) var facts: [PlantedFact] = []

  init(file: String, layout: PageLayout, type: Typography, rng: SplitMix64) {
    self.file = file
    self.layout = layout
    self.type = type
    self.rng = rng
    page.appendBlankLines(layout.leadingBlankLines)
    if let banner = layout.banner {
      for copy in 0..<layout.bannerCopies {
        if copy > 0 { blank() }
        page.appendLine((layout.markdown ? "# " : "") + banner)
      }
    }
  }

  /// Appends one article: title block, byline and body, in the page's layout.
  mutating func write(_ draft: ArticleDraft) {
    if page.lineCount > 0 { blank(rng.pick([1, 1, 1, 2, 3])) }
    let title = printTitle(draft)
    if !layout.titleAfterBody {
      emit(title, draft: draft)
      blank()
    }
    var paragraphs = draft.paragraphs
    switch draft.byline {
    case .newsflash(let reporters, let correspondents):
      var credit = "本报讯（" + roles([("记者", reporters), ("通讯员", correspondents)]) + "）"
      if layout.markdown { credit = "**" + credit + "**" }
      paragraphs[0] = Passage(pieces: [.byline(credit)] + paragraphs[0].pieces)
    case .reporterLine(let reporters, let correspondents):
      var line = "本报记者 " + reporters.joined(separator: " ")
      if !correspondents.isEmpty { line += " 本报通讯员 " + correspondents.joined(separator: " ") }
      page.appendLine((rng.chance(0.4) ? " " : "") + line)
      blank()
    case .photo: break
    }
    let body = artefacts(paragraphs.map { $0.printed(type, &rng) })
    for (index, paragraph) in body.enumerated() {
      if index > 0 { blank() }
      emit(paragraph, headline: title.headline, draft: draft)
    }
    if case .photo(let photographer, let staff, let report) = draft.byline {
      let credit = (staff ? "本报记者 " : "本报通讯员 ") + photographer + (report ? " 摄影报道" : " 摄")
      if case .paragraphs = layout.wrap, rng.chance(0.5) {
        page.extendLastLine(" " + credit)
      } else {
        blank()
        page.appendLine(credit)
      }
    }
    if layout.titleAfterBody {
      blank()
      emit(title, draft: draft)
    }
  }

  // MARK: - Title block

  /// The printed title lines, Markdown marks included, and the headline as the `article` key.
  private struct Title {
    var lines: [(mark: String, text: PrintedText)]
    var headline: String
  }

  private mutating func printTitle(_ draft: ArticleDraft) -> Title {
    let unmarked = !layout.markdown || layout.titleAfterBody
    var lines: [(mark: String, text: PrintedText)] = []
    if let kicker = draft.kicker {
      var printed = kicker.printed(type, &rng)
      // NB: an unmarked kicker must end with —— or a reader takes it for the headline.
      if unmarked, !printed.text.hasSuffix("——") { printed.scalars += "——".unicodeScalars }
      lines.append(("", printed))
    }
    var headline = draft.headline.printed(type, &rng)
    if !draft.headline.hasFigures, rng.chance(layout.letterSpacing) {
      headline.scalars = Self.letterSpaced(headline.scalars)
    }
    lines.append((unmarked ? "" : layout.banner == nil ? "# " : "## ", headline))
    if let subtitle = draft.subtitle {
      lines.append((unmarked ? "" : "### ", subtitle.printed(type, &rng)))
    }
    return Title(lines: lines, headline: headline.text)
  }

  private mutating func emit(_ title: Title, draft: ArticleDraft) {
    for (index, line) in title.lines.enumerated() {
      if index > 0 { blank() }
      page.appendLine(Array(line.mark.unicodeScalars) + line.text.scalars)
      for placement in line.text.placements {
        plant(placement, line: page.lineCount, headline: title.headline, draft: draft)
      }
    }
  }

  /// `向前一步，贴近职工` → `向 前 一 步 ，贴 近 职 工`.
  static func letterSpaced(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    for (index, scalar) in scalars.enumerated() {
      out.append(scalar)
      let punctuation = "，、：“”".unicodeScalars.contains(scalar)
      if index + 1 < scalars.count, !punctuation { out.append(" ") }
    }
    return out
  }

  private func roles(_ roles: [(String, [String])]) -> String {
    let separator = type.spacedBylines ? " " : ""
    return roles.filter { !$0.1.isEmpty }.map { $0.0 + separator + $0.1.joined(separator: " ") }.joined(separator: " ")
  }

  // MARK: - Body

  /// The dump's artefacts: a figure-free paragraph cut short, a paragraph printed twice.
  private mutating func artefacts(_ body: [PrintedText]) -> [PrintedText] {
    var body = body
    if rng.chance(layout.truncateParagraph) {
      let candidates = body.indices.filter { $0 > 0 && body[$0].placements.isEmpty && body[$0].scalars.count > 20 }
      if !candidates.isEmpty {
        let index = rng.pick(candidates)
        body[index].scalars.removeLast(body[index].scalars.count * rng.int(20...60) / 100)
      }
    }
    if body.count >= 2, rng.chance(layout.repeatParagraph) {
      let index = rng.int(1...(body.count - 1))
      body.insert(body[index], at: rng.int((index + 1)...body.count))
    }
    return body
  }

  /// Writes one paragraph as the layout wraps it and plants its figures at their lines.
  private mutating func emit(_ paragraph: PrintedText, headline: String, draft: ArticleDraft) {
    let ranges: [Range<Int>]
    var blankBetween = true
    switch layout.wrap {
    case .paragraphs(let strayBreak):
      ranges = strayBreakRanges(paragraph, chance: strayBreak)
    case .columns(let width, let blanks):
      ranges = LineWrapper.columns(paragraph.scalars, width: width)
      blankBetween = blanks
    }
    var lineOfRange: [Int] = []
    for (index, range) in ranges.enumerated() {
      if index > 0, blankBetween { blank() }
      page.appendLine(paragraph.scalars[range])
      lineOfRange.append(page.lineCount)
    }
    for placement in paragraph.placements {
      let index = ranges.firstIndex { $0.contains(placement.start) }!
      plant(placement, line: lineOfRange[index], headline: headline, draft: draft)
    }
  }

  /// One range, or two when the dump broke the paragraph at a random place (never inside a figure).
  private mutating func strayBreakRanges(_ paragraph: PrintedText, chance: Double) -> [Range<Int>] {
    let count = paragraph.scalars.count
    guard count > 10, rng.chance(chance) else { return [0..<count] }
    let cut = rng.int(4...(count - 4))
    if paragraph.placements.contains(where: { $0.start < cut && cut < $0.end }) { return [0..<count] }
    return [0..<cut, cut..<count]
  }

  private mutating func blank(_ count: Int = 1) {
    page.appendBlankLines(count)
  }

  private mutating func plant(_ placement: PrintedText.Placement, line: Int, headline: String, draft: ArticleDraft) {
    let figure = placement.figure
    facts.append(
      PlantedFact(
        file: file, line: line, article: headline, programme: draft.programme, metric: figure.metric,
        subtype: figure.subtype, scope: (figure.scope ?? draft.scope).label, year: figure.year ?? draft.year,
        cumulative: figure.cumulative, periodStart: figure.periodStart, periodEnd: figure.periodEnd,
        low: figure.amount.low, high: figure.amount.high, qualifier: figure.amount.qualifier,
        unit: figure.amount.unit, surface: figure.amount.surface, quote: placement.quote))
  }
}
