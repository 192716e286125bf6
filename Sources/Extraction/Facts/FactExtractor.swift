// Articles → facts and station mentions: each quantity read with its measure word, nouns,
// programme, place and time, and quoted verbatim.
import Foundation
import NewsCorpus

/// Turns one article at a time into facts. Stateless apart from corpus-wide programme start
/// years, so files can be extracted in parallel.
public struct FactExtractor: Sendable {
  /// The first year of each programme, by programme id (`暖心伴考` → 2015), as the corpus states it.
  public var programmeStarts: [String: Int]
  var gazetteer = Gazetteer.beijing
  var lexicon = ProgrammeLexicon.shipped
  var taxonomy = ActivityTaxonomy.shipped

  /// How far after a number its noun window reaches, in scalars.
  static let nounReach = 20

  public init(programmeStarts: [String: Int] = [:]) {
    self.programmeStarts = programmeStarts
  }

  /// The facts, station mentions and record of one article.
  public func extract(_ article: Article) -> ArticleExtraction {
    let titles = [article.kicker, article.headline, article.subtitle].compactMap { $0 }
    let body = (article.paragraphs + article.captions).map(\.normalized)
    let places = gazetteer.articlePlaces(title: titles, bylineUnit: article.byline.unit, body: body)
    let programme = lexicon.programme(ofArticle: titles, body: body)
    let context = ArticleContext(article: article, places: places, programme: programme)

    var bodyFacts: [Fact] = []
    var mentions: [StationMention] = []
    for paragraph in article.paragraphs + article.captions {
      let unit = TextUnit(paragraph)
      let facts = facts(in: unit, context)
      mentions += stationMentions(in: unit, counted: facts, context)
      bodyFacts += facts
    }
    var titleFacts: [Fact] = []
    for (text, line) in [(article.kicker, article.kickerLine), (article.headline, article.headlineLine), (article.subtitle, article.subtitleLine)] {
      guard let text, let line = line ?? article.headlineLine else { continue }
      titleFacts += facts(in: TextUnit(title: text, line: line), context).map { Self.restated($0, in: bodyFacts) }
    }
    let classification = taxonomy.classify(title: titles, body: body)
    return ArticleExtraction(
      record: ArticleRecord(article, places: places.scopes, classification: classification),
      facts: Self.inTextOrder(titleFacts + bodyFacts),
      stationMentions: mentions)
  }

  /// Facts by line, keeping the order of the text within a line (title block first).
  static func inTextOrder(_ facts: [Fact]) -> [Fact] {
    facts.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
  }

  /// What every clause of an article falls back on.
  struct ArticleContext {
    var article: Article
    var places: ArticlePlaces
    var programme: Programme?
    /// The file's name without its folder, so outputs do not depend on where the seeds live.
    var file: String { (article.file as NSString).lastPathComponent }
  }

  /// The facts of one text unit: every quantity whose metric is not `other`.
  func facts(in unit: TextUnit, _ context: ArticleContext) -> [Fact] {
    let quantities = QuantityParser.quantities(in: unit.scalars)
    let bounds = ClauseBounds(scalars: unit.scalars)
    var facts: [Fact] = []
    for (index, quantity) in quantities.enumerated() where quantity.unit != nil {
      let span = quantity.start..<quantity.end
      let clause = bounds.clause(around: span)
      let sentence = bounds.sentence(around: span)
      // NB: the noun window stops at the next count, not at a number inside a name (`37℃+驿站`).
      let reach = quantity.end + Self.nounReach
      let nextCount = quantities[(index + 1)...].prefix { $0.start < reach }
        .first { MetricRules.countUnits.contains($0.unit ?? "") }
      let after = unit.text(quantity.end..<min(clause.upperBound, nextCount?.start ?? reach, reach))
      let before = unit.text(clause.lowerBound..<quantity.start)
      // NB: a number that closes its clause (服务站点62个) counts the noun before it.
      let closesClause = after.unicodeScalars.allSatisfy { "”\"）)】等".unicodeScalars.contains($0) }
      let words = MetricContext(
        unit: quantity.unit, nounWindow: closesClause ? before : after, before: before,
        sentence: unit.text(sentence), nounBeforeNumber: closesClause)
      let metric = MetricRules.metric(of: words)
      guard metric != .other else { continue }
      facts.append(fact(quantity, metric: metric, words: words, clause: clause, sentence: sentence, in: unit, context))
    }
    return facts
  }

