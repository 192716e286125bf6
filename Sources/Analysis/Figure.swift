// One reading of a number (bounds + qualifier) with every mention that states it.
import Extraction

/// The figures that agree — same qualifier, bounds and unit — merged into one, with all their sources.
///
/// `千余名` stated on two lines is one `Figure` with two sources; `千余名` and `1500余名` for the same
/// year are two figures in one ``FigureCell``, which is then a conflict. Measure words that count the
/// same things one by one agree (`12个` and `12家` stations, `MeasureWordClass`); the figure shows the
/// first source's.
public struct Figure: Hashable, Sendable {
  public var qualifier: Qualifier
  public var value: Double?
  public var low: Double?
  public var high: Double?
  public var unit: String?
  /// Every fact that states this figure, in source order (file, line).
  public var sources: [Fact]

  /// The first mention, whose surface decides how the qualifier is displayed.
  public var primary: Fact { sources[0] }

  /// How the qualifier is written around the number (`余`, `超`, `近` …).
  public var style: ApproximationStyle { ApproximationStyle(qualifier: qualifier, surface: primary.surface) }

  /// The number a spreadsheet cell holds: the bound the qualifier is about.
  ///
  /// 1000余 holds 1000 (the low bound), 近1000 holds 1000 (the high bound), a range its low end.
  public var cellValue: Double? {
    switch qualifier {
    case .exact, .about: value ?? low ?? high
    case .moreThan, .atLeast: low ?? value
    case .nearly, .lessThan: high ?? value
    case .range: low
    }
  }

  /// The figure as staff read it: `1,000余`, `近1,000`, `超50,000`, `15万～30万`.
  public var text: String { style.render(cellValue: cellValue, high: high) }
}

/// What a report cell shows: no figure (a gap), one figure, or conflicting figures.
public struct FigureCell: Hashable, Sendable {
  /// Distinct readings, most-mentioned first, then by value.
  public var figures: [Figure]

  public init(_ facts: [Fact]) { figures = Figure.group(facts) }

  public var isEmpty: Bool { figures.isEmpty }
  /// Two or more sources give different figures for the same thing.
  public var isConflict: Bool { figures.count > 1 }
  /// The figure a chart plots: the best-attested one (ties: the larger low bound).
  public var leading: Figure? { figures.first }
}

extension Figure {
  /// The identity of a reading: facts with equal keys state the same figure.
  struct Reading: Hashable {
    var qualifier: Qualifier
    var value: Double?
    var low: Double?
    var high: Double?
    var unit: String?

    init(_ fact: Fact) {
      qualifier = fact.qualifier
      value = fact.value
      low = fact.low
      high = fact.high
      unit = MeasureWordClass.key(fact.unit)
    }
  }

  /// The figure `sources` state, all reading `reading`.
  init(_ reading: Reading, sources: [Fact]) {
    self.init(
      qualifier: reading.qualifier, value: reading.value, low: reading.low, high: reading.high,
      unit: sources.first?.unit ?? reading.unit, sources: sources)
  }

  /// Merges facts into distinct figures, deterministically ordered.
  static func group(_ facts: [Fact]) -> [Figure] {
    // NB: most cells have one source (the audit makes one per fact): nothing to merge or order.
    if let only = facts.first, facts.count == 1 {
      return [Figure(qualifier: only.qualifier, value: only.value, low: only.low, high: only.high, unit: only.unit, sources: facts)]
    }
    var order: [Reading] = []
    var byReading: [Reading: [Fact]] = [:]
    for fact in facts.sorted(by: Fact.sourceOrder) {
      let reading = Reading(fact)
      if byReading[reading] == nil { order.append(reading) }
      byReading[reading, default: []].append(fact)
    }
    let figures = order.map { Figure($0, sources: byReading[$0]!) }
    return figures.sorted { a, b in
      if a.sources.count != b.sources.count { return a.sources.count > b.sources.count }
      if (a.cellValue ?? 0) != (b.cellValue ?? 0) { return (a.cellValue ?? 0) < (b.cellValue ?? 0) }
      return Fact.sourceOrder(a.primary, b.primary)
    }
  }
}
