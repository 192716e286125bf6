// What a fact counts and where: terms from small vocabularies, which most facts share with others.

/// A fact's programme, metric, breakdown, scope, locality, qualifier and unit.
struct FactTerms: Hashable, Sendable {
  var programme: String?
  var metric: Metric
  var subtype: String?
  var scope: Scope
  /// The street, town or area inside `scope` the figure counts (`清河街道`), when it is not the whole district's.
  var locality: String? = nil
  var qualifier: Qualifier
  var unit: String?
}

/// A fact's terms in storage that facts with the same terms can share.
///
/// NB: 8 bytes a fact instead of the terms' 72; immutable, so sharing is invisible: a fact given a
/// new term gets storage of its own.
final class SharedTerms: Hashable, Sendable {
  let terms: FactTerms

  init(_ terms: FactTerms) {
    self.terms = terms
  }

  static func == (a: SharedTerms, b: SharedTerms) -> Bool {
    a === b || a.terms == b.terms
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(terms)
  }
}
