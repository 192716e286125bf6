// Where an article happens: its districts, 全市, or places outside Beijing, from title to body.

/// The places an article is about, primary first, with the part of the article that decided.
///
/// The rule, in order; the first step that finds a place decides:
/// 1. `title`: kicker, headline, subtitle and the byline unit; a title line that opens on the city
///    and a colon (`北京：…`) is 全市, though 北京 is otherwise a weak cue (step 3).
/// 2. `lead`: the first body paragraph.
/// 3. `weakCitywide`: a weak Beijing cue in the title or lead (`北京某集团…`, `北京某大学工会`).
/// 4. `body`: the rest of the body, where a district named in passing weighs little.
/// 5. `unnamedDistrict`: no place at all, but the text speaks as a district of itself (`我区`, `全区`,
///    `区总工会`): `Scope.unnamedDistrict`, never 全市.
/// 6. `unionWithoutPlace`: no place at all, but a union is named: an enterprise or industry union
///    of the capital → 全市; unless the text speaks of unions across the country (`各地工会`), when
///    it has no place (`none`).
///
/// Within a step, each name scores: an explicit citywide cue 2, a district heading an organisation
/// (`朝阳区总工会`) 2, a district, street or town 1. Kept: scores at least 60% of the best, best first,
/// a district before 全市 on a tie, unless the step names two or more districts beside it (an article
/// across the city that gives some districts' part). Places outside Beijing count only when the step names no Beijing
/// place (`全市16个区和河北三河` is 全市).
public struct ArticlePlaces: Sendable {
  /// The part of the article that decided.
  public enum Basis: String, Sendable {
    case title, lead, weakCitywide, body, unnamedDistrict, unionWithoutPlace, none
  }

  /// The article's places, primary first; empty when the article names none.
  public let scopes: [Scope]
  public let basis: Basis
  /// Every mention found, by part: title, lead, body.
  public let titleMentions: [PlaceMention]
  public let leadMentions: [PlaceMention]
  public let bodyMentions: [PlaceMention]
  /// The title's and lead's mentions that can say where the article is, below its district: not a
  /// place that opens an institution's name (`良乡中学考点` is a school's site, not the article's 良乡).
  let localityMentions: [PlaceMention]

  /// The districts the deciding title or lead names as one list (`朝阳、海淀、丰台三区工会新建…`), together.
  var joint: Scope? = nil

  /// The primary place, if any.
  public var primary: Scope? { scopes.first }

  /// Where a figure that names no place of its own is: the districts the article opens on as one
  /// list, together (`三区驿站总数已达到612家`), else the primary place — never the list's first district.
  public var defaultScope: Scope? { joint ?? primary }

  /// The clause's own place, else the article's default place.
  public func scope(ofClause clause: String, in gazetteer: Gazetteer = .beijing) -> Scope? {
    gazetteer.scope(ofClause: clause) ?? defaultScope
  }

  /// The same, for a clause already held as scalars.
  func scope(ofClause clause: [Unicode.Scalar], in gazetteer: Gazetteer) -> Scope? {
    gazetteer.scope(ofClause: clause) ?? defaultScope
  }
}

extension Gazetteer {
  /// Share of the best score a place needs to be listed beside it.
  static let secondaryShare = 0.6
  /// Scores of a mention by what it says (see `ArticlePlaces`).
  static let citywideWeight = 2.0
  static let organisationWeight = 2.0
  static let locationWeight = 1.0
  /// Words that put an article's subject across the country, not in Beijing.
  static let nationalCues = ["各地", "各省", "全国各地"].map(MatchWord.init)
  /// Words of a district speaking of itself, with no name: `我区`, `本区`, `全区`, `区总工会`.
  static let districtDeixis = ["我区", "本区", "全区", "区总工会", "区工会", "区委", "区政府"].map(MatchWord.init)
  /// 工会: a union named anywhere puts an article without places in the capital.
  static let unionWord = MatchWord("工会")

  /// Resolves an article's places from its title lines (kicker, headline, subtitle), byline unit
  /// and body paragraphs, all normalized.
  public func articlePlaces(title: [String], bylineUnit: String? = nil, body: [String]) -> ArticlePlaces {
    articlePlaces(
      title: Array((title + [bylineUnit ?? ""]).joined(separator: "\n").unicodeScalars),
      lead: Array((body.first ?? "").unicodeScalars),
      rest: Array(body.dropFirst().joined(separator: "\n").unicodeScalars))
  }

