// Where a statement applies: the whole city, a group of its districts, one district, or a place outside Beijing.

/// The geographic scope of an article or a fact.
public enum Scope: Hashable, Sendable, Comparable {
  /// 全市: a citywide statement (全市, 市总工会, 16个区).
  case citywide
  /// A Beijing district by canonical name, e.g. `朝阳区`, `北京经济技术开发区`.
  case district(String)
  /// A place outside Beijing, by the name the gazetteer knows, e.g. `河北省迁安市`.
  case outside(String)
  /// A group of Beijing districts named as one, e.g. `城六区`: less than the city, more than a
  /// district, so its figures are neither's.
  case region(String)

  /// A district's own text that never names it (`我区`, `全区`, `区总工会`): some one district, never
  /// the whole city; its figures stand apart from every named district's.
  public static let unnamedDistrict = Scope.region("未注明的区")

  /// The Chinese label shown in reports and JSON: `全市`, the district, or the outside place.
  public var label: String {
    switch self {
    case .citywide: "全市"
    case .district(let name): name
    case .outside(let name): name
    case .region(let name): name
    }
  }

  /// The label as an item of a list joined by 、: districts counted together are joined by `+`
  /// (`顺义区、东城区+西城区、城六区`), so the list does not read as naming each of them apart.
  public var listLabel: String {
    guard case .region(let name) = self, name.contains("、") else { return label }
    return name.replacing("、", with: "+")
  }

  /// Places as one list (`顺义区、东城区+西城区、城六区`).
  public static func list(_ scopes: [Scope], separator: String = "、") -> String {
    scopes.map(\.listLabel).joined(separator: separator)
  }

  /// The place with a part of it a figure counts (`Fact.locality`): `海淀区清河街道`; a part a
  /// citywide article names stands alone (`北京四中考点`, not `全市北京四中考点`).
  public func label(at locality: String?) -> String {
    guard let locality else { return label }
    return self == .citywide ? locality : label + locality
  }
}
