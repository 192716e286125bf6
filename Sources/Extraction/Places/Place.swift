// One gazetteer entry: a canonical name, its kind, the scope it resolves to, and its other names.

/// A named place (or citywide cue) from `gazetteer.tsv`.
public struct Place: Hashable, Sendable {
  /// Row order in the data file; stable for one build of the data.
  public let id: Int
  /// The canonical name, e.g. `东湖街道`, `河北省`, `北京市总工会`.
  public let name: String
  public let kind: PlaceKind
  /// Where the place lies: its district, `全市`, or the outside label; `nil` for blockers.
  public let scope: Scope?
  /// Other names, each with its marker (`?开发区`, `^市总工会`).
  public let aliases: [String]
  /// The data file's note; `ambiguous: …` marks a name shared by two districts.
  public let note: String

  /// True when another entry has the same name in another district (八里庄街道).
  public var isAmbiguous: Bool { note.hasPrefix("ambiguous") }
}
