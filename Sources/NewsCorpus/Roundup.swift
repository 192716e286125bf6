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

  /// Whether the draft is a column of briefs.
  static func isColumn(_ draft: ArticleDraft) -> Bool {
    guard !draft.hasDatelineByline, let first = draft.paragraphs.first, opensBrief(first) else { return false }
    return draft.paragraphs.dropFirst().contains(where: opensBrief)
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
