// Whether a chart's value axis should be logarithmic: when the plotted numbers span orders of magnitude.
import Foundation
import Xlsx

/// The value-axis scale for a set of plotted numbers.
public enum AxisScale: Equatable, Sendable {
  case linear
  /// Base-10 logarithmic.
  case logarithmic

  /// The ratio from the smallest to the largest plotted number at which a linear axis flattens the
  /// small ones into the floor: two orders of magnitude.
  public static let logarithmicSpan = 100.0

  /// Logarithmic when the positive values span at least ``logarithmicSpan``; linear otherwise.
  public init(values: [Double]) {
    let positive = values.filter { $0 > 0 }
    guard let low = positive.min(), let high = positive.max() else {
      self = .linear
      return
    }
    self = high / low >= Self.logarithmicSpan ? .logarithmic : .linear
  }

  /// The bottom of a logarithmic axis: the power of ten one below the smallest value's, so the
  /// smallest bar (a mention drawn as 1, a first year's 12) still shows.
  public static func logarithmicMinimum(values: [Double]) -> Double {
    let smallest = values.filter { $0 > 0 }.min() ?? 1
    return pow(10, (log10(smallest)).rounded(.down) - 1)
  }
}

extension ChartAxis {
  /// Sets a value axis for `values`: logarithmic (base 10, starting one power of ten below the
  /// smallest value) when they span orders of magnitude, with thousands separators.
  /// Returns the scale so the axis title can say so.
  @discardableResult
  func scale(for values: [Double]) throws -> AxisScale {
    let scale = AxisScale(values: values)
    guard scale == .logarithmic else {
      try setNumberFormat("#,##0")
      return scale
    }
    let minimum = AxisScale.logarithmicMinimum(values: values)
    try setLogBase(10)
    try setMin(minimum)
    // NB: below 1 the labels need decimals (0.1), which #,##0 would print as 0.
    try setNumberFormat(minimum < 1 ? "General" : "#,##0")
    return scale
  }
}
