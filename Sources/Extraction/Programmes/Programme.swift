// A union programme, facility or service named in the news, as `programmes.tsv` lists it.

/// What a `programmes.tsv` row names.
public enum ProgrammeKind: String, Sendable {
  /// A campaign or service brand: 暖心伴考, 户外劳动者暖心驿站, 送温暖.
  case programme
  /// A kind of place a union runs: 职工之家, 职工书屋.
  case facility
  /// A standing service: 职工心理咨询热线.
  case service
  /// A blocker: a word that hides a term (心灵驿站 is not a 驿站).
  case none
}

/// One programme, facility or service.
public struct Programme: Hashable, Sendable {
  /// The id reports use, e.g. `暖心伴考`, `户外劳动者暖心驿站`.
  public let id: String
  public let name: String
  public let kind: ProgrammeKind
  /// The start year when the data file states one; usually `nil`, as the corpus states it.
  public let startYear: Int?
  /// The terms that name it, each with its marker (`?暖心包`).
  public let terms: [String]
  public let note: String
}

/// A programme term found in a text, with Unicode-scalar offsets `start..<end`.
public struct ProgrammeMention: Hashable, Sendable {
  public let surface: String
  public let start: Int
  public let end: Int
  public let programme: Programme
}
