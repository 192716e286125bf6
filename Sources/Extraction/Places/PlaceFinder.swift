// Finding places in a normalized text: longest match, address chains, organisations, ambiguity.
import ChineseText

extension Gazetteer {
  /// Words after a place name that make it the head of an organisation name.
  static let organisationHeads: [String] = [
    "总工会", "工会", "区委", "党委", "党工委", "工委", "委", "区政府", "人民政府", "政府", "办事处", "政协", "人大",
  ]
  /// Words that start like an organisation head but are verbs (`海淀区委托…`).
  static let organisationHeadExceptions: [String] = ["委托", "委屈", "委婉"]
  /// The two lists as scalars, for matching.
  static let organisationHeadScalars = organisationHeads.map { Array($0.unicodeScalars) }
  static let organisationHeadExceptionScalars = organisationHeadExceptions.map { Array($0.unicodeScalars) }

  /// The longest run of scalars scanned after 北京 for an unlisted `北京…工会` organisation.
  static let organisationNameLimit = 14

  /// Every place mention in `text` (normalized), left to right, longest match first.
  ///
  /// `confirmed` names entries found elsewhere in the article, which lets `?` spellings count
  /// (`开发区` after `北京经济技术开发区` was named in the headline).
  public func places(in text: String, confirmed: Set<String> = []) -> [PlaceMention] {
    places(in: Array(text.unicodeScalars), confirmed: confirmed)
  }

  /// The same, for a text already held as scalars.
  func places(in scalars: [Unicode.Scalar], confirmed: Set<String> = []) -> [PlaceMention] {
    resolve(candidates(in: scalars), in: scalars, confirmed: confirmed)
  }

  /// A mention as scanned, with the marker of the spelling that matched, before context decides.
  typealias Candidate = (mention: PlaceMention, marker: TermMarker)

  /// The mentions the dictionary finds in `scalars`, blockers dropped, `?` spellings still in.
  func candidates(in scalars: [Unicode.Scalar]) -> [Candidate] {
    let matches = dictionary.scan(scalars) { match in
      match.payloads.contains { $0.marker != .needsBoundary || Boundary.precedes(match.start, in: scalars) }
    }
    // NB: typed as `[Candidate]` itself: an array of unlabelled tuples is copied to convert.
    var mentions: [Candidate] = []
    for match in matches {
      // NB: most names are one place's; only an ambiguous one needs its readings filtered.
      let single = match.payloads.count == 1
      let terms =
        single
        ? match.payloads
        : match.payloads.filter { $0.marker != .needsBoundary || Boundary.precedes(match.start, in: scalars) }
      guard let term = terms.first else { continue }
      let first = places[term.place]
      guard let scope = first.scope else { continue }  // a blocker
      let others = single ? [] : terms.dropFirst().compactMap { places[$0.place].scope }.filter { $0 != scope }
      let mention = PlaceMention(
        surface: match.surface(in: scalars), start: match.start, end: match.end, place: first,
        scope: scope, role: .location, alternatives: others.isEmpty ? [] : [scope] + others,
        isWeak: first.kind == .beijing)
      mentions.append((mention, term.marker))
    }
    return mentions
  }

  /// The names a text confirms by itself: its mentions spelled without a `?` marker.
  static func confirmedNames(_ candidates: [Candidate]) -> [String] {
    candidates.filter { $0.marker != .needsContext }.map(\.mention.place.name)
  }

  /// The mentions that count, given the names confirmed elsewhere, with chains, ambiguity and
  /// organisations resolved.
  func resolve(_ mentions: [Candidate], in scalars: [Unicode.Scalar], confirmed: Set<String>) -> [PlaceMention] {
    var kept: [PlaceMention]
    // NB: the set of names is needed only to judge `?` spellings; most texts have none.
    if mentions.contains(where: { $0.marker == .needsContext }) {
      let named = confirmed.union(Self.confirmedNames(mentions))
      kept = mentions.filter { $0.marker != .needsContext || named.contains($0.mention.place.name) }.map(\.mention)
    } else {
      kept = mentions.map(\.mention)
    }
    chainAddresses(&kept)
    resolveAmbiguity(&kept)
    markOrganisations(&kept, scalars)
    referToTheCityNamed(&kept, scalars)
    return kept
  }

  /// Citywide words that name whatever city the sentence is about, not Beijing by name.
  static let selfReferences: Set<String> = ["全市", "本市"]

  /// The short name of a city's federation, which means the one the text last named in full.
  static let shortFederation = "市总工会"

