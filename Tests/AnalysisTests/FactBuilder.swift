import Extraction

/// A fact for tests: only what the test cares about, the rest plausible.
func fact(
  _ metric: Metric, _ surface: String, year: Int? = 2024, qualifier: Qualifier = .exact,
  low: Double? = nil, high: Double? = nil, value: Double? = nil, unit: String? = "名",
  programme: String? = "暖心伴考", scope: Scope = .citywide, subtype: String? = nil,
  cumulative: Bool = false, periodStart: Int? = nil, periodEnd: Int? = nil,
  file: String = "a.txt", line: Int = 1, articleLine: Int = 1
) -> Fact {
  let bounds: (Double?, Double?, Double?)
  switch qualifier {
  case .exact: bounds = (value, value, value)
  case .moreThan, .atLeast: bounds = (value, value, nil)
  case .nearly, .lessThan: bounds = (value, nil, value)
  case .about: bounds = (value, nil, nil)
  case .range: bounds = (nil, low, high)
  }
  return Fact(
    file: file, line: line, article: "测试标题", articleLine: articleLine, programme: programme,
    metric: metric, subtype: subtype, scope: scope, year: year, cumulative: cumulative,
    periodStart: periodStart, periodEnd: periodEnd, value: bounds.0, low: low ?? bounds.1,
    high: high ?? bounds.2, qualifier: qualifier, unit: unit, surface: surface, quote: "引文\(surface)")
}
