// The kinds of entry in the gazetteer, from a district down to a blocker that is no place at all.

/// What a gazetteer entry names (the `kind` column of `gazetteer.tsv`).
public enum PlaceKind: String, Sendable, CaseIterable {
  /// 区: one of the 16 districts, or 北京经济技术开发区.
  case district
  /// 街道.
  case street
  /// 镇.
  case town
  /// 乡.
  case township
  /// 地区 (a street-level area that was a 乡 or 镇).
  case area
  /// A park or development zone (中关村科技园区海淀园, 大兴国际机场).
  case park
  /// A well-known place inside one district (王府井, 天通苑).
  case landmark
  /// A group of districts named as one (城六区, 生态涵养区).
  case region
  /// 北京 / 北京市 / 首都 as a whole: a weak citywide cue.
  case beijing
  /// A citywide cue: 全市, 16个区, 市总工会, a city-level industry union.
  case citywide
  /// 省 / 自治区 / 直辖市 / 特别行政区 outside Beijing.
  case province
  /// A prefecture-level city, 地区, 盟 or 自治州 outside Beijing.
  case city
  /// A county-level place outside Beijing.
  case county
  /// Provinces named as one with Beijing among them (京津冀): a figure of them all, not Beijing's.
  case provinces
  /// The whole country (全国各级工会, 全国总工会): figures for China, never Beijing's.
  case country
  /// Not a place: a longer word that hides a short form (各区域, 朝阳产业).
  case none

  /// True for places inside Beijing below the city level.
  public var isInBeijing: Bool {
    switch self {
    case .district, .street, .town, .township, .area, .park, .landmark, .region: true
    default: false
    }
  }

  /// True for places outside Beijing.
  public var isOutside: Bool {
    self == .province || self == .provinces || self == .city || self == .county || self == .country
  }
}
