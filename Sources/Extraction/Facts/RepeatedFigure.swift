// A figure in a sentence the page printed twice in one story counts once.

/// Layout repeats text: a column set twice, a paragraph run on by a later line (`其中，…`) so that it
/// is not all repeated and stays in the story (`ArticleBuilder` flags it `repeated_text`). A figure
/// of the same metric, surface, sentence, place, part and year as one already read in the story is
/// that one again.
struct RepeatedFigures {
  private var seen: Set<Key> = []

  private struct Key: Hashable {
    var metric: Metric
    var surface: String
    var quote: String
    // NB: one figure given to each of several places or parts (`海淀、丰台两区均超过200家`) is several facts.
    var place: String
    var locality: String?
    var subtype: String?
    var year: Int?
  }

  /// Whether `fact` was read before in the story; records it as read.
  mutating func isRepeat(_ fact: Fact) -> Bool {
    guard fact.metric != .other else { return false }
    let key = Key(
      metric: fact.metric, surface: fact.surface, quote: fact.quote, place: fact.scope.label, locality: fact.locality,
      subtype: fact.subtype, year: fact.year)
    return !seen.insert(key).inserted
  }
}
