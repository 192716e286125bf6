// The 暖心伴考 service year by year: stations, teams, volunteers, packs, people served, hours.
import Extraction

/// Grain: one row per year from the programme's first year to the latest year in the corpus,
/// one column per series (metric + breakdown + unit, 名/人/位 as one) of citywide, non-cumulative figures.
///
/// Cumulative statements (累计, N年来) are kept apart with their periods; district figures apart
/// from citywide ones. A year with no figure is a gap, never 0.
public struct VolunteerGrowth: Sendable {
  /// One column of the year table, e.g. stations / 高考 / 个.
  public struct Series: Hashable, Sendable {
    public var metric: Metric
    public var subtype: String?
    public var unit: String?
    /// Figures by year; a missing key is a gap.
    public var cells: [Int: FigureCell]

    /// `服务站点（高考）`.
    public var label: String { metric.label + (subtype.map { "（\($0)）" } ?? "") }
  }

  /// A running total over a period, e.g. 66万余人次 from 2015 to 2025.
  public struct CumulativeRow: Hashable, Sendable {
    public var metric: Metric
    public var periodStart: Int?
    public var periodEnd: Int?
    public var cell: FigureCell
  }

  /// A district's own figure for a year, e.g. 怀柔区 46 volunteers in 2024, or one of its
  /// streets', towns' or exam sites' (`locality`), which is not the district's.
  public struct DistrictRow: Hashable, Sendable {
    public var scope: Scope
    public var locality: String?
    public var year: Int?
    public var metric: Metric
    public var cell: FigureCell

    /// The district, or the district and its street, town or site: `海淀区清河街道`; a site a
    /// citywide article names stands alone (`北京四中考点`).
    public var placeLabel: String { scope.label(at: locality) }
  }

  public var programme: String
  public var years: [Int]
  public var series: [Series]
  public var cumulative: [CumulativeRow]
  public var districts: [DistrictRow]
  public var growth: [GrowthStatement]

  /// The metrics the service is measured by, in the order staff read them.
  public static let metrics: [Metric] = [
    .stations, .volunteerTeams, .volunteers, .packs, .peopleServed, .serviceHours,
  ]

  /// The exam-season volunteer service, by its id in `Data/programmes.tsv`.
  public static let examService = StationCategory.programmes[0].id

  public init(facts: [Fact], programme: String = examService) {
    self.programme = programme
    // NB: one pass into the groups: filtered copies of a year of archives' facts (~300 bytes
    // each) would otherwise sit in memory side by side.
    var citywide: [SeriesKey: [Int: [Fact]]] = [:]
    var running: [CumulativeKey: [Fact]] = [:]
    var local: [DistrictKey: [Fact]] = [:]
    var first = Int.max, last = Int.min
    func see(_ year: Int?) { if let year { (first, last) = (min(first, year), max(last, year)) } }
    for fact in facts where fact.programme == programme && Self.metrics.contains(fact.metric) {
      see(fact.year)
      see(fact.periodStart)
      see(fact.periodEnd)
      if fact.cumulative {
        running[CumulativeKey(fact), default: []].append(fact)
      } else if let year = fact.year {
        // NB: a citywide article's figure at one exam site (`locality`) is the site's, not the city's.
        if fact.scope == .citywide && fact.locality == nil {
          citywide[SeriesKey(fact), default: [:]][year, default: []].append(fact)
        } else {
          local[DistrictKey(fact), default: []].append(fact)
        }
      }
    }

    // Every year from the first the corpus knows of (a stated start counts) to the latest.
    years = first <= last ? Array(first...last) : []

    series = citywide
      .map { key, byYear in
        Series(metric: key.metric, subtype: key.subtype, unit: key.unit, cells: byYear.mapValues(FigureCell.init))
      }
      .sorted { (Self.rank($0.metric), $0.subtype ?? "", $0.unit ?? "") < (Self.rank($1.metric), $1.subtype ?? "", $1.unit ?? "") }

    cumulative = running
      .map { key, facts in
        CumulativeRow(
          metric: key.metric, periodStart: key.periodStart, periodEnd: key.periodEnd,
          cell: FigureCell(facts))
      }
      // NB: the whole key sorts, so rows that share an end year keep one order on every run.
      .sorted { (Self.rank($0.metric), $0.periodEnd ?? 0, $0.periodStart ?? 0) < (Self.rank($1.metric), $1.periodEnd ?? 0, $1.periodStart ?? 0) }

    districts = local
      .map { key, facts in
        DistrictRow(scope: key.scope, locality: key.locality, year: key.year, metric: key.metric, cell: FigureCell(facts))
      }
      .sorted { ($0.year ?? 0, $0.scope, $0.locality ?? "", $0.metric) < ($1.year ?? 0, $1.scope, $1.locality ?? "", $1.metric) }

    growth = series.compactMap(GrowthStatement.init(series:))
  }

