// One copy of each of the records' recurring values, shared by every record that has it.

/// The activity types, cues and places of the model's records, each distinct value kept once.
///
/// NB: every record held its own array of activity types, dictionary of cues per type and array of
/// places, though they come from small vocabularies: at 10k articles ~1,400 distinct cue
/// dictionaries, ~130 type lists and ~40 place lists stood for ~9,000 copies of each. Values are
/// told apart by their bytes (``ExactText``), so sharing changes none.
struct SharedValues: Sendable {
  private var activityTypes: [[ExactText]: [String]] = [:]
  private var cues: [[ExactText: [ExactText]]: [String: [String]]] = [:]
  private var places: [[PlaceKey]: [Scope]] = [:]

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

  /// A place, told apart from others by the bytes of its name.
  private enum PlaceKey: Hashable {
    case citywide
    case district(ExactText)
    case outside(ExactText)

    init(_ place: Scope) {
      switch place {
      case .citywide: self = .citywide
      case .district(let name): self = .district(ExactText(name))
      case .outside(let name): self = .outside(ExactText(name))
      }
    }
  }
}
