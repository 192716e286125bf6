// A title printed under the untitled story that opens a title-first page: it is that story's.
import ChineseText

/// On a title-first page, a story that opens under its byline with no title, then a title group
/// whose words are that story's rather than the text after it (`本报记者 赵蕾…新建户外劳动者服务站点28个…`
/// then `顺 义 新 建 28 个 户 外 劳 动 者 驿 站`, then a jump from another page):
/// the layout set this title under its story, as title-last pages do, and it closes the story.
///
/// Read so when the title group is not followed by a byline (which would make it the next story's
/// start) or a photo caption (which would make it a photo story's title) and its distinctive words — Han bigrams found in at most two paragraphs of the page, so
/// not 工会 or 职工 — are the story's: at least ``minShared`` of them stand in the story above, and
/// more than twice as many as in the paragraphs after the title, up to the next title or byline.
enum TitleUnderStory {
  /// Distinctive Han bigrams a title must share with the story above it.
  static let minShared = 3

  /// Whether `group` is the title of `story`, which it follows; `following` are the paragraphs
  /// after it, `page` every paragraph of the page (both gathered only for an untitled story).
  static func closes(
    _ story: ArticleDraft, with group: [TitleLine], following: () -> [ParagraphDraft], page: () -> [ParagraphDraft]
  ) -> Bool {
    guard story.titles.isEmpty, story.hasBody, story.hasDatelineByline else { return false }
    return wordsAreAbove(group, above: story.paragraphs, following: following, page: page)
  }

  /// Whether the distinctive words of `group` are those of the paragraphs `above` it rather than
  /// of the ones `following` it: what tells a title printed under its story from a heading over
  /// the text after it.
  static func wordsAreAbove(
    _ group: [TitleLine], above: [ParagraphDraft], following: () -> [ParagraphDraft], page: () -> [ParagraphDraft]
  ) -> Bool {
    let title = HeadlineMatch.bigrams(group.lazy.flatMap { $0.line.normalized.scalars[$0.from...] })
    // NB: the story's own paragraphs first: most untitled stories share too little with the title
    // to read the rest of the page for.
    let sharedAbove = found(BigramSet(title), in: above)
    guard sharedAbove.count >= minShared else { return false }
    let wanted = BigramSet(sharedAbove)
    var frequency: [HeadlineMatch.Bigram: Int] = [:]
    for paragraph in page() {
      for bigram in wanted.bigrams(in: paragraph) { frequency[bigram, default: 0] += 1 }
    }
    let above = sharedAbove.filter { (frequency[$0] ?? 0) <= DisplacedBody.maxDistinctiveFrequency }
    return above.count >= minShared && above.count > 2 * found(BigramSet(above), in: following()).count
  }

  /// Where, in a group that closes the story above, the next story's own title starts: the first
  /// line after the first whose words the text after the group shares more than the story above
  /// (`职 工 运 动 会 闭 幕` over `昌平区职工足球联赛落幕`, over the 昌平 story), if any.
  static func nextStorysLines(
    of group: [TitleLine], above: [ParagraphDraft], following: [ParagraphDraft]
  ) -> Int? {
    guard group.count > 1, !following.isEmpty else { return nil }
    return (1..<group.count).first { index in
      let words = BigramSet(HeadlineMatch.bigrams(group[index].line.normalized.scalars[group[index].from...]))
      let below = found(words, in: following).count
      return below >= minShared && below > found(words, in: above).count
    }
  }

  /// The bigrams of `words` that the paragraphs hold.
  static func found(_ words: BigramSet, in paragraphs: [ParagraphDraft]) -> Set<HeadlineMatch.Bigram> {
    paragraphs.reduce(into: []) { $0.formUnion(words.bigrams(in: $1)) }
  }
}
