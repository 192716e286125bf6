// An article being put together from blocks.

/// The blocks of one article before its paragraphs are built and checked.
struct ArticleDraft: Sendable {
  var titles: [TitleLine] = []
  var byline = Byline()
  var bylineLines: [Int] = []
  var paragraphs: [ParagraphDraft] = []
  /// Paragraphs credited as photo captions.
  var captionIndices: Set<Int> = []
  /// Cross-heads inside the body.
  var crossHeads: [TitleLine] = []
  /// The headline this draft was split from (its body was printed under another story's title).
  var displacedFrom: String? = nil
  /// The title of the column this draft is a brief of (`Roundup`): its kicker, not its headline.
  var column: TitleLine? = nil

  /// Text under the title: a caption printed above it is not the story's body yet.
  var hasBody: Bool { paragraphs.contains { !$0.printedAboveTitle } }
  var isEmpty: Bool { titles.isEmpty && paragraphs.isEmpty && bylineLines.isEmpty }
  var hasDatelineByline: Bool { !bylineLines.isEmpty }

  mutating func add(_ paragraph: ParagraphDraft) {
    if let credit = paragraph.credit {
      byline.merge(credit)
      captionIndices.insert(paragraphs.count)
    }
    if let unit = paragraph.unit, byline.unit == nil { byline.unit = unit }
    paragraphs.append(paragraph)
  }
}