  /// The same, from the scalars of the title block (title lines and byline unit, joined by line
  /// breaks), of the lead paragraph and of the rest of the body (joined by line breaks).
  func articlePlaces(title titleText: [Unicode.Scalar], lead leadText: [Unicode.Scalar], rest restText: [Unicode.Scalar]) -> ArticlePlaces {
    let texts = [titleText, leadText, restText]
    let found = texts.map { candidates(in: $0) }
    // Names written out anywhere let `?` spellings (`开发区`) count everywhere.
    let confirmed = Set(found.flatMap(Self.confirmedNames))
    // NB: a place outside Beijing a trip goes to (`前往贵州开展疗休养`) is where the union's people went,
    // not whose figures the article gives.
    let titleMentions = Destination.droppingTrips(from: resolve(found[0], in: titleText, confirmed: confirmed), in: titleText)
    let leadMentions = Destination.droppingTrips(from: resolve(found[1], in: leadText, confirmed: confirmed), in: leadText)
    // NB: so is a branch's place in brackets after its name (`六分公司（顺义区）`), in a table of the body.
    let bodyMentions = PlaceAside.droppingAsides(
      from: Destination.droppingTrips(from: resolve(found[2], in: restText, confirmed: confirmed), in: restText), in: restText)
    // NB: only the lead's first sentence places the article; a breakdown after it names the streets
    // of its parts (`…312家。其中，回龙观街道28家`), not where the whole story happens.
    let firstSentenceEnd = leadText.firstIndex(where: ClauseBounds.isSentenceEnd) ?? leadText.count
    let localityMentions = titleMentions.filter { !Self.opensInstitution(titleText, after: $0.end) }
      + leadMentions.filter { $0.start < firstSentenceEnd && !Self.opensInstitution(leadText, after: $0.end) }
    func result(_ scopes: [Scope], _ basis: ArticlePlaces.Basis, listedIn text: ArraySlice<Unicode.Scalar> = []) -> ArticlePlaces {
      var places = ArticlePlaces(
        scopes: scopes, basis: basis, titleMentions: titleMentions, leadMentions: leadMentions,
        bodyMentions: bodyMentions, localityMentions: localityMentions)
      // NB: the first clause that names a place decides (`入夏以来，朝阳、海淀、丰台三区工会新建…`), not a
      // breakdown after it (`其中朝阳20家、海淀15家…`).
      let placed = scopes.count >= 2 ? text.split(whereSeparator: ClauseBounds.isClauseEnd).lazy.compactMap { scope(ofClause: Array($0)) }.first : nil
      if case .region(let names)? = placed, names.contains("、") { places.joint = .region(names) }
      return places
    }
    if let scopes = Self.strongScopes(titleMentions) { return result(scopes, .title, listedIn: titleText[...]) }
    // NB: a title that opens on the city and a colon (`北京：“暖心驿站”织密服务网`) is about the whole
    // city, whatever district its opening anecdote is set in.
    if titleMentions.contains(where: { $0.isWeak && $0.scope == .citywide && Self.headsTheTitle($0, in: titleText) }) {
      return result([.citywide], .title)
    }
    if let scopes = Self.strongScopes(leadMentions) { return result(scopes, .lead, listedIn: leadText[..<firstSentenceEnd]) }
    if (titleMentions + leadMentions).contains(where: { $0.isWeak && $0.role != .prefix }) {
      return result([.citywide], .weakCitywide)
    }
    if let scopes = Self.strongScopes(bodyMentions) { return result(scopes, .body) }
    if bodyMentions.contains(where: { $0.isWeak && $0.role != .prefix }) {
      return result([.citywide], .weakCitywide)
    }
    let words = texts.map { ScalarText($0[...], isSimple: $0.allSatisfy(ScalarText.isSimple)) }
    // NB: a district's own paper speaks of 我区, 全区, 区总工会 and never names itself: its figures are
    // some district's, never the whole city's (which a union named anywhere would make them).
    if words.contains(where: { text in Self.districtDeixis.contains { text.contains($0) } }) {
      return result([Scope.unnamedDistrict], .unnamedDistrict)
    }
    let namesUnion = words.contains { $0.contains(Self.unionWord) }
    let national = words.contains { text in Self.nationalCues.contains { text.contains($0) } }
    return namesUnion && !national ? result([.citywide], .unionWithoutPlace) : result([], .none)
  }

  /// Whether a place opens a title line and a colon follows it (`北京：…`, `北京: …`).
  static func headsTheTitle(_ mention: PlaceMention, in title: [Unicode.Scalar]) -> Bool {
    guard mention.end < title.count, title[mention.end] == "：" || title[mention.end] == ":" else { return false }
    let lineStart = title[..<mention.start].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    return title[lineStart..<mention.start].allSatisfy(\.isHorizontalSpace)
  }

  /// The places one part of an article decides, or `nil` when it names none for sure.
  static func strongScopes(_ mentions: [PlaceMention]) -> [Scope]? {
    let usable = mentions.filter { $0.role != .prefix && $0.isResolved && !$0.isWeak }
    var beijing: [Scope: Double] = [:]
    var outside: [Scope: Double] = [:]
    var order: [Scope: Int] = [:]
    for (index, mention) in usable.enumerated() {
      let weight =
        mention.scope == .citywide
        ? citywideWeight : mention.role == .organisation ? organisationWeight : locationWeight
      if mention.scope.isOutside {
        outside[mention.scope, default: 0] += weight
      } else {
        beijing[mention.scope, default: 0] += weight
      }
      if order[mention.scope] == nil { order[mention.scope] = index }
    }
    let scores = beijing.isEmpty ? outside : beijing
    guard let best = scores.values.max() else { return nil }
    let kept = scores.filter { $0.value >= best * secondaryShare }
    // NB: 全市 beside two or more districts is an article across the city that gives some
    // districts' part (`全市设置伴考站点104个…大兴区设点8个…通州区设点6个`): 全市 first on a tie.
    let citywideFirst = kept[.citywide] != nil && scores.keys.count(where: { $0 != .citywide }) >= 2
    return kept
      .sorted { lhs, rhs in
        if lhs.value != rhs.value { return lhs.value > rhs.value }
        if (lhs.key == .citywide) != (rhs.key == .citywide) { return (lhs.key == .citywide) == citywideFirst }
        return order[lhs.key, default: 0] < order[rhs.key, default: 0]
      }
      .map(\.key)
  }
}
