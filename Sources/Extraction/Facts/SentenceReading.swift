// What a fact's sentence says beyond the fact: read once for all the facts of that sentence.

/// The programme a sentence names, its explicit years and its place, shared by every figure in it.
///
/// NB: a sentence often gives two or three figures (`102支服务队，1,176名志愿者`); each of them
/// scanned the whole sentence again for programmes, years and places before.
struct SentenceReading {
  let range: Range<Int>
  let scalars: [Unicode.Scalar]
  /// The programme the sentence names (a `?` term counts when the article's programme confirms it).
  let named: Programme?
  let explicitYears: [ClauseTime.ExplicitYear]
  /// The sentence's own place, else the article's primary place: asked only when a clause names none.
  private var place: Scope??
  /// The district a sentence that speaks of "our district" speaks for (`DistrictDeixis`).
  let speakersDistrict: Scope?
  /// The parts of the same full sentence before this one, when a semicolon ends the part before it
  /// (`房山区去年建成驿站42家；今年又新增驿站15家`), nearest first.
  let earlierParts: [ArraySlice<Unicode.Scalar>]

  /// `explicitYears` holds the years written out and those `去年`, `今年`… give from `articleYear`,
  /// in text order.
  init(
    _ range: Range<Int>, in unit: TextUnit, lexicon: ProgrammeLexicon, gazetteer: Gazetteer, confirmed: Set<String>,
    articleYear: Int?
  ) {
    self.range = range
    scalars = Array(unit.window(range).scalars)
    speakersDistrict = DistrictDeixis.district(of: range, in: unit.scalars, gazetteer: gazetteer)
    earlierParts = Self.partsBefore(range.lowerBound, in: unit.scalars)
    named = lexicon.firstProgramme(in: scalars, confirmed: confirmed)
    let relative = ClauseTime.relativeYears(in: scalars, articleYear: articleYear)
    explicitYears = (ClauseTime.explicitYears(in: scalars) + relative).sorted { $0.at < $1.at }
  }

  /// The sentence's place (see `FactExtractor.scope(clause:sentence:_:)`), read the first time asked.
  mutating func place(in context: FactExtractor.ArticleContext, gazetteer: Gazetteer) -> Scope? {
    if let place { return place }
    // NB: a part after a semicolon that names no place goes on with the place of the part before it.
    let found = gazetteer.scope(ofClause: scalars)
      ?? earlierParts.lazy.compactMap { gazetteer.scope(ofClause: Array($0)) }.first
      ?? speakersDistrict ?? context.places.defaultScope
    place = .some(found)
    return found
  }

  /// The semicolon-ended parts of the full sentence before `start`, nearest first; none when a full
  /// stop (or a line's end) comes right before it.
  static func partsBefore(_ start: Int, in scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
    var parts: [ArraySlice<Unicode.Scalar>] = []
    var end = start
    while end > 0, scalars[end - 1] == "；" || scalars[end - 1] == ";" {
      var begin = end - 1
      while begin > 0, !ClauseBounds.isSentenceEnd(scalars[begin - 1]) { begin -= 1 }
      parts.append(scalars[begin..<(end - 1)])
      end = begin
    }
    return parts
  }
}
