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

  /// A draft whose title group has the shape: plain lines over a marked headline.
  struct Candidate {
    var index: Int
    var block: TitleBlock
    var headlineIndex: Int
    /// The kickers' Han bigrams that are not in the headline.
    var kickerBigrams: Set<HeadlineMatch.Bigram>
  }

  static func split(_ drafts: [ArticleDraft]) -> [ArticleDraft] {
    // NB: only the kickers' bigrams are ever looked up, so paragraphs are scanned for those
    // alone, and not at all on a page with no candidate (most pages).
    let candidates = drafts.indices.compactMap { candidate(drafts[$0], at: $0) }
    guard !candidates.isEmpty else { return drafts }
    let wanted = BigramSet(candidates.reduce(into: Set<HeadlineMatch.Bigram>()) { $0.formUnion($1.kickerBigrams) })
    let texts = drafts.map { $0.paragraphs.map { wanted.bigrams(in: $0) } }
    var frequency: [HeadlineMatch.Bigram: Int] = [:]
    for paragraph in texts.joined() {
      for bigram in paragraph { frequency[bigram, default: 0] += 1 }
    }
    var result: [ArticleDraft] = []
    var pending = candidates[...]
    for (index, draft) in drafts.enumerated() {
      if let found = pending.first, found.index == index {
        pending = pending.dropFirst()
        if let parts = split(draft, found, texts: texts[index], frequency: frequency) {
          result.append(contentsOf: parts)
          continue
        }
      }
      result.append(draft)
    }
    return result
  }

  /// The draft as a candidate, when its titles have the shape and it has more than a lede.
  static func candidate(_ draft: ArticleDraft, at index: Int) -> Candidate? {
    guard draft.paragraphs.count > ledeLength, draft.titles.contains(where: \.isHeading) else { return nil }
    let block = TitleBlock(draft.titles)
    guard let headlineLine = block.headlineLine,
      let headlineIndex = draft.titles.firstIndex(where: { $0.line.number == headlineLine }), headlineIndex > 0,
      draft.titles[..<headlineIndex].allSatisfy({ $0.kind == .plain })
    else { return nil }
    let headlineBigrams = HeadlineMatch.bigrams(block.headline ?? "")
    let kickerBigrams = HeadlineMatch.bigrams(draft.titles[..<headlineIndex].map(\.text).joined(separator: " "))
      .subtracting(headlineBigrams)
    return Candidate(index: index, block: block, headlineIndex: headlineIndex, kickerBigrams: kickerBigrams)
  }

  /// `texts` holds, for each paragraph of the draft, its bigrams among the candidates' kicker
  /// bigrams; `frequency` counts the paragraphs of the page holding each of those.
  static func split(
    _ draft: ArticleDraft, _ candidate: Candidate, texts: [[HeadlineMatch.Bigram]],
    frequency: [HeadlineMatch.Bigram: Int]
  ) -> [ArticleDraft]? {
    let distinctive = candidate.kickerBigrams
      .filter { (frequency[$0] ?? 0) >= 1 && (frequency[$0] ?? 0) <= maxDistinctiveFrequency }
    func matches(_ text: [HeadlineMatch.Bigram]) -> Int { text.count { distinctive.contains($0) } }
    let lede = texts.prefix(ledeLength).map(matches).max() ?? 0
    guard !distinctive.isEmpty,
      let firstMention = texts.indices.dropFirst(ledeLength).first(where: { matches(texts[$0]) >= lede + minMargin })
    else { return nil }
    let headlineIndex = candidate.headlineIndex
    let cut = (ledeLength...firstMention).first { !draft.paragraphs[$0 - 1].endsSentence } ?? firstMention
    var main = draft
    main.titles = Array(draft.titles[headlineIndex...])
    main.paragraphs = Array(draft.paragraphs[..<cut])
    main.captionIndices = draft.captionIndices.filter { $0 < cut }
    var displaced = ArticleDraft()
    displaced.titles = Array(draft.titles[..<headlineIndex])
    displaced.paragraphs = Array(draft.paragraphs[cut...])
    displaced.captionIndices = Set(draft.captionIndices.filter { $0 >= cut }.map { $0 - cut })
    displaced.displacedFrom = candidate.block.headline
    if cut > 0, !draft.paragraphs[cut - 1].endsSentence { displaced.paragraphs[0].startsMidSentence = true }
    return [main, displaced]
  }
}
