// A cross-head's section (`【暖心伴考】` over its paragraphs): its figures count for what the heading names.
import NewsCorpus

/// A year's review set out under headings (`【暖心伴考】…1500余名职工志愿者参与服务`, `【暖心驿站】…`): a
/// figure under a heading counts for the programme its own sentence names, else the heading's, not
/// for the one the article as a whole is filed under. Where the headings name several programmes, a
/// section whose heading names none counts for none of them, as a work report's points do (`NumberedPoint`).
/// Only a section's name in square brackets sets out a section: a plain line inside a story may be
/// another story's title the segmenter could not place (a title-last page's).
extension FactExtractor {
  /// The programme a figure's section gives it, or nil when its paragraph stands under no heading:
  /// the one its sentence names, else its heading, else the section's text before it (a section
  /// reads as a story of its own: `📌 驿站服务暖人心` over `…户外劳动者暖心驿站里…12家驿站累计服务…`).
  /// A section that names none counts for the article's programme, unless another heading names that
  /// one and the title names one no heading does (`暖心伴考 驿站同行` over `💡高考期间` …
  /// `💡户外劳动者暖心驿站`): it counts for that one. Where headings name several, it counts for none.
  func sectionProgramme(sentence: SentenceReading, in unit: TextUnit, _ context: ArticleContext)
    -> (named: Programme?, articleMayStand: Bool)?
  {
    guard case .paragraph(let paragraph) = unit.source,
      let head = context.article.crossHeads.last(where: { $0.line < paragraph.lines.lowerBound }), head.isSectionName
    else { return nil }
    let before = sectionText(after: head.line, before: paragraph.lines.lowerBound, context)
      + [Array(unit.scalars[..<sentence.range.lowerBound])]
    if let named = sentence.named ?? lexicon.firstProgramme(in: Array(head.text.unicodeScalars), confirmed: context.confirmed)
      ?? before.lazy.compactMap({ self.lexicon.firstProgramme(in: $0, confirmed: context.confirmed) }).first
    {
      return (named, true)
    }
    let claimed = headProgrammes(context)
    // NB: a story of one programme (`【数说送温暖】` … `【乡镇直击】`) keeps it in every section.
    if let article = context.programme, claimed.contains(article.id), let unclaimed = titleProgramme(unclaimedBy: claimed, context) {
      return (unclaimed, false)
    }
    return (nil, claimed.count <= 1)
  }

  /// The first programme the article's title names that no section heading names.
  func titleProgramme(unclaimedBy claimed: Set<String>, _ context: ArticleContext) -> Programme? {
    lexicon.mentions(in: Array(context.title.unicodeScalars), confirmed: context.confirmed).lazy.map(\.programme)
      .first { $0.kind == .programme && !claimed.contains($0.id) }
  }

  /// The text of the paragraphs between a heading's line and `line`: the section before a figure's paragraph.
  func sectionText(after headLine: Int, before line: Int, _ context: ArticleContext) -> [[Unicode.Scalar]] {
    context.units.compactMap { unit in
      guard case .paragraph(let paragraph) = unit.source, paragraph.lines.lowerBound > headLine,
        paragraph.lines.lowerBound < line
      else { return nil }
      return unit.scalars
    }
  }

  /// The programmes the article's section headings name (read once).
  func headProgrammes(_ context: ArticleContext) -> Set<String> {
    if let known = context.headProgrammes { return known }
    let named = Set(context.article.crossHeads.filter(\.isSectionName).compactMap {
      lexicon.firstProgramme(in: Array($0.text.unicodeScalars), confirmed: context.confirmed)?.id
    })
    context.headProgrammes = named
    return named
  }

  /// The lead-in a section's name gives the paragraph right under it: `【站点分布】` over
  /// `东华门街道 8家 | 景山街道 5家` leads the list in as `站点分布：` would. Nil under no heading, or
  /// when a paragraph stands between the heading and this one (`after`: the last line read before).
  func sectionLeadIn(of unit: TextUnit, after previousLine: Int, _ context: ArticleContext) -> [Unicode.Scalar]? {
    guard case .paragraph(let paragraph) = unit.source, let head = crossHead(above: paragraph, after: previousLine, context),
      head.isSectionName
    else { return nil }
    let name = head.text.unicodeScalars.filter { $0 != "【" && $0 != "】" }
    return Array(name) + ["："]
  }

  /// The last cross-head above `paragraph`, when no paragraph stands between them (`after`: the last
  /// line read before).
  func crossHead(above paragraph: Paragraph, after previousLine: Int, _ context: ArticleContext) -> CrossHead? {
    guard let head = context.article.crossHeads.last(where: { $0.line < paragraph.lines.lowerBound }), head.line > previousLine
    else { return nil }
    return head
  }

  /// The heading right above a paragraph, with no paragraph between them: over a table's header, the
  /// table's caption set as a line of its own (`部分区服务站点建设情况（截至2016年10月31日）`), which names
  /// what a column with no noun counts (`累计建成（个）`). Over the first paragraph, with no cross-head
  /// between, that is the article's headline (a table printed under its own title). Nil when a
  /// paragraph came after the heading.
  func headingAbove(_ unit: TextUnit, after previousLine: Int, _ context: ArticleContext) -> [Unicode.Scalar]? {
    guard case .paragraph(let paragraph) = unit.source else { return nil }
    if let head = crossHead(above: paragraph, after: previousLine, context) { return Array(head.text.unicodeScalars) }
    guard context.article.paragraphs.first?.lines == paragraph.lines, let headline = context.article.headline else { return nil }
    return Array(headline.unicodeScalars)
  }
}
