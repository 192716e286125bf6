// A cross-head's section (`【暖心伴考】` over its paragraphs): its figures count for what the heading names.
import NewsCorpus

/// A year's review set out under headings (`【暖心伴考】…1500余名职工志愿者参与服务`, `【暖心驿站】…`): a
/// figure under a heading counts for the programme its own sentence names, else the heading's, not
/// for the one the article as a whole is filed under. Where the headings name several programmes, a
/// section whose heading names none counts for none of them, as a work report's points do (`NumberedPoint`).
/// Only a section's name in square brackets sets out a section: a plain line inside a story may be
/// another story's title the segmenter could not place (a title-last page's).
extension FactExtractor {
  /// The programme a figure's section gives it, or nil when its paragraph stands under no heading.
  func sectionProgramme(sentence: SentenceReading, in unit: TextUnit, _ context: ArticleContext)
    -> (named: Programme?, articleMayStand: Bool)?
  {
    guard case .paragraph(let paragraph) = unit.source,
      let head = context.article.crossHeads.last(where: { $0.line < paragraph.lines.lowerBound }), head.isSectionName
    else { return nil }
    let named = sentence.named ?? lexicon.firstProgramme(in: Array(head.text.unicodeScalars), confirmed: context.confirmed)
    return (named, !headsNameSeveralProgrammes(context))
  }

  /// Whether the article's cross-heads name two programmes or more (read once).
  func headsNameSeveralProgrammes(_ context: ArticleContext) -> Bool {
    if let known = context.headsNameSeveralProgrammes { return known }
    let named = Set(context.article.crossHeads.filter(\.isSectionName).compactMap {
      lexicon.firstProgramme(in: Array($0.text.unicodeScalars), confirmed: context.confirmed)?.id
    })
    context.headsNameSeveralProgrammes = named.count > 1
    return named.count > 1
  }

  /// The lead-in a section's name gives the paragraph right under it: `【站点分布】` over
  /// `东华门街道 8家 | 景山街道 5家` leads the list in as `站点分布：` would. Nil under no heading, or
  /// when a paragraph stands between the heading and this one (`after`: the last line read before).
  func sectionLeadIn(of unit: TextUnit, after previousLine: Int, _ context: ArticleContext) -> [Unicode.Scalar]? {
    guard case .paragraph(let paragraph) = unit.source,
      let head = context.article.crossHeads.last(where: { $0.line < paragraph.lines.lowerBound }), head.isSectionName,
      head.line > previousLine
    else { return nil }
    let name = head.text.unicodeScalars.filter { $0 != "【" && $0 != "】" }
    return Array(name) + ["："]
  }
}
