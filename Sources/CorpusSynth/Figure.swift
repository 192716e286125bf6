// A planted quantity: the printed amount plus what DESIGN.md says it means.
import Extraction

/// A quantity the generator plants as a fact. Fields left nil take the article's values.
struct Figure {
  var amount: Amount
  var metric: Metric
  /// A breakdown the clause states: `高考`, `中考`, `室外`, `室内`, `新增`, a pack kind.
  var subtype: String?
  /// The clause's own year when it differs from the article's (`从2015年的10名…`).
  var year: Int?
  /// The clause's own place when it differs from the article's (`全市共有9000余家`).
  var scope: Scope?
  var cumulative = false
  var periodStart: Int?
  var periodEnd: Int?
}

extension Figure {
  /// The same figure as a 累计 total over `start…end`.
  func cumulative(from start: Int?, to end: Int?) -> Figure {
    var copy = self
    copy.cumulative = true
    copy.periodStart = start
    copy.periodEnd = end
    return copy
  }

  /// The same figure with its own scope.
  func scoped(_ scope: Scope) -> Figure {
    var copy = self
    copy.scope = scope
    return copy
  }

  /// The same figure with its own year.
  func dated(_ year: Int) -> Figure {
    var copy = self
    copy.year = year
    return copy
  }
}
