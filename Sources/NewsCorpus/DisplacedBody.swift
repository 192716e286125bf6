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
    let wanted = BigramSet(candidates.reduce(into: []) { $0.formUnion($1.kickerBigrams) })
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

/// A few bigrams to look for in long text, with a bit mask that rules most pairs out unhashed.
struct BigramSet {
  let members: Set<HeadlineMatch.Bigram>
  /// Bit `slot(b)` is set for every member `b`.
  private var mask = [UInt64](repeating: 0, count: BigramSet.maskWords)
  static let maskWords = 64

  init(_ members: Set<HeadlineMatch.Bigram>) {
    self.members = members
    for bigram in members {
      let slot = BigramSet.slot(bigram)
      mask[slot >> 6] |= 1 << UInt64(slot & 63)
    }
  }

  @inline(__always)
  static func slot(_ bigram: HeadlineMatch.Bigram) -> Int {
    Int(truncatingIfNeeded: (bigram &* 0x9E37_79B9_7F4A_7C15) >> 52)  // 12 bits: 64 words of 64
  }

  /// The members among the Han bigrams of a paragraph draft (pieces joined, as the paragraph
  /// will be), each once, in order of first appearance.
  func bigrams(in paragraph: ParagraphDraft) -> [HeadlineMatch.Bigram] {
    var found: [HeadlineMatch.Bigram] = []
    guard !members.isEmpty else { return found }
    var previous: UInt32? = nil
    for piece in paragraph.pieces {
      let scalars = piece.line.normalized.scalars
      for index in piece.from..<piece.to {
        let scalar = scalars[index]
        guard scalar.isHan else {
          previous = nil
          continue
        }
        if let before = previous {
          let bigram = HeadlineMatch.Bigram(before) << 32 | HeadlineMatch.Bigram(scalar.value)
          let slot = BigramSet.slot(bigram)
          if mask[slot >> 6] & (1 << UInt64(slot & 63)) != 0, members.contains(bigram), !found.contains(bigram) {
            found.append(bigram)
          }
        }
        previous = scalar.value
      }
    }
    return found
  }
}
