// Who wrote, reported and photographed an article, and the author's unit.

/// The people credited for an article.
///
/// Reporters are 记者 (also 实习记者, 特约记者 and authors signed `□名`), correspondents are
/// 通讯员 and 实习生, photographers are credited by `摄` / `摄影报道` or as 摄影记者.
public struct Byline: Hashable, Sendable, Codable {
  public var reporters: [String] = []
  public var correspondents: [String] = []
  public var photographers: [String] = []
  /// The author's unit, from `（作者单位：…）`.
  public var unit: String? = nil
  /// The place a paper's dateline names (`本报延庆讯` → 延庆): where the story was filed from.
  public var dateline: String? = nil

  /// Only photographers: a photo's credit, not a story's byline.
  var isPhotoCreditOnly: Bool { reporters.isEmpty && correspondents.isEmpty && !photographers.isEmpty }

  public init(
    reporters: [String] = [], correspondents: [String] = [], photographers: [String] = [], unit: String? = nil,
    dateline: String? = nil
  ) {
    self.reporters = reporters
    self.correspondents = correspondents
    self.photographers = photographers
    self.unit = unit
    self.dateline = dateline
  }

  public var isEmpty: Bool { reporters.isEmpty && correspondents.isEmpty && photographers.isEmpty && unit == nil }

  /// Adds the names of `other` that are not there yet.
  mutating func merge(_ other: Byline) {
    func add(_ names: [String], to list: inout [String]) {
      for name in names where !list.contains(name) { list.append(name) }
    }
    add(other.reporters, to: &reporters)
    add(other.correspondents, to: &correspondents)
    add(other.photographers, to: &photographers)
    if unit == nil { unit = other.unit }
    if dateline == nil { dateline = other.dateline }
  }
}