  /// 全市 or 本市 after a city outside Beijing in the same sentence is that city
  /// (`天津市总工会在全市60个考点…`: Tianjin's sites), for the clause and the article alike; so is
  /// 市总工会 anywhere after that city's federation (`天津市总工会…。其中，市总工会机关干部…`).
  func referToTheCityNamed(_ mentions: inout [PlaceMention], _ scalars: [Unicode.Scalar]) {
    var outside: PlaceMention?
    var federation: PlaceMention?
    for index in mentions.indices {
      let mention = mentions[index]
      if let city = outside, scalars[city.end..<mention.start].contains(where: ClauseBounds.isSentenceEnd) { outside = nil }
      if mention.scope.isOutside, mention.role != .prefix {
        outside = mention
        if mention.role == .organisation { federation = mention }
      } else if mention.scope == .citywide, let city = Self.selfReferences.contains(mention.surface) ? outside : nil {
        mentions[index].scope = city.scope
      } else if mention.scope == .citywide, mention.surface == Self.shortFederation, let city = federation {
        mentions[index].scope = city.scope
      }
    }
  }

  /// Address chains run from large to small: the smaller name decides.
  ///
  /// `北京市朝阳区`: 北京市 becomes a prefix. `河北省迁安市`: 河北省 becomes a prefix.
  /// `长春市朝阳区`: a Beijing-looking name right after an outside place belongs to that place.
  /// `朝阳区八里庄街道`: the district decides an ambiguous street.
  func chainAddresses(_ mentions: inout [PlaceMention]) {
    guard mentions.count > 1 else { return }
    for index in 1..<mentions.count {
      let previous = mentions[index - 1]
      guard previous.end == mentions[index].start else { continue }
      let kind = mentions[index].place.kind
      if previous.place.kind.isOutside, kind.isInBeijing || kind == .beijing {
        mentions[index].scope = previous.scope
        mentions[index].alternatives = []
        mentions[index].isWeak = false
        mentions[index - 1].role = .prefix
      } else if previous.place.kind.isOutside, kind.isOutside {
        mentions[index - 1].role = .prefix
      } else if previous.place.kind == .beijing, kind.isInBeijing {
        mentions[index - 1].role = .prefix
      } else if previous.place.kind.isInBeijing, kind.isInBeijing {
        if !mentions[index].isResolved, mentions[index].alternatives.contains(previous.scope) {
          mentions[index].scope = previous.scope
          mentions[index].alternatives = []
        }
        if previous.scope == mentions[index].scope { mentions[index - 1].role = .prefix }
      }
    }
  }

  /// An ambiguous name takes the one candidate district the rest of the text names.
  func resolveAmbiguity(_ mentions: inout [PlaceMention]) {
    guard mentions.contains(where: { !$0.isResolved }) else { return }
    let named = Set(mentions.filter { $0.isResolved && $0.place.kind.isInBeijing }.map(\.scope))
    for index in mentions.indices where !mentions[index].isResolved {
      let fitting = mentions[index].alternatives.filter { named.contains($0) }
      if fitting.count == 1 {
        mentions[index].scope = fitting[0]
        mentions[index].alternatives = []
      }
    }
  }

  /// `朝阳区总工会`, `金盏地区总工会`, `海淀区委`: a place heading an organisation name.
  /// `北京某集团工会`: an unlisted Beijing-level union, a weak citywide organisation.
  func markOrganisations(_ mentions: inout [PlaceMention], _ scalars: [Unicode.Scalar]) {
    for index in mentions.indices where mentions[index].role != .prefix {
      let end = mentions[index].end
      if mentions[index].place.kind == .citywide {
        continue
      } else if Self.organisationHeadScalars.contains(where: { scalars.hasPrefix($0, at: end) }),
        !Self.organisationHeadExceptionScalars.contains(where: { scalars.hasPrefix($0, at: end) })
      {
        mentions[index].role = .organisation
      } else if mentions[index].place.kind == .beijing,
        let union = scalars.firstOffset(of: "工会", from: end, within: Self.organisationNameLimit)
      {
        let nextPlace = mentions.dropFirst(index + 1).first?.start ?? Int.max
        if union < nextPlace { mentions[index].role = .organisation }
      }
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// True when `word` starts at `offset`.
  func hasPrefix(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
    var index = offset
    for scalar in word {
      guard index < count, self[index] == scalar else { return false }
      index += 1
    }
    return true
  }

  /// True when `word` starts at `offset`.
  func hasPrefix(_ word: String, at offset: Int) -> Bool {
    var index = offset
    for scalar in word.unicodeScalars {
      guard index < count, self[index] == scalar else { return false }
      index += 1
    }
    return true
  }

  /// The offset of `word` within `limit` scalars after `start`, crossing only a name's scalars
  /// (Han, letters, digits, parentheses); `nil` at punctuation or beyond the limit.
  func firstOffset(of word: String, from start: Int, within limit: Int) -> Int? {
    var index = start
    while index < Swift.min(count, start + limit) {
      if hasPrefix(word, at: index) { return index }
      let scalar = self[index]
      let bracket = "()（）".unicodeScalars.contains(scalar)
      let nameLike =
        bracket
        || (scalar.isHan || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
          && !Boundary.functionScalars.contains(scalar)
      guard nameLike else { return nil }
      index += 1
    }
    return nil
  }
}
