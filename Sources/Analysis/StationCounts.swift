// Service stations per district and year, by kind, with the three states kept apart.
import Extraction

/// Grain: one row per place (each Beijing district and 经开区, then 全市, then places outside
/// Beijing), one column per station kind and year.
///
/// A cell is a stated count (with its bounds), "mentioned but not counted" (a station named in
/// the place without a number: at least 1), or no data — never a 0 that nobody stated.
public struct StationCounts: Sendable {
  /// One cell of the table.
  public enum Cell: Hashable, Sendable {
    case counted(FigureCell)
    case mentioned([StationMention])
    case noData

    /// The figure a chart plots, or nil for mentions and gaps.
    public var leading: Figure? { if case .counted(let cell) = self { cell.leading } else { nil } }
  }

  /// A column: a station kind in a year (nil year: 年份不详).
  public struct Column: Hashable, Sendable, Comparable {
    public var kind: String
    public var year: Int?

    public static func < (a: Column, b: Column) -> Bool {
      (StationCategory.order(a.kind), a.year ?? Int.max) < (StationCategory.order(b.kind), b.year ?? Int.max)
    }
  }

  public var rows: [Scope]
  public var columns: [Column]
  /// Cells by row and column; absent means no data.
  public var cells: [Scope: [Column: Cell]]
  /// Citywide breakdowns the articles state (高考/中考, 室外/室内, 新增), by year.
  public var composition: [CompositionRow]

  /// A stated breakdown of the citywide count, e.g. 2024 高考 62.
  public struct CompositionRow: Hashable, Sendable {
    public var kind: String
    public var year: Int?
    public var part: String
    public var cell: FigureCell
  }

  /// A street's, town's, area's or exam site's own count inside a district (清河街道 30家): a part
  /// of the district, never its total, listed apart.
  public struct LocalRow: Hashable, Sendable {
    public var scope: Scope
    public var locality: String
    public var kind: String
    public var year: Int?
    /// A breakdown the figure states as well (新增), if any.
    public var part: String?
    public var cell: FigureCell

    /// What the count is of: `海淀区清河街道 户外劳动者暖心驿站 2024年 新增`.
    public func subject(_ l: Language) -> String {
      "\(scope.label(at: locality)) \(kind) \(l.year(year))" + (part.map { " \($0)" } ?? "")
    }
  }

  /// The local counts, by district, street, kind and year.
  public var local: [LocalRow]

