// One copy of each of the records' recurring values, shared by every record that has it.

/// The activity types, cues and places of the model's records, and the terms of its facts, each
/// distinct value kept once.
///
/// NB: every record held its own array of activity types, dictionary of cues per type and array of
/// places, and every fact its own terms, though they come from small vocabularies: at 10k articles
/// ~1,400 distinct cue dictionaries, ~130 type lists and ~40 place lists stood for ~9,000 copies of
/// each. Values are told apart by their bytes (``ExactText``), so sharing changes none.
struct SharedValues: Sendable {
  private var activityTypes: [[ExactText]: [String]] = [:]
  private var cues: [[ExactText: [ExactText]]: [String: [String]]] = [:]
  private var places: [[PlaceKey]: [Scope]] = [:]
  private var factTerms: [TermsKey: SharedTerms] = [:]

  /// `fact`, with its terms the shared copy of equal ones.
  mutating func sharing(_ fact: Fact) -> Fact {
    let key = TermsKey(fact.terms.terms)
    if let shared = factTerms[key] { return fact.sharing(shared) }
    factTerms[key] = fact.terms
    return fact
  }

  /// `record`, with its types, cues and places the shared copies of equal ones.
  mutating func sharing(_ record: ArticleRecord) -> ArticleRecord {
    var record = record
    record.activityTypes = Self.shared(record.activityTypes, in: &activityTypes) { $0.map(ExactText.init) }
    record.cues = Self.shared(record.cues, in: &cues) { cues in
      Dictionary(uniqueKeysWithValues: cues.map { (ExactText($0.key), $0.value.map(ExactText.init)) })
    }
    record.places = Self.shared(record.places, in: &places) { $0.map(PlaceKey.init) }
    return record
  }

  /// The kept value equal to `value` by `key`, which is kept if it is the first.
  private static func shared<Value: Collection, Key: Hashable>(
    _ value: Value, in kept: inout [Key: Value], key: (Value) -> Key
  ) -> Value {
    // NB: empty collections share one storage already.
    guard !value.isEmpty else { return value }
    let key = key(value)
    if let shared = kept[key] { return shared }
    kept[key] = value
    return value
  }

  /// A fact's terms, told apart from others by the bytes of their words.
  private struct TermsKey: Hashable {
    var programme: ExactText?
    var metric: Metric
    var subtype: ExactText?
    var scope: PlaceKey
    var locality: ExactText?
    var qualifier: Qualifier
    var unit: ExactText?

    init(_ terms: FactTerms) {
      programme = terms.programme.map(ExactText.init)
      metric = terms.metric
      subtype = terms.subtype.map(ExactText.init)
      scope = PlaceKey(terms.scope)
      locality = terms.locality.map(ExactText.init)
      qualifier = terms.qualifier
      unit = terms.unit.map(ExactText.init)
    }
  }

  /// A place, told apart from others by the bytes of its name.
  private enum PlaceKey: Hashable {
    case citywide
    case district(ExactText)
    case outside(ExactText)
    case region(ExactText)

    init(_ place: Scope) {
      switch place {
      case .citywide: self = .citywide
      case .district(let name): self = .district(ExactText(name))
      case .outside(let name): self = .outside(ExactText(name))
      case .region(let name): self = .region(ExactText(name))
      }
    }
  }
}
