// A kicker that is really another story's headline, whose body was printed after this story.
import ChineseText

/// Splits off a headline whose own body stands later, after a cut, under another story.
///
/// The shape: a plain line over a marked headline looks like a kicker, but its distinctive
/// words (Han bigrams found in at most two paragraphs of the page, and not in the headline)
/// are (nearly) absent from the story's lede and appear in a later paragraph. Its body then starts
/// after the first cut (a paragraph that stops mid-sentence) before that paragraph.
enum DisplacedBody {
  /// A bigram in more paragraphs than this is common vocabulary on the page, not distinctive.
  static let maxDistinctiveFrequency = 2
  /// How many more distinctive bigrams the later paragraph must share with the kicker than the lede.
  static let minMargin = 2
  /// Paragraphs that make up the lede.
  static let ledeLength = 2

  static func split(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
    let texts = drafts.map { $0.paragraphs.map(bigrams) }
    var frequency: [HeadlineMatch.Bigram: Int] = [:]
    for paragraph in texts.joined() {
      for bigram in paragraph { frequency[bigram, default: 0] += 1 }
    }
    var result: [ArticleDraft] = []
    for (index, draft) in drafts.enumerated() {
      if let parts = split(draft, texts: texts[index], frequency: frequency) {
        result.append(contentsOf: parts)
      } else {
        result.append(draft)
      }
    }
    return result
  }

  /// The Han bigrams of a paragraph draft (pieces are joined, as the paragraph will be).
  static func bigrams(_ paragraph: ParagraphDraft) -> Set<HeadlineMatch.Bigram> {
    HeadlineMatch.bigrams(paragraph.pieces.lazy.flatMap(\.scalars))
  }

  static func split(
    _ draft: ArticleDraft, texts: [Set<HeadlineMatch.Bigram>], frequency: [HeadlineMatch.Bigram: Int]
  ) -> [ArticleDraft]? {
    let block = TitleBlock(draft.titles)
    guard let headlineLine = block.headlineLine, draft.titles.contains(where: \.isHeading),
      let headlineIndex = draft.titles.firstIndex(where: { $0.line.number == headlineLine }), headlineIndex > 0,
      draft.titles[..<headlineIndex].allSatisfy({ $0.kind == .plain }), texts.count > ledeLength
    else { return nil }
    let kickers = Array(draft.titles[..<headlineIndex])
    let headlineBigrams = HeadlineMatch.bigrams(block.headline ?? "")
    let distinctive = HeadlineMatch.bigrams(kickers.map(\.text).joined(separator: " "))
      .subtracting(headlineBigrams)
      .filter { (frequency[$0] ?? 0) >= 1 && (frequency[$0] ?? 0) <= maxDistinctiveFrequency }
    func matches(_ text: Set<HeadlineMatch.Bigram>) -> Int { distinctive.intersection(text).count }
    let lede = texts.prefix(ledeLength).map(matches).max() ?? 0
    guard !distinctive.isEmpty,
      let firstMention = texts.indices.dropFirst(ledeLength).first(where: { matches(texts[$0]) >= lede + minMargin })
    else { return nil }
    let cut = (ledeLength...firstMention).first { !draft.paragraphs[$0 - 1].endsSentence } ?? firstMention
    var main = draft
    main.titles = Array(draft.titles[headlineIndex...])
    main.paragraphs = Array(draft.paragraphs[..<cut])
    main.captionIndices = draft.captionIndices.filter { $0 < cut }
    var displaced = ArticleDraft()
    displaced.titles = kickers
    displaced.paragraphs = Array(draft.paragraphs[cut...])
    displaced.captionIndices = Set(draft.captionIndices.filter { $0 >= cut }.map { $0 - cut })
    displaced.displacedFrom = block.headline
    if cut > 0, !draft.paragraphs[cut - 1].endsSentence { displaced.paragraphs[0].startsMidSentence = true }
    return [main, displaced]
  }
}
