// The scope of one clause: its own most specific place, before the article's.

extension Gazetteer {
  /// The place a clause is about, or `nil` when it names none (then the article's scope applies).
  ///
  /// Precedence: districts named as one list (their joint figure); a Beijing district, street, town
  /// or area (its district); then a group of districts (城六区); then an explicit citywide cue (全市,
  /// 16个区, 市总工会); then a place outside Beijing; then a weak cue (bare 北京, 首都).
  /// Prefixes (`北京市` in `北京市朝阳区`) and names the text cannot resolve are skipped.
  public func scope(ofClause clause: String) -> Scope? {
    scope(ofClause: Array(clause.unicodeScalars))
  }

  /// The same, for a clause already held as scalars. Districts named as one list
  /// (`朝阳、海淀、丰台三区共设立…`) are the clause's place together, not the first of them.
  func scope(ofClause clause: [Unicode.Scalar]) -> Scope? {
    scope(ofClause: clause, mentions: places(in: clause))
  }

  /// The same, from the clause's mentions already found (`places(in:)`).
  func scope(ofClause clause: [Unicode.Scalar], mentions: [PlaceMention]) -> Scope? {
    PlaceList.jointDistricts(in: clause, mentions: mentions, districts: districts)
      ?? Self.preferredScope(
        among: ReferencePlace.droppingReferences(
          from: HonourLevel.droppingHonours(from: Destination.droppingTrips(from: mentions, in: clause), in: clause), in: clause))
  }

  static func preferredScope(among mentions: [PlaceMention]) -> Scope? {
    let usable = mentions.filter { $0.role != .prefix && $0.isResolved }
    if let local = usable.first(where: { !$0.isWeak && $0.scope.isBeijingDistrict }) { return local.scope }
    if let region = usable.first(where: { !$0.isWeak && $0.scope.isRegion }) { return region.scope }
    if let city = usable.first(where: { !$0.isWeak && $0.scope == .citywide }) { return city.scope }
    if let outside = usable.first(where: { $0.scope.isOutside }) { return outside.scope }
    return usable.first(where: { $0.isWeak })?.scope
  }
}

extension Scope {
  /// True for `.district`.
  public var isBeijingDistrict: Bool {
    if case .district = self { true } else { false }
  }

  /// True for `.region`.
  public var isRegion: Bool {
    if case .region = self { true } else { false }
  }

  /// True for `.outside`.
  public var isOutside: Bool {
    if case .outside = self { true } else { false }
  }
}
