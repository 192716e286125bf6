// One copy of each of the records' recurring values, shared by every record that has it.

/// The activity types, cues and places of the model's records, each distinct value kept once.
///
/// NB: every record held its own array of activity types, dictionary of cues per type and array of
/// places, though they come from small vocabularies: at 10k articles ~1,400 distinct cue
/// dictionaries, ~130 type lists and ~40 place lists stood for ~9,000 copies of each. Sharing the
/// storage of equal values changes no value.
struct SharedValues: Sendable {
  private var activityTypes: Set<[String]> = []
  private var cues: Set<[String: [String]]> = []
  private var places: Set<[Scope]> = []

  /// `record`, with its types, cues and places the shared copies of equal ones.
  mutating func sharing(_ record: ArticleRecord) -> ArticleRecord {
    var record = record
    record.activityTypes = Self.shared(record.activityTypes, in: &activityTypes)
    record.cues = Self.shared(record.cues, in: &cues)
    record.places = Self.shared(record.places, in: &places)
    return record
  }

  /// The copy of `value` in `set`, put there if it is the first.
  private static func shared<Value: Collection & Hashable>(_ value: Value, in set: inout Set<Value>) -> Value {
    // NB: empty collections share one storage already.
    value.isEmpty ? value : set.insert(value).memberAfterInsert
  }
}