  /// The position of a metric in `metrics`, for ordering columns.
  static func rank(_ metric: Metric) -> Int { metrics.firstIndex(of: metric) ?? metrics.count }

  /// The articles behind some figure of the report (year table, running totals, districts).
  public var sourceArticles: Set<ArticleKey> {
    let cells = series.flatMap(\.cells.values) + cumulative.map(\.cell) + districts.map(\.cell)
    return Set(cells.lazy.flatMap(\.figures).flatMap(\.sources).map(\.articleKey))
  }

  /// Every cell where sources disagree, for the data-quality sheet.
  public var conflicts: [Conflict] {
    series.flatMap { series in
      series.cells.sorted { $0.key < $1.key }.compactMap { year, cell in
        cell.isConflict
          ? Conflict(subject: .series(programme: programme, year: year, metric: series.metric, subtype: series.subtype), cell: cell)
          : nil
      }
    }
  }

  private struct SeriesKey: Hashable {
    var metric: Metric, subtype: String?, unit: String?
    init(_ fact: Fact) { (metric, subtype, unit) = (fact.metric, fact.subtype, VolunteerGrowth.seriesUnit(fact.unit)) }
  }

  /// 名, 人 and 位 all count persons: one series (`2015年10名 → 2019年2,000人`), headed 名; 人次
  /// counts visits and stays apart, as every other measure word does.
  static func seriesUnit(_ unit: String?) -> String? {
    unit == "人" || unit == "位" ? "名" : unit
  }

  private struct CumulativeKey: Hashable {
    var metric: Metric, periodStart: Int?, periodEnd: Int?
    init(_ fact: Fact) { (metric, periodStart, periodEnd) = (fact.metric, fact.periodStart, fact.periodEnd) }
  }

  private struct DistrictKey: Hashable {
    var scope: Scope, locality: String?, year: Int?, metric: Metric
    init(_ fact: Fact) { (scope, locality, year, metric) = (fact.scope, fact.locality, fact.year, fact.metric) }
  }
}

/// A growth sentence between two comparable figures of one series: first year → latest year.
///
/// Comparable means same metric, breakdown and unit, both citywide and non-cumulative. The ratio
/// is a lower bound computed from the bounds (latest low ÷ first high), so `10 → 1,000余` says
/// "at least 100×", never a false exact.
public struct GrowthStatement: Hashable, Sendable {
  public var label: String
  /// The series' measure word: series of one label may differ in it (志愿者 in 名 and in 人次).
  public var unit: String?
  public var firstYear: Int
  public var first: FigureCell
  public var lastYear: Int
  public var last: FigureCell
  /// At least this many times the first figure; nil when the bounds do not allow a claim.
  public var minimumRatio: Double?

  init?(series: VolunteerGrowth.Series) {
    let years = series.cells.keys.sorted()
    guard let firstYear = years.first, let lastYear = years.last, firstYear < lastYear else { return nil }
    (label, unit) = (series.label, series.unit)
    self.firstYear = firstYear
    self.lastYear = lastYear
    first = series.cells[firstYear]!
    last = series.cells[lastYear]!
    // The weakest claim all readings support: the smallest latest low over the largest first high.
    let lows = last.figures.map(\.low)
    let highs = first.figures.map(\.high)
    if lows.allSatisfy({ $0 != nil }), highs.allSatisfy({ $0 != nil }),
      let low = lows.compactMap({ $0 }).min(), let high = highs.compactMap({ $0 }).max(), high > 0
    {
      minimumRatio = low / high
    } else {
      minimumRatio = nil
    }
  }
}