  func fact(
    _ quantity: Quantity, metric: Metric, words: MetricContext, clause: Range<Int>, sentence: Range<Int>,
    in unit: TextUnit, _ context: ArticleContext
  ) -> Fact {
    let sentenceText = words.sentence
    let window = words.nounWindow
    // A programme the sentence names, else the article's, else the one its station noun belongs to
    // (伴考点 → 暖心伴考). Participants belong to a programme only when their own sentence names it.
    let confirmed: Set<String> = context.programme.map { [$0.id] } ?? []
    let named = lexicon.mentions(in: sentenceText, confirmed: confirmed).first { $0.programme.kind == .programme }?.programme
    let programme = metric == .participants
      ? named : (named ?? context.programme ?? lexicon.programme(ofClause: sentenceText, article: nil))
    let time = ClauseTime(
      sentence: Array(unit.scalars[sentence]), offset: quantity.start - sentence.lowerBound,
      articleYear: context.article.year, programmeStart: programme.flatMap { programmeStarts[$0.id] })
    let subtype = switch metric {
    case .packs: words.nounBeforeNumber ? nil : Breakdown.packKind(after: window)
    case .stations: Breakdown.part(of: metric, in: window) ?? otherFacility(in: window, programme: programme?.id)
    default: Breakdown.part(of: metric, in: window)
    }
    return Fact(
      file: context.file, line: unit.line(at: quantity.start), article: context.article.title,
      articleLine: context.article.lineStart, programme: programme?.id, metric: metric, subtype: subtype,
      scope: scope(clause: unit.text(clause), sentence: sentenceText, context), year: time.year,
      cumulative: time.cumulative, periodStart: time.periodStart, periodEnd: time.periodEnd,
      value: quantity.value, low: quantity.low, high: quantity.high, qualifier: quantity.qualifier,
      unit: quantity.unit, surface: quantity.surface, quote: unit.quote(sentence))
  }

  /// A station noun of another programme or facility than the fact's (`开放工会服务站…等11个` in a
  /// 伴考 article): those stations are a part beside the programme's own, never its total.
  func otherFacility(in window: String, programme: String?) -> String? {
    lexicon.stations(in: window).first { ($0.kind.programme ?? programme) != programme }?.surface
  }

  /// The clause's own place (`其中海淀区…40家`), else its sentence's, else the article's, else 全市.
  func scope(clause: String, sentence: String, _ context: ArticleContext) -> Scope {
    gazetteer.scope(ofClause: clause) ?? context.places.scope(ofClause: sentence, in: gazetteer) ?? .citywide
  }

  /// A title figure restating a body figure takes the body's reading of it (cumulative, period,
  /// year, scope): headlines compress the sentence that explains the number.
  static func restated(_ title: Fact, in body: [Fact]) -> Fact {
    guard let source = body.first(where: {
      ($0.metric, $0.low, $0.high, $0.qualifier, $0.unit) == (title.metric, title.low, title.high, title.qualifier, title.unit)
    }) else { return title }
    var fact = title
    (fact.cumulative, fact.periodStart, fact.periodEnd) = (source.cumulative, source.periodStart, source.periodEnd)
    (fact.year, fact.scope, fact.programme) = (source.year, source.scope, fact.programme ?? source.programme)
    return fact
  }

  /// Station nouns named in a clause that states no count for them: "mentioned, at least 1".
  func stationMentions(in unit: TextUnit, counted: [Fact], _ context: ArticleContext) -> [StationMention] {
    let bounds = ClauseBounds(scalars: unit.scalars)
    let countedSentences = Set(counted.filter { $0.metric == .stations }.map(\.quote))
    return lexicon.stations(in: unit.normalized).compactMap { noun in
      let sentence = bounds.sentence(around: noun.start..<noun.end)
      let quote = unit.quote(sentence)
      guard !countedSentences.contains(quote) else { return nil }
      let sentenceText = unit.text(sentence)
      let programme = noun.kind.programme ?? lexicon.programme(ofClause: sentenceText, article: context.programme)?.id
      return StationMention(
        file: context.file, line: unit.line(at: noun.start), article: context.article.title,
        programme: programme, kind: noun.surface,
        scope: scope(clause: unit.text(bounds.clause(around: noun.start..<noun.end)), sentence: sentenceText, context),
        year: context.article.year, quote: quote)
    }
  }
}

/// What one article yields.
public struct ArticleExtraction: Sendable {
  public var record: ArticleRecord
  public var facts: [Fact]
  public var stationMentions: [StationMention]
}
