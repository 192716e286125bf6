// Articles → facts and station mentions: each quantity read with its measure word, nouns,
// programme, place and time, and quoted verbatim.
import ChineseText
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

  public init(programmeStarts: [String: Int] = [:]) {
    self.programmeStarts = programmeStarts
  }

  /// The facts, station mentions and record of one article.
  public func extract(_ article: Article) -> ArticleExtraction {
    let starts = programmeStarts
    return extract(article) { starts[$0] }
  }

  /// The same, asking `programmeStart` for a programme's first year by its id instead of
  /// ``programmeStarts``, and only for a figure whose time needs it (see ``ClauseTime``): a loader
  /// records which programmes an article's facts depend on.
  public func extract(_ article: Article, programmeStart: @escaping (String) -> Int?) -> ArticleExtraction {
    extract(article, file: FileName.of(article.file), programmeStart: programmeStart)
  }

  /// The same, with the name of the article's file made once by the caller, so that every record,
  /// fact and mention of a file quotes one string.
  func extract(_ article: Article, file: String, programmeStart: @escaping (String) -> Int?) -> ArticleExtraction {
    let texts = ArticleTexts(article, gazetteer: gazetteer)
    let (units, title, body, places) = (texts.units, texts.title, texts.body, texts.places)
    let programme = lexicon.programme(ofArticleTitle: title, body: body)
    // NB: a review printed early the next year dates its figures by the year it reviews.
    var dated = article
    if let reviewed = ReviewedYear.of(article, pageYear: article.printedYear ?? article.year) {
      (dated.year, dated.printedYear) = (reviewed, reviewed)
    }
    let context = ArticleContext(
      article: dated, places: places, programme: programme, confirmed: programme.map { [$0.id] } ?? [], file: file,
      title: article.title, units: units, programmeStart: programmeStart)

    var bodyFacts: [Fact] = []
    var mentions: [StationMention] = []
    var leadIn: [Unicode.Scalar]?
    var leadInYear: Int?
    // NB: a table's caption may give what its cells count (`表　各街道站点建设情况（单位：家）`): it stands
    // for its header of years and rows.
    var tableCaption: [Unicode.Scalar]?
    let pageYear = dated.printedYear ?? dated.year
    var previousLine = 0
    // NB: the items under a lead-in that sets out a plan are its targets (`将重点抓好以下工作：` over `1.新建…50家；`).
    var underPlan = false
    var repeated = RepeatedFigures()
    var boxTotal: Fact?
    // NB: the paragraph before, which may be the upper row of a table's header.
    var upperRow: [Unicode.Scalar]?
    for unit in units {
      let sectionLeadIn = leadIn == nil ? sectionLeadIn(of: unit, after: previousLine, context) : nil
      // NB: a table's caption may stand as a heading right above its header; it names what the columns count.
      let caption = tableCaption ?? (leadIn == nil ? headingAbove(unit, after: previousLine, context) : nil)
      if case .paragraph(let paragraph) = unit.source { previousLine = paragraph.lines.upperBound }
      underPlan = underPlan && PlanFrame.opensAnItem(unit.scalars[...])
      var read = facts(
        in: unit, context, leadIn: leadIn ?? sectionLeadIn, leadInYear: leadInYear, tableCaption: tableCaption,
        boxTotal: boxTotal, earlier: bodyFacts)
      if underPlan { read.facts.removeAll { $0.metric != .other } }
      read.facts.removeAll { repeated.isRepeat($0) }
      mentions += stationMentions(in: unit, counted: read.facts, context)
      bodyFacts += read.facts
      // NB: a box's first counted row is the total its later rows break down; prose ends the box, a
      // heading between its rows does not (`■ 承建单位` over `· 银行网点：402个`).
      let isSectionName = SectionHeading.isSectionName(unit.scalars)
      if ListRow.keyValueLabel(unit.scalars) != nil {
        boxTotal = boxTotal ?? read.facts.first { $0.subtype == nil && $0.metric != .other }
      } else if !isSectionName {
        boxTotal = nil
      }
      // NB: a list printed a row a line keeps its lead-in for every row (`东城区 45家`, `西城区 38家`),
      // and a list that runs on into the next paragraph keeps it there (`丰台区52家，石景山区21家`).
      // NB: a table's header leads in its rows the same way (`区域 驿站数量（家）`).
      // NB: so does a header on two rows, as the one-row header it stands for (`服务站点` over `（个）`).
      let twoRowHeader = upperRow.flatMap { TwoRowHeader.merged(upper: $0, lower: unit.scalars) }
      let isHeader = twoRowHeader != nil || ListRow.tableColumns(unit.scalars, caption: caption) != nil
      let isRow = ListRow.isRow(unit.scalars)
      let trailing = ListLeadIn.trailing(unit.scalars)
      // NB: an agenda whose first items its own paragraph holds goes on in the items after it.
      underPlan = trailing.map { PlanFrame.leadsInAPlan($0[...]) }
        ?? (underPlan || PlanFrame.setsOutAnAgenda(unit.window(0..<unit.scalars.count)))
      // NB: rows under a section's heading keep the lead-in its name gives (`■ 街乡排行（驿站数）`), whether
      // the heading stands as a cross-head or as a paragraph of its own.
      leadIn = twoRowHeader ?? (isHeader ? unit.scalars : nil) ?? trailing ?? (isRow ? leadIn ?? sectionLeadIn : nil)
        ?? (isSectionName ? unit.scalars + ["："] : nil) ?? read.listLeadIn
      // NB: the year a lead-in states dates its rows, through a table's header (`截至2024年底，…如下：`).
      leadInYear = trailing.map { ListLeadIn.year(of: $0, pageYear: pageYear) }
        ?? (isHeader || isRow ? leadInYear : nil)
      // NB: so may the sentence that leads in to its header (`各街镇站点建设情况见下表：`).
      tableCaption = YearColumns.captionUnit(unit.scalars) != nil
        ? unit.scalars : (isHeader ? caption : isRow ? tableCaption : trailing.map(Array.init))
      upperRow = unit.scalars
    }
    var titleFacts: [Fact] = []
    for (text, line) in [(article.kicker, article.kickerLine), (article.headline, article.headlineLine), (article.subtitle, article.subtitleLine)] {
      guard let text, let line = line ?? article.headlineLine else { continue }
      titleFacts += facts(in: TextUnit(title: text, line: line), context).facts.map { Self.restated($0, in: bodyFacts) }
    }
    return ArticleExtraction(
      record: record(article, file: file, texts: texts),
      facts: Self.inTextOrder(titleFacts + bodyFacts),
      stationMentions: mentions)
  }

  /// The record of one article (places, activity types and their cues) as ``extract(_:)`` makes
  /// it, without reading its figures: what a listing of articles needs.
  public func record(_ article: Article) -> ArticleRecord {
    record(article, file: FileName.of(article.file), texts: ArticleTexts(article, gazetteer: gazetteer))
  }

  func record(_ article: Article, file: String, texts: ArticleTexts) -> ArticleRecord {
    ArticleRecord(
      article, file: file, places: texts.places.scopes,
      classification: taxonomy.classify(title: texts.title, body: texts.body))
  }

  /// Facts by line, keeping the order of the text within a line (title block first).
  static func inTextOrder(_ facts: [Fact]) -> [Fact] {
    facts.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
  }

  /// What every clause of an article falls back on.
  ///
  /// NB: a class: closures and readings that keep it retain one object, not each of its fields
  /// (the article alone holds some twenty).
  final class ArticleContext {
    let article: Article
    let places: ArticlePlaces
    let programme: Programme?
    /// The article's programme id, which confirms a `?` term in any of its sentences.
    let confirmed: Set<String>
    /// The file's name without its folder, so outputs do not depend on where the seeds live.
    let file: String
    /// The article's title, made once: every fact and mention quotes it, and for an article with
    /// no headline each `Article.title` is a string of its own.
    let title: String
    /// The article's paragraphs, read again only for what its numbered points name (`NumberedPoint`).
    let units: [TextUnit]
    /// A programme's first year by its id.
    let programmeStart: (String) -> Int?
    /// Whether the article's numbered points name two programmes or more: read the first time a
    /// figure stands in a point.
    var pointsNameSeveralProgrammes: Bool?
    /// The programmes the article's section headings name (`CrossHeadSection`).
    var headProgrammes: Set<String>?

    init(
      article: Article, places: ArticlePlaces, programme: Programme?, confirmed: Set<String>, file: String,
      title: String, units: [TextUnit], programmeStart: @escaping (String) -> Int?
    ) {
      (self.article, self.places, self.programme, self.confirmed) = (article, places, programme, confirmed)
      (self.file, self.title, self.units, self.programmeStart) = (file, title, units, programmeStart)
    }
  }

  /// Scalars that may follow a number that closes its clause (服务站点62个”).
  static let clauseClosers: Set<Unicode.Scalar> = Set("”」』\"）)】等".unicodeScalars)

  /// The facts of one text unit: every quantity that counts something, by its own noun or by the
  /// figure it continues (a change, a place's part of a list: see `ChangeSpan`, `PlaceBreakdown`).
  /// `leadIn` is the last sentence of the paragraph before when it ends with a colon, or the lead-in
  /// of the list it read; `listLeadIn` is the lead-in of the last list this unit read, if any.
  func facts(
    in unit: TextUnit, _ context: ArticleContext, leadIn: [Unicode.Scalar]? = nil, leadInYear: Int? = nil,
    tableCaption: [Unicode.Scalar]? = nil, boxTotal: Fact? = nil,
    earlier: [Fact] = []
  ) -> (facts: [Fact], listLeadIn: [Unicode.Scalar]?)
  {
    // NB: a count noun before a bare number gives it the measure word it leaves out (服务人次超过15万).
    var quantities = QuantityParser.quantities(in: unit.scalars).map { quantity in
      var counted = quantity
      if counted.unit == nil { counted.unit = CountNoun.unit(before: quantity.start, in: unit.scalars) }
      return counted
    }
    // NB: a table row's bare numbers take their columns' measure words (`东城区 45` under `驿站数量（家）`);
    // a number read inside the row's name is part of the name (`八角街道 14`: 八角 is no 8 jiao).
    var table: (name: Range<Int>, cells: [TableRow.Cell])?
    if let row = TableRow.cells(in: unit.scalars, leadIn: leadIn, caption: tableCaption),
      quantities.allSatisfy({ $0.unit == nil || $0.end <= row.name.upperBound })
    {
      (table, quantities) = (row, row.cells.map(\.quantity))
    }
    let bounds = ClauseBounds(scalars: unit.scalars)
    var facts: [Fact] = []
    var reading: SentenceReading?
    // Earlier figures, which a later one may give for another place (`其中朝阳区180家`).
    var antecedents: [PlaceBreakdown.Antecedent] = []
    var figures: [Respectively.Figure] = []
    var listLeadIn: [Unicode.Scalar]? = nil
    let windows = FigureWindows(unit: unit, quantities: quantities, bounds: bounds)
    // NB: 今年 and 去年 count from the page's printed date when it has one, else the article's year.
    let pageYear = context.article.printedYear ?? context.article.year
    for (index, quantity) in quantities.enumerated() where quantity.unit != nil {
      let (words, ownMetric, clause, sentence) = windows(index)
      // A table's cell counts its column's noun for its row's place, and nothing else reads it.
      let cell = table.flatMap {
        TableRow.reading(
          of: $0.cells[index], name: unit.scalars[$0.name], header: leadIn ?? [], caption: tableCaption, gazetteer: gazetteer)
      }
      let yearRow = table.flatMap { TableRow.yearReading(of: $0.cells[index], row: unit.scalars) }
      if table != nil, cell == nil, yearRow == nil { continue }
      var metric = cell?.metric ?? yearRow?.metric ?? ownMetric
      // A figure joined to the one before by a list mark alone counts what it counts (`分别为120名和80名`).
      let previousEnd = index > 0 ? quantities[index - 1].end : 0
      if table == nil, let joined = JoinedFigure.previous(of: quantity, after: previousEnd, in: unit.scalars, antecedents: antecedents) {
        metric = joined.metric
      }
      // The figure a change starts from counts what the figure it changes into counts.
      if metric == .other, let target = ChangeSpan.target(of: index, in: quantities, scalars: unit.scalars, sentence: sentence) {
        metric = windows(target).metric
      }
      // And the figure a change leads to counts what the figure it changed from counts, as does the
      // earlier level a figure is compared with (`较去年的1600名`).
      let compared = ComparedFigure.base(
        of: quantity, words: words, in: unit.scalars, sentence: sentence, clause: clause, antecedents: antecedents)
      let source =
        (metric == .other
          ? ChangeSpan.source(of: quantity, in: unit.scalars, sentence: sentence, antecedents: antecedents) : nil)
        ?? compared?.fact
      if let source { metric = source.metric }
      // An increase over an earlier time counts the new ones of what the figure before it counts,
      // whatever a sentence-wide cue made of a number with no noun of its own (`比去年增加了400名`).
      var increase =
        metric == .other || words.nounBeforeNumber
        ? IncreaseFigure.source(of: quantity, in: unit.scalars, sentence: sentence, clause: clause, antecedents: antecedents)
        : nil
      if metric != .other, increase != nil, MetricRules.namesANoun(words.nounWindow) { increase = nil }
      if let increase { metric = increase.fact.metric }
      // After 其中, a figure that says nothing of its own counts what the total counts (`其中80名是党员`),
      // as does one that names only its kind (`其中银行网点85家`).
      if source == nil, increase == nil,
        let total = BarePart.total(
          of: quantity, after: previousEnd, in: unit.scalars, sentence: sentence, antecedents: antecedents,
          gazetteer: gazetteer, namesNothingCounted: metric == .other)
      {
        metric = total.metric
      } else if metric == .other, source == nil, increase == nil,
        let total = AddedPart.total(
          of: quantity, after: previousEnd, clause: clause, in: unit.scalars, antecedents: antecedents, gazetteer: gazetteer)
      {
        // A figure that says only when and that it was added counts the total's new ones (`今年新建15家`).
        metric = total.metric
      }
      let part =
        metric == .other
        ? PlaceBreakdown.continuing(
          quantity, words: words, sentence: sentence, after: previousEnd, in: unit.scalars, antecedents: antecedents,
          gazetteer: gazetteer) : nil
      // A list of places after a lead-in that names the noun (`驿站分布如下：东城区：45家；…`).
      let listed: (metric: Metric, place: Scope?, leadIn: ArraySlice<Unicode.Scalar>)? =
        cell.map { (metric: $0.metric, place: $0.place, leadIn: $0.leadIn) }
        ?? (metric == .other && part == nil
          ? ListLeadIn.reading(
            of: quantity, words: words, after: previousEnd, in: unit.scalars, previousLeadIn: leadIn, gazetteer: gazetteer)
          : nil)
      if let listed { metric = listed.metric }
      // A box's row that names only a part of what the box's total row counts (`上半年新建：64个`).
      let boxPart =
        metric == .other && part == nil && listed == nil
        ? boxTotal.flatMap { BoxPart.part(of: quantity, in: unit.scalars, total: $0, gazetteer: gazetteer) } : nil
      if boxPart != nil, let boxTotal { metric = boxTotal.metric }
      // A figure said of "this number" counts what the figure before it counts (`这一数字已达15.6万人次`).
      let pointed =
        metric == .other && part == nil && listed == nil && boxPart == nil
        ? ThisFigure.antecedent(of: quantity, clause: clause, in: unit.scalars, paragraph: facts, before: earlier) : nil
      if let pointed { metric = pointed.metric }
      var amongLead: AmongLead.Reading?
      if metric == .other, part == nil {
        metric = windows.sentenceNounMetric(of: words, at: index, clause: clause, sentence: sentence)
        // A sentence of a time and a verb of building leaves its noun to the paragraph (`…站点186个。今年新建41个`).
        if metric == .other { metric = windows.paragraphNounMetric(of: words, at: index, clause: clause, sentence: sentence) }
        // A sentence that opens "among the X" counts X in the figures after it (`服务站点中，有78个设在室外`).
        if metric == .other {
          amongLead = AmongLead.reading(
            of: quantity, words: words, clause: clause, sentence: sentence, in: unit.scalars, gazetteer: gazetteer)
          metric = amongLead?.metric ?? .other
        }
        // Places and a verb of building go on with an earlier figure's noun (`此外，石景山区新建37家`).
        if metric == .other, words.nounBeforeNumber,
          let carried = PlaceVerbFigure.antecedent(
            of: quantity, clause: clause, in: unit.scalars, paragraph: facts, earlier: earlier, gazetteer: gazetteer)
        {
          metric = carried.metric
        }
      } else if part == nil, source == nil, increase == nil, listed == nil,
        let lead = AmongLead.reading(
          of: quantity, words: words, clause: clause, sentence: sentence, in: unit.scalars, gazetteer: gazetteer),
        !MetricRules.namesANoun(words.nounWindow)
      {
        // NB: what the opening names counts a figure whose own words name nothing, before a cue of
        // its sentence does (`参与服务的志愿者中，医务工作者有80余名`: not people taking part).
        (amongLead, metric) = (lead, lead.metric)
      }
      guard metric != .other || part != nil,
        !PlannedFigure.isPlanned(words.before, after: unit.window(sentence.lowerBound..<clause.lowerBound)),
        !PlanFrame.plans(
          paragraph: unit.window(0..<sentence.lowerBound), sentence: unit.window(sentence.lowerBound..<quantity.start)),
        !PerUnitFigure.isPerUnit(words.before),
        !Correction.isWithdrawn(endingAt: quantity.end, sentence: sentence, in: unit.scalars),
        !RankedFigure.isPlaceWon(quantity, in: unit.scalars),
        metric != .stations
          || !VisitedStations.isVisit(words.before, after: unit.window(quantity.end..<min(clause.upperBound, quantity.end + FigureWindows.nounReach))),
        metric != .stations || !ExamSites.besideStations(at: index, words: words, quantities: quantities, clause: clause, windows: windows)
      else { continue }
      if reading?.range != sentence {
        reading = SentenceReading(
          sentence, in: unit, lexicon: lexicon, gazetteer: gazetteer, confirmed: context.confirmed, articleYear: pageYear)
      }
      // NB: a bound said before the clause's verb reaches its number (`至少发放伴考包5000份`).
      let bounded = ClauseBound.applied(to: quantity, clauseStart: clause.lowerBound, in: unit.scalars)
      var found = fact(
        bounded, metric: part?.antecedent.metric ?? metric, words: words, clause: clause, sentence: &reading!, in: unit,
        context)
      // NB: a column that names a part (`当年新建（个）`, `24小时驿站（个）`) makes its cells that part.
      if let part = cell?.part ?? boxPart { found.subtype = part }
      if let pointed { found.programme = found.programme ?? pointed.programme }
      if boxPart != nil, let boxTotal {
        // NB: a box's part is of its total: the same place and programme, not the launch's street.
        (found.scope, found.locality, found.programme) = (boxTotal.scope, boxTotal.locality, boxTotal.programme ?? found.programme)
      }
      if let yearRow {
        // NB: a row named by its year is that year's level, whatever the article's year.
        (found.year, found.cumulative, found.periodStart, found.periodEnd) = (yearRow.year, false, nil, nil)
      } else if let table, let column = table.cells[index].column.year {
        // NB: a column headed by its year is that year's: its stock at the year's end (`截至2022年底`), or
        // its own (`2022年新增`).
        (found.year, found.cumulative, found.periodStart) = (column.year, column.isStock, nil)
        found.periodEnd = column.isStock ? column.year : nil
      } else if cell != nil || listed != nil, let leadInYear, reading?.explicitYears.isEmpty ?? true {
        // NB: a row that names no year of its own is its lead-in's (`截至2024年底，…建设情况如下：` over `梨园镇 18`).
        found.year = leadInYear
        if found.cumulative { found.periodEnd = leadInYear }
      }
      if let table, table.cells[index].column.year == nil, TableRow.holdsRunningTotals(table.cells[index].column), !found.cumulative {
        // NB: a column of running totals (`累计建成（家）`) makes its cells totals to the figure's year.
        (found.cumulative, found.periodEnd) = (true, found.year)
      }
      if let compared {
        // NB: the level compared with is its own time's (`较去年的1600名`), not the sentence's.
        found.year = ComparedFigure.year(of: compared.time, articleYear: pageYear)
        if found.cumulative { found.periodEnd = found.year }
      }
      if let part {
        // NB: an item that names its own breakdown keeps it (`累计156家；通州区新建21家`).
        (found.subtype, found.scope) = (part.itemPart ?? found.subtype ?? part.antecedent.subtype, part.place)
        found.programme = part.antecedent.programme ?? found.programme
        // NB: the item's own street or town, not the last its clause names (`潞城镇21家、宋庄镇18家`).
        if let itemLocality = part.itemLocality { found.locality = itemLocality }
      } else if let source {
        found.programme = source.programme ?? found.programme
      } else if let increase {
        (found.subtype, found.programme) = (increase.part, increase.fact.programme ?? found.programme)
      } else if let listed {
        if let place = listed.place { found.scope = place }
        listLeadIn = Array(listed.leadIn)
        // NB: a row names no programme; its lead-in's station noun may (`驿站分布如下：` → 暖心驿站).
        found.programme = found.programme ?? lexicon.programme(ofClause: Array(listed.leadIn), article: nil)?.id
      }
      // An increase over an earlier time with a noun of its own counts new ones (`与去年相比，服务站点增加了18个`).
      var increased = increase != nil
      if found.subtype == nil, increase == nil, part == nil, source == nil,
        let newOnes = IncreaseFigure.newOnes(of: quantity, metric: found.metric, in: unit.scalars, sentence: sentence, clause: clause)
      {
        (found.subtype, increased) = (newOnes, true)
      }
      // A decrease, or an increase of what has no new ones, is a difference (`服务站点减少了12个`).
      if !increased, part == nil, source == nil,
        IncreaseFigure.isDifference(of: quantity, metric: found.metric, in: unit.scalars, clause: clause)
      {
        continue
      }
      // An increase over more than one year is a difference, not the year's new ones (`较2019年增加了近百名`).
      if increased, let year = found.year,
        IncreaseFigure.spansSeveralYears(unit.scalars[sentence.lowerBound..<quantity.start], year: year)
      {
        continue
      }
      // A figure for a year after the one the page prints, in a sentence that looks ahead, is a plan or a
      // target (`明年将把服务点扩大到10个以上`).
      if !found.cumulative, let year = found.year,
        PlannedFigure.isAhead(year: year, printedYear: context.article.printedYear, sentence: unit.scalars[sentence])
      {
        continue
      }
      // Among the X, each figure is a part, told by a relative clause before it or the words after it (`有300名是党员`).
      if let amongLead, found.subtype == nil, !amongLead.namesPlace {
        found.subtype =
          amongLead.relativeClause.map { String(scalars: $0) }
          ?? NamedPart.label(after: quantity, in: unit.scalars, sentence: sentence, metric: found.metric)
      }
      // After 其中, the same count for the same place is a part of the total before it (`其中党员志愿者800名`).
      if let named = NamedPart.label(
        of: found, quantity: quantity, after: previousEnd, words: words, in: unit.scalars, sentence: sentence,
        antecedents: antecedents, lexicon: lexicon)
      {
        found.subtype = named
      }
      // Among the X, a figure that names X with words of its own is the part they tell (`志愿者中，…青年志愿者约1000名`).
      if found.subtype == nil, amongLead == nil,
        let own = AmongLead.ownPart(
          of: quantity, metric: found.metric, clause: clause, sentence: sentence, after: previousEnd, in: unit.scalars,
          gazetteer: gazetteer)
      {
        found.subtype = own
      }
      // Stations whose clause names their host are that host's part (`房山区依托加油站建设驿站23家`).
      if found.subtype == nil, found.metric == .stations, let host = HostedPart.label(before: words.before.scalars) {
        found.subtype = host
      }
      antecedents.append(PlaceBreakdown.Antecedent(fact: found, end: quantity.end, sentence: sentence))
      figures.append(Respectively.Figure(fact: facts.count, start: quantity.start, clause: clause, sentence: sentence))
      facts.append(found)
    }
    Respectively.assign(&facts, figures, in: unit.scalars, gazetteer: gazetteer)
    EachPlace.distribute(&facts, figures, in: unit.scalars, gazetteer: gazetteer)
    return (facts, listLeadIn)
  }

  func fact(
    _ quantity: Quantity, metric: Metric, words: MetricWords, clause: Range<Int>, sentence: inout SentenceReading,
    in unit: TextUnit, _ context: ArticleContext
  ) -> Fact {
    let sentenceText = sentence.scalars
    let window = words.nounWindow
    // A programme the sentence (or the numbered point it stands in) names, else the article's, else
    // the one its station noun belongs to (伴考点 → 暖心伴考). Participants, and people reached by
    // aid (`走访慰问困难职工…5.2万余人次`), belong to a programme only when their own sentence or point names it.
    let point = pointProgramme(clause: clause, sentence: sentence.range, in: unit, context)
      ?? sectionProgramme(sentence: sentence, in: unit, context)
    let named = point.map(\.named) ?? sentence.named
    let article = point?.articleMayStand == false ? nil : context.programme
    let ownSentenceOnly = metric == .participants
      || (metric == .peopleServed && AidFigure.counts(unit.scalars[max(clause.lowerBound, sentence.range.lowerBound)..<quantity.start])
        && !(article.map { AidFigure.isAid(programme: $0.id, taxonomy: taxonomy) } ?? true))
    let programme = ownSentenceOnly
      ? named : (named ?? article ?? lexicon.programme(ofClause: sentenceText, article: nil))
    let time = ClauseTime(
      sentence: ScalarText(sentenceText[...], isSimple: unit.isSimple),
      explicitYears: sentence.explicitYears, offset: quantity.start - sentence.range.lowerBound,
      clause: clause.clamped(to: sentence.range).lowerBound - sentence.range.lowerBound
        ..< clause.clamped(to: sentence.range).upperBound - sentence.range.lowerBound,
      articleYear: context.article.year, pageYear: context.article.printedYear,
      programmeStart: programme.flatMap { context.programmeStart($0.id) })
    let ownSubtype = switch metric {
    case .packs: words.nounBeforeNumber ? nil : Breakdown.packKind(after: window)
    case .stations:
      Breakdown.part(of: metric, in: window, before: words.before, nearTheEnd: words.nounBeforeNumber) ?? otherFacility(in: window, programme: programme?.id)
    // NB: people who signed up (`吸引单身职工300余人报名`) are not those who took part (`120名…参加`).
    case .participants:
      Breakdown.part(of: metric, in: window, before: words.before, nearTheEnd: words.nounBeforeNumber)
        ?? SignUps.part(after: quantity.end, in: unit.scalars) ?? SignUps.part(before: words.before.scalars)
        ?? Finalists.part(after: quantity.end, in: unit.scalars)
    default: Breakdown.part(of: metric, in: window, before: words.before, nearTheEnd: words.nounBeforeNumber)
    }
    // NB: a sentence that opens on one exam's days counts that exam's part (`高考期间，…设立服务站点80个`).
    let subtype = ownSubtype ?? ExamPeriod.part(of: metric, clause: clause, sentence: sentence.range, in: unit)
    let clauseScalars = Array(unit.window(clause).scalars)
    // NB: an item of a list of places and figures is placed by its own words (`…58家、海淀区46家`).
    let ownItem = PlaceBreakdown.ownItem(of: clause, figure: quantity.start..<quantity.end, in: unit.scalars)
    let itemScalars = ownItem == clause ? clauseScalars : Array(unit.window(ownItem).scalars)
    let itemPlace = ownItem.lowerBound > clause.lowerBound ? gazetteer.scope(ofClause: itemScalars) : nil
    let place = itemPlace.map { Self.localCity($0, sentence: sentence.scalars, context) }
      ?? scope(clause: clauseScalars, sentence: &sentence, after: quantity.end, context)
    // NB: a figure counted for a street, town, area or one exam site is that part of its district
    // (or of the city, when the article names none), not the whole.
    let offset = quantity.start - sentence.range.lowerBound
    let site = ExamSite.site(in: sentence.scalars[...], before: offset) ?? ExamSite.opening(sentence.scalars[...], before: offset)
      ?? ExamSite.pointedAt(sentence.scalars[...], before: offset, earlier: unit.scalars[..<sentence.range.lowerBound])
    let locality = site ?? (place.isBeijingDistrict ? locality(clause: itemScalars, sentence: sentence.scalars, in: place, context) : nil)
    return Fact(
      file: context.file, line: unit.line(at: quantity.start), article: context.title,
      articleLine: context.article.lineStart, programme: programme?.id, metric: metric, subtype: subtype,
      scope: place, locality: locality,
      year: time.year,
      cumulative: time.cumulative, periodStart: time.periodStart, periodEnd: time.periodEnd,
      value: quantity.value, low: quantity.low, high: quantity.high, qualifier: quantity.qualifier,
      unit: quantity.unit, surface: quantity.surface, quote: unit.quote(sentence.range))
  }

  /// A station noun of another programme or facility than the fact's (`开放工会服务站…等11个` in a
  /// 伴考 article): those stations are a part beside the programme's own, never its total.
  func otherFacility(in window: ScalarText, programme: String?) -> String? {
    lexicon.stations(in: Array(window.scalars)).first { ($0.kind.programme ?? programme) != programme }?.surface
  }

  /// The clause's own place (`其中海淀区…40家`), else its sentence's, else the article's, else 全市.
  func scope(clause: [Unicode.Scalar], sentence: [Unicode.Scalar], _ context: ArticleContext) -> Scope {
    let found = gazetteer.scope(ofClause: clause) ?? context.places.scope(ofClause: sentence, in: gazetteer) ?? .citywide
    return Self.localCity(found, sentence: sentence, context)
  }

  /// 全市 (or 市总工会) in an article about a place outside Beijing is that place, unless the sentence
  /// names Beijing: `天津市总工会…全市驿站总数达到1500家` counts Tianjin's stations. The body must name
  /// the place too: a title alone may be another story's, printed next to this one.
  static func localCity(_ scope: Scope, sentence: [Unicode.Scalar], _ context: ArticleContext) -> Scope {
    guard scope == .citywide, let primary = context.places.primary, case .outside(let place) = primary, place != "全国",
      (context.places.leadMentions + context.places.bodyMentions).contains(where: { $0.scope == primary }),
      !beijingWords.contains(where: sentence[...].containsWord)
    else { return scope }
    return primary
  }

  /// Words that name Beijing itself.
  static let beijingWords = ["北京", "首都", "京城"].map { Array($0.unicodeScalars) }

  /// The same, with the sentence's place read once for all its figures. A place named after a
  /// later `其中` is a part's (`1500余家，其中朝阳区180家`), so the figure before it reads only the
  /// sentence up to there.
  func scope(clause: [Unicode.Scalar], sentence: inout SentenceReading, after end: Int, _ context: ArticleContext)
    -> Scope
  {
    let found: Scope
    if let own = gazetteer.scope(ofClause: clause) {
      found = own
    } else if let cut = PlaceBreakdown.markerStart(in: sentence.scalars, from: end - sentence.range.lowerBound) {
      let opening = Array(sentence.scalars[..<cut])
      found = gazetteer.scope(ofClause: opening) ?? sentence.speakersDistrict ?? context.places.defaultScope ?? .citywide
    } else {
      found = sentence.place(in: context, gazetteer: gazetteer) ?? .citywide
    }
    return Self.localCity(found, sentence: sentence.scalars, context)
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

  /// The street, town or area inside `district` a figure counts: named in its clause, else its
  /// sentence, else the article's title or lead — unless the clause or sentence names a place of
  /// its own (the district, 全区…), which makes it the district's figure.
  func locality(clause: [Unicode.Scalar], sentence: [Unicode.Scalar], in district: Scope, _ context: ArticleContext) -> String? {
    for text in [clause, sentence] {
      let reading = gazetteer.localityReading(of: text, in: district)
      if reading.namesPlace { return reading.locality }
    }
    return context.places.locality
  }

  /// Station nouns named in a clause that states no count for them: "mentioned, at least 1".
  func stationMentions(in unit: TextUnit, counted: [Fact], _ context: ArticleContext) -> [StationMention] {
    let bounds = ClauseBounds(scalars: unit.scalars)
    // NB: a list, not a set: a unit counts stations in a sentence or two, and hashing a quote
    // (Unicode normalisation of the whole sentence) cost far more than comparing it. Built once:
    // a lazy filter over the facts, asked for every noun, copied every fact each time, which made a
    // paragraph with thousands of figures (a dump with no line breaks) quadratic.
    let countedSentences = counted.filter { $0.metric == .stations }.map(\.quote)
    return lexicon.stations(in: unit.scalars).compactMap { noun in
      let sentence = bounds.sentence(around: noun.start..<noun.end)
      let quote = unit.quote(sentence)
      guard !countedSentences.contains(quote) else { return nil }
      let sentenceText = Array(unit.window(sentence).scalars)
      let programme = noun.kind.programme ?? lexicon.programme(ofClause: sentenceText, article: context.programme)?.id
      return StationMention(
        file: context.file, line: unit.line(at: noun.start), article: context.title,
        articleLine: context.article.lineStart, programme: programme, kind: noun.surface,
        scope: scope(clause: Array(unit.window(bounds.clause(around: noun.start..<noun.end)).scalars), sentence: sentenceText, context),
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
