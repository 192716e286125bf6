// A figure in a sentence the page printed twice in one story counts once.

/// Layout repeats text: a column set twice, a paragraph run on by a later line (`其中，…`) so that it
/// is not all repeated and stays in the story (`ArticleBuilder` flags it `repeated_text`). A figure
/// of the same metric, surface, sentence, place, part and year as one already read in the story is
/// that one again; one figure given to each of several places or parts (`海淀、丰台两区均超过200家`) is
/// several facts.
struct RepeatedFigures {
  /// The figures read so far by metric and value. NB: no strings hashed for every figure: the
  /// sentences are compared only when the metric and value meet again, which is rare in a story.
  private var seen: [Key: [Fact]] = [:]

  private struct Key: Hashable {
    var metric: Metric
    var value: Double?
  }

  /// Whether `fact` was read before in the story; records it as read.
  mutating func isRepeat(_ fact: Fact) -> Bool {
    guard fact.metric != .other else { return false }
    let key = Key(metric: fact.metric, value: fact.value)
    if let earlier = seen[key], earlier.contains(where: { Self.same($0, fact) }) { return true }
    seen[key, default: []].append(fact)
    return false
  }

  static func same(_ one: Fact, _ other: Fact) -> Bool {
    one.surface == other.surface && one.quote == other.quote && one.scope == other.scope && one.locality == other.locality
      && one.subtype == other.subtype && one.year == other.year
  }
}
