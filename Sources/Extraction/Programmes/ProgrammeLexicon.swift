// The programme lexicon: programme terms and station nouns from the data files, and their matchers.

/// Finds programmes (暖心伴考, 户外劳动者暖心驿站 …) and station nouns in normalized text.
public struct ProgrammeLexicon: Sendable {
  struct Term: Sendable {
    let programme: Int
    let marker: TermMarker
  }

  /// Rows of `programmes.tsv`, in file order.
  public let programmes: [Programme]
  /// Rows of `station-kinds.tsv`, in file order.
  public let stationKinds: [StationKind]
  let terms: ScalarDictionary<Term>
  let stationNouns: ScalarDictionary<Int>
  /// For each row, the first row with its id (what `programme(id:)` finds): rows are counted by
  /// this index, so no id string is hashed per mention.
  let firstRowOfId: [Int]

  /// How much a title mention outweighs a body mention when choosing an article's programme.
  static let titleWeight = 3

  /// The shipped lexicon (`Data/programmes.tsv`, `Data/station-kinds.tsv`).
  public static let shipped = ProgrammeLexicon(
    programmes: DataTable.shipped("programmes.tsv"), stations: DataTable.shipped("station-kinds.tsv"))

  public init(programmes table: DataTable, stations: DataTable) {
    var programmes: [Programme] = []
    var terms: [(String, Term)] = []
    for record in table.records {
      let raw = record["terms"].split(separator: "|").map(String.init)
      let programme = Programme(
        id: record["id"], name: record["name"],
        kind: ProgrammeKind(rawValue: record["kind"]) ?? .none,
        startYear: Int(record["start_year"]), terms: raw, note: record["note"])
      for term in raw {
        let (marker, text) = TermMarker.parse(term)
        terms.append((text, Term(programme: programmes.count, marker: marker)))
      }
      programmes.append(programme)
    }
    self.programmes = programmes
    self.firstRowOfId = programmes.indices.map { row in programmes.firstIndex { $0.id == programmes[row].id } ?? row }
    self.terms = ScalarDictionary(terms)
    self.stationKinds = stations.records.map { record in
      let programme = record["programme"]
      return StationKind(
        noun: record["noun"], programme: programme.isEmpty || programme == "-" ? nil : programme,
        isStation: programme != "-", note: record["note"])
    }
    self.stationNouns = ScalarDictionary(stationKinds.enumerated().map { ($1.noun, $0) })
  }

  /// The programme with `id`.
  public func programme(id: String) -> Programme? { programmes.first { $0.id == id } }

  /// Programme, facility and service mentions in `text`, longest term first.
  ///
  /// A `?` term (`暖心包`, `护考`, `驿站`) counts only when `text` names the same programme plainly or
  /// its id is in `confirmed` (the article's programmes); a `~` term (`清凉包`) counts unless
  /// `confirmed` names programmes and not its own.
  public func mentions(in text: String, confirmed: Set<String> = []) -> [ProgrammeMention] {
    mentions(in: Array(text.unicodeScalars), confirmed: confirmed)
  }

  /// The same, for a text already held as scalars.
  func mentions(in scalars: [Unicode.Scalar], confirmed: Set<String> = []) -> [ProgrammeMention] {
    counted(terms.scan(scalars), confirmed: confirmed).map { match, programme in
      ProgrammeMention(
        surface: match.surface(in: scalars), start: match.start, end: match.end, programme: programme)
    }
  }

  /// The first `programme`-kind entry `scalars` mentions (as `mentions(in:confirmed:)` finds them).
  func firstProgramme(in scalars: [Unicode.Scalar], confirmed: Set<String>) -> Programme? {
    counted(terms.scan(scalars), confirmed: confirmed).first { $0.programme.kind == .programme }?.programme
  }

  /// The scanned terms that count as mentions, with their programmes (see `mentions(in:confirmed:)`).
  func counted(_ found: [TermMatch<Term>], confirmed: Set<String>) -> [(match: TermMatch<Term>, programme: Programme)] {
    // NB: the ids named plainly matter only to `?` terms; most texts have none, and then no id
    // needs hashing.
    let needsContext = found.contains { $0.payloads[0].marker == .needsContext }
    let plain =
      needsContext
      ? confirmed.union(found.filter { $0.payloads[0].marker == .plain }.map { programmes[$0.payloads[0].programme].id })
      : []
    return found.compactMap { match in
      let term = match.payloads[0]
      let programme = programmes[term.programme]
      guard programme.kind != .none, term.marker != .needsContext || plain.contains(programme.id),
        term.marker != .hallmark || confirmed.isEmpty || confirmed.contains(programme.id)
      else { return nil }
      return (match, programme)
    }
  }

  /// Station nouns in `text` that name real service points (blockers such as `快递站点` are dropped).
  public func stations(in text: String) -> [StationNounMatch] {
    stations(in: Array(text.unicodeScalars))
  }

  /// The same, for a text already held as scalars.
  func stations(in scalars: [Unicode.Scalar]) -> [StationNounMatch] {
    stationNouns.scan(scalars).compactMap { match in
      let kind = stationKinds[match.payloads[0]]
      guard kind.isStation else { return nil }
      return StationNounMatch(surface: match.surface(in: scalars), start: match.start, end: match.end, kind: kind)
    }
  }

  /// The article's programme: the `programme`-kind entry named most, a title mention counting
  /// `titleWeight` times; the first named wins a tie. `nil` when it names none.
  public func programme(ofArticle title: [String], body: [String]) -> Programme? {
    programme(
      ofArticleTitle: Array(title.joined(separator: "\n").unicodeScalars),
      body: Array(body.joined(separator: "\n").unicodeScalars))
  }

  /// The same, from the scalars of the title lines and of the body, each joined by line breaks.
  func programme(ofArticleTitle titleText: [Unicode.Scalar], body bodyText: [Unicode.Scalar]) -> Programme? {
    let found = [(terms.scan(titleText), Self.titleWeight), (terms.scan(bodyText), 1)]
    // The programmes named anywhere confirm `?` terms everywhere; without `?` terms none are needed.
    let needsContext = found.contains { $0.0.contains { $0.payloads[0].marker == .needsContext } }
    let named = needsContext ? Set(found.flatMap { counted($0.0, confirmed: []).map(\.programme.id) }) : []
    var score: [Int: Int] = [:]
    var order: [Int] = []
    for (matches, weight) in found {
      for (match, programme) in counted(matches, confirmed: named) where programme.kind == .programme {
        let row = firstRowOfId[match.payloads[0].programme]
        if score[row] == nil { order.append(row) }
        score[row, default: 0] += weight
      }
    }
    guard let top = score.values.max() else { return nil }
    return order.first { score[$0] == top }.map { programmes[$0] }
  }

  /// The clause's programme: a programme it names, else the programme of a station noun it uses
  /// (`伴考点` → 暖心伴考), else the article's.
  public func programme(ofClause clause: String, article: Programme?) -> Programme? {
    programme(ofClause: Array(clause.unicodeScalars), article: article)
  }

  /// The same, for a clause already held as scalars.
  func programme(ofClause clause: [Unicode.Scalar], article: Programme?) -> Programme? {
    let confirmed: Set<String> = article.map { [$0.id] } ?? []
    if let named = firstProgramme(in: clause, confirmed: confirmed) { return named }
    if let station = stations(in: clause).first(where: { $0.kind.programme != nil }),
      let id = station.kind.programme, let owner = programme(id: id), owner.kind == .programme
    {
      return owner
    }
    return article
  }
}
