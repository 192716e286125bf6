// Article drafts → articles: title block, paragraphs with provenance, captions, quality flags.

/// Builds the articles of one file.
struct ArticleBuilder {
  let scalars: [Unicode.Scalar]
  let file: String
  let context: PageContext
  /// Sentences and clauses seen so far in the file, for repetition checks.
  var seenSentences = KeySet()
  var seenClauses = KeySet()

  /// Shortest clause that counts as repeated text, in scalars.
  static let minRepeatedClause = 12

  init(scalars: [Unicode.Scalar], file: String, context: PageContext) {
    self.scalars = scalars
    self.file = file
    self.context = context
  }

  mutating func build(_ draft: ArticleDraft) -> Article {
    let title = TitleBlock(draft.titles)
    var article = Article(
      file: file, lineStart: 0, lineEnd: 0, kicker: title.kicker, headline: title.headline,
      subtitle: title.subtitle, headlineLine: title.headlineLine, byline: draft.byline)
    article.kickerLine = title.kickerLine
    article.subtitleLine = title.subtitleLine
    if let column = draft.column {
      // NB: a brief's kicker is its column's title; the title's line stays out of the brief's lines.
      (article.kicker, article.kickerLine) = (column.text, column.line.number)
    }
    var flags: [QualityFlag] = []
    let hasPlainBody = draft.paragraphs.indices.contains { !draft.captionIndices.contains($0) }
    var previousTruncated = false
    for (index, paragraphDraft) in draft.paragraphs.enumerated() {
      guard let paragraph = ParagraphBuilder.build(paragraphDraft.pieces, in: scalars, file: file) else { continue }
      if paragraphDraft.startsMidSentence || previousTruncated {
        flags.append(QualityFlag(.fragment, line: paragraph.lines.lowerBound, wordsOf: paragraph.text))
      }
      previousTruncated = false
      let isCaption = draft.captionIndices.contains(index) && paragraphDraft.isSetAsCaption && hasPlainBody
      if isCaption {
        article.captions.append(paragraph)
        continue
      }
      if let repeated = repetition(of: paragraph, draft: paragraphDraft) {
        flags.append(repeated)
        if repeated.kind == .repeatedParagraph {
          previousTruncated = !paragraphDraft.isComplete
          continue
        }
      }
      if !paragraphDraft.isComplete {
        flags.append(QualityFlag(.truncated, line: paragraph.lines.upperBound, wordsOf: paragraph.text, fromEnd: true))
        previousTruncated = true
      }
      article.paragraphs.append(paragraph)
    }
    article.bodyLines = bodyLines(of: draft)
    article.crossHeads = draft.crossHeads.map {
      CrossHead(text: $0.text, line: $0.line.number, isSectionName: SectionHeading.isSectionName($0.line.normalized.scalars))
    }
    var allLines = draft.titles.map(\.line.number) + draft.bylineLines + draft.crossHeads.map(\.line.number)
    allLines += draft.paragraphs.flatMap { $0.pieces.map(\.line.number) }
    article.lineStart = allLines.min() ?? 0
    article.lineEnd = allLines.max() ?? 0
    if article.paragraphs.isEmpty && article.captions.isEmpty {
      flags.append(QualityFlag(.noBody, line: article.lineStart, detail: article.headline ?? ""))
    }
    if let other = draft.displacedFrom, let body = article.bodyLines {
      flags.append(
        QualityFlag(.displacedBody, line: article.headlineLine ?? article.lineStart,
          detail: "body at lines \(body.lowerBound)–\(body.upperBound), printed under “\(other)”"))
    }
    if article.headline == nil {
      // NB: a brief of a column has none by design; its kicker is the column's title.
      if draft.column == nil { flags.append(QualityFlag(.noHeadline, line: article.lineStart)) }
    } else if let mismatch = HeadlineMatch.mismatch(article) {
      flags.append(mismatch)
    }
    article.flags = flags
    return article
  }

  /// From the lede's first line (a dateline byline opening the lede counts) to the last body line.
  func bodyLines(of draft: ArticleDraft) -> ClosedRange<Int>? {
    let captionsOnly = draft.paragraphs.indices.allSatisfy { draft.captionIndices.contains($0) && draft.paragraphs[$0].isSetAsCaption }
    let body = draft.paragraphs.indices
      .filter { captionsOnly || !(draft.captionIndices.contains($0) && draft.paragraphs[$0].isSetAsCaption) }
      .map { draft.paragraphs[$0] }
    guard var first = body.map(\.firstLine).min(), let last = body.map(\.lastLine).max() else { return nil }
    if draft.bylineLines.contains(first) {
      while draft.bylineLines.contains(first - 1) { first -= 1 }
    }
    return first...last
  }

  /// A repeated paragraph (every sentence seen before, or every line a repeated line), or a
  /// paragraph with a repeated clause; records its sentences and clauses as seen.
  mutating func repetition(of paragraph: Paragraph, draft: ParagraphDraft) -> QualityFlag? {
    // NB: the paragraph's normalised text is its pieces' scalars joined; read them directly.
    let keys = TextPieces.sentenceAndClauseKeys(draft.pieces)
    let sentences = keys.sentences
    let clauses = keys.clauses.filter { $0.length >= ArticleBuilder.minRepeatedClause }
    let linesRepeated = draft.pieces.allSatisfy { context.repeatedLines.contains($0.line.number) }
    let allSeen = !sentences.isEmpty && sentences.allSatisfy { seenSentences.contains($0) }
    let someClauseSeen = clauses.contains { seenClauses.contains($0) }
    seenSentences.formUnion(sentences)
    seenClauses.formUnion(clauses)
    if allSeen || linesRepeated {
      return QualityFlag(.repeatedParagraph, line: paragraph.lines.lowerBound, wordsOf: paragraph.text)
    }
    if someClauseSeen {
      return QualityFlag(.repeatedText, line: paragraph.lines.lowerBound, wordsOf: paragraph.text)
    }
    return nil
  }
}
