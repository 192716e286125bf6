// The nouns that name walk-in service points (伴考点, 暖心驿站, 服务站), with their programme.

/// A noun naming a service point, as `station-kinds.tsv` lists it.
public struct StationKind: Hashable, Sendable {
  /// The noun, e.g. `伴考服务站点`, `暖心驿站`, `服务点`.
  public let noun: String
  /// The programme id it belongs to; `nil` when the clause or article decides (`服务点`).
  public let programme: String?
  /// False for blockers: nouns that look like stations but are not (`快递站点`, `心灵驿站`).
  public let isStation: Bool
  public let note: String
}

/// A station noun found in a text, with Unicode-scalar offsets `start..<end`.
public struct StationNounMatch: Hashable, Sendable {
  public let surface: String
  public let start: Int
  public let end: Int
  public let kind: StationKind
}
