// Whether a chart's value axis should be logarithmic: when the plotted numbers span orders of magnitude.

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
}
