// A column of briefs (`基层动态` over `■东城区总工会…`, `■西城区总工会…`): each brief is an article.
import ChineseText

/// Splits a draft that is a column of briefs into one draft per brief.
///
/// The shape: a draft with no dateline byline whose body opens with a brief and holds two or more,
/// each brief a paragraph that opens with a bullet (`■`, `◆`, `●`, `▲`, `★`) or a bracketed place
/// or topic (`【朝阳】`). A brief runs to the next one. The column's title goes with every brief as
/// its kicker (the column, not a headline: briefs have none), and each brief keeps its own signature
/// (`（王芳）`). An article with a lede that lists points after it (`本报讯…成效如下：` then `■…`) is one
/// article: it has a byline or an opening paragraph.
enum Roundup {
  /// The longest label in brackets that opens a brief (`【石景山】`, `【区县传真】`).
  static let maxLabel = 8

  static func split(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
    // NB: most pages have no brief at all; they pass through untouched.
    guard drafts.contains(where: isColumn) else { return drafts }
    return drafts.flatMap { isColumn($0) ? briefs(of: $0) : [$0] }
  }

  /// Whether the draft is a column of briefs. A box of figures set a row a line with bullets
  /// (`✅ 服务站点：126个`, `◆志愿者2800余名`) is one story's, not a column: its rows tell no story.
  static func isColumn(_ draft: ArticleDraft) -> Bool {
    guard !draft.hasDatelineByline, let first = draft.paragraphs.first, opensBrief(first) else { return false }
    let bulleted = draft.paragraphs.filter(opensBrief)
    return bulleted.count >= 2 && !bulleted.allSatisfy(isBoxRow)
  }

  /// The longest row of a box of figures, in scalars.
  static let maxBoxRow = 24

  /// Whether a bulleted paragraph is a row of a box of figures: one short line that ends no sentence.
  static func isBoxRow(_ paragraph: ParagraphDraft) -> Bool {
    let pieces = paragraph.pieces.filter { !$0.isEmpty }
    guard pieces.count == 1, let text = pieces.first?.scalars else { return false }
    return text.count <= maxBoxRow && !text.contains(where: Punctuation.endsSentence)
  }

  /// Whether a paragraph opens a brief: a bullet, or a short label in 【】, first.
  static func opensBrief(_ paragraph: ParagraphDraft) -> Bool {
    guard let piece = paragraph.pieces.first(where: { !$0.isEmpty }) else { return false }
    let text = piece.scalars
    guard let first = text.first else { return false }
    if Punctuation.isBullet(first) { return true }
    guard first == "【", let close = text.prefix(maxLabel + 2).firstIndex(of: "】") else { return false }
    return close > text.startIndex + 1
  }

  /// One draft per brief, in order.
  static func briefs(of column: ArticleDraft) -> [ArticleDraft] {
    let block = TitleBlock(column.titles)
    let label = block.headlineLine.flatMap { line in column.titles.first { $0.line.number == line } }
    var result: [ArticleDraft] = []
    for (index, paragraph) in column.paragraphs.enumerated() {
      if index == 0 || opensBrief(paragraph) {
        result.append(ArticleDraft(column: label))
      }
      if column.captionIndices.contains(index) { result[result.count - 1].captionIndices.insert(result[result.count - 1].paragraphs.count) }
      if let credit = paragraph.credit { result[result.count - 1].byline.merge(credit) }
      if let unit = paragraph.unit, result[result.count - 1].byline.unit == nil { result[result.count - 1].byline.unit = unit }
      result[result.count - 1].paragraphs.append(paragraph)
    }
    return result
  }
}