  /// - Parameter districts: the Beijing rows in display order; by default the gazetteer's 16
  ///   districts and 北京经济技术开发区.
  public init(facts: [Fact], mentions: [StationMention], districts: [String] = Gazetteer.beijing.districts) {
    // NB: one pass into the groups, no filtered copies of the facts (see VolunteerGrowth).
    var totals: [Key: [Fact]] = [:]
    var parts: [CompositionKey: [Fact]] = [:]
    var locals: [LocalKey: [Fact]] = [:]
    for fact in facts where fact.metric == .stations && Self.isCount(fact) {
      let kind = StationCategory.of(fact.programme)
      if let locality = fact.locality {
        locals[LocalKey(scope: fact.scope, locality: locality, kind: kind, year: fact.year, part: fact.subtype), default: []].append(fact)
      } else if let part = fact.subtype {
        if fact.scope == .citywide { parts[CompositionKey(kind: kind, year: fact.year, part: part), default: []].append(fact) }
      } else {
        totals[Key(scope: fact.scope, kind: kind, year: fact.year), default: []].append(fact)
      }
    }

    var cells: [Scope: [Column: Cell]] = [:]
    for (key, facts) in totals {
      cells[key.scope, default: [:]][key.column] = .counted(FigureCell(facts))
    }
    for (key, mentions) in Dictionary(grouping: mentions, by: { Key(scope: $0.scope, kind: StationCategory.of($0.programme), year: $0.year) })
    where cells[key.scope]?[key.column] == nil {
      cells[key.scope, default: [:]][key.column] = .mentioned(mentions.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
    }
    self.cells = cells
    columns = Set(cells.values.flatMap(\.keys)).sorted()

    let outside = Set(cells.keys.filter { if case .outside = $0 { true } else { false } }).sorted()
    let regions = Set(cells.keys.filter(\.isRegion)).sorted()
    rows = districts.map(Scope.district) + [.citywide] + regions + outside

    local = locals
      .map { LocalRow(scope: $0.key.scope, locality: $0.key.locality, kind: $0.key.kind, year: $0.key.year, part: $0.key.part, cell: FigureCell($0.value)) }
      .sorted {
        ($0.scope, $0.locality, StationCategory.order($0.kind), $0.year ?? 0, $0.part ?? "")
          < ($1.scope, $1.locality, StationCategory.order($1.kind), $1.year ?? 0, $1.part ?? "")
      }
    composition = parts
      .map { CompositionRow(kind: $0.key.kind, year: $0.key.year, part: $0.key.part, cell: FigureCell($0.value)) }
      .sorted { ($0.year ?? 0, StationCategory.order($0.kind), $0.part) < ($1.year ?? 0, StationCategory.order($1.kind), $1.part) }
  }

  /// Whether a station fact is a count of its year: any but a running total, and a running total
  /// of rest stations up to a point (`截至6月底，全市累计建成驿站1497家`), which stay open, so it is
  /// the stock at its end. A running total since a start (`2019年以来累计建成1200家`) counts only
  /// those built since; one of exam-season stations (`十年来累计设立服务站点近千个`, `…个次`) adds up
  /// the stations of several years.
  static func isCount(_ fact: Fact) -> Bool {
    guard fact.cumulative else { return true }
    return fact.periodStart == nil && fact.unit != "个次" && StationCategory.of(fact.programme) == StationCategory.restStation
  }

  /// The cell of a row and column.
  public func cell(_ row: Scope, _ column: Column) -> Cell { cells[row]?[column] ?? .noData }

  /// The articles behind some count or mention of the table or the citywide composition.
  public var sourceArticles: Set<ArticleKey> {
    var keys = Set(composition.lazy.flatMap(\.cell.figures).flatMap(\.sources).map(\.articleKey))
    for cell in cells.values.lazy.flatMap(\.values) {
      switch cell {
      case .counted(let figures): keys.formUnion(figures.figures.lazy.flatMap(\.sources).map(\.articleKey))
      case .mentioned(let mentions): keys.formUnion(mentions.map(\.articleKey))
      case .noData: break
      }
    }
    return keys
  }

  /// Cells where sources disagree.
  public var conflicts: [Conflict] {
    rows.flatMap { row in
      columns.compactMap { column in
        if case .counted(let cell) = self.cell(row, column), cell.isConflict {
          Conflict(subject: .stations(place: row, kind: column.kind, year: column.year), cell: cell)
        } else { nil }
      }
    }
  }

  private struct Key: Hashable {
    var scope: Scope, kind: String, year: Int?
    var column: Column { Column(kind: kind, year: year) }
  }

  private struct CompositionKey: Hashable {
    var kind: String, year: Int?, part: String
  }

  private struct LocalKey: Hashable {
    var scope: Scope, locality: String, kind: String, year: Int?, part: String?
  }
}

/// The station kinds of the report, named by the programme they belong to.
public enum StationCategory {
  public static let examService = "伴考服务站点"
  public static let restStation = "户外劳动者暖心驿站"
  public static let otherService = "其他服务点"

  /// The programme (its id in `Data/programmes.tsv`) whose stations each category counts; a test
  /// checks that every id is one the lexicon knows.
  public static let programmes: [(id: String, category: String)] = [
    ("暖心伴考", examService), ("户外劳动者暖心驿站", restStation),
  ]

  /// The kind of a station fact or mention from its programme.
  public static func of(_ programme: String?) -> String {
    programmes.first { $0.id == programme }?.category ?? otherService
  }

  static func order(_ kind: String) -> Int {
    [examService, restStation, otherService].firstIndex(of: kind) ?? 3
  }
}
