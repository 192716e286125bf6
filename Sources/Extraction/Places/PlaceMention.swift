// A place found in a text: where it is, what it names, where it resolves, and how it is used.

/// How a place name is used in its sentence.
public enum PlaceRole: String, Sendable {
  /// Where something happens or lies.
  case location
  /// The head of an organisation name: `朝阳区总工会`, `金盏地区总工会`, `海淀区委`, `北京市金融工会`.
  case organisation
  /// The first part of an address chain, refined by the next name: `北京市` in `北京市朝阳区`.
  case prefix
}

/// One place mention in a normalized text, with Unicode-scalar offsets `start..<end`.
public struct PlaceMention: Hashable, Sendable {
  public let surface: String
  public let start: Int
  public let end: Int
  /// The gazetteer entry matched (for an ambiguous name, the first candidate).
  public let place: Place
  /// Where the mention resolves; an address chain can move it (`长春市朝阳区` → `吉林省长春市`).
  public var scope: Scope
  public var role: PlaceRole
  /// Other districts the name could mean when nothing in the text decides; empty when resolved.
  public var alternatives: [Scope]
  /// A weak cue: bare `北京` / `首都` or an unlisted `北京…工会`, used only when nothing stronger is found.
  public var isWeak: Bool

  /// True when the mention names one place for sure.
  public var isResolved: Bool { alternatives.isEmpty }
}
