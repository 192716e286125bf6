// One quantity found in a line of Chinese news text: its surface, offsets, bounds and unit.

/// How a written number relates to the true figure: 千余名 is `.moreThan`, 近千名 `.nearly`.
///
/// The raw values are the JSON spellings used by `corpus quantities` and the peer suite.
public enum Qualifier: String, Hashable, Sendable, CaseIterable, Codable {
  /// 1000名: the figure as written.
  case exact
  /// 余 多 逾 超 超过 过 几: low = n, high open.
  case moreThan = "more_than"
  /// 以上 至少 不少于 起码: low = n inclusive, high open.
  case atLeast = "at_least"
  /// 近 将近 接近: high = n, low open.
  case nearly
  /// 不到 不足 低于 以下 最多: high = n, low open.
  case lessThan = "less_than"
  /// 约 大约 左右 上下: around n, no hard bounds.
  case about
  /// 100万元～600万元, 三五百: low and high, no single value.
  case range
}

/// A quantity in a text, with Unicode-scalar offsets so that callers can quote and locate it.
public struct Quantity: Hashable, Sendable, Codable {
  /// The text as written, e.g. `66万余人次`.
  public var surface: String
  /// Unicode-scalar offset of the first scalar of `surface` in the parsed text.
  public var start: Int
  /// Unicode-scalar offset one past the last scalar of `surface`.
  public var end: Int
  /// The number with 万/亿 folded in (`66万` → 660000); nil for ranges.
  public var value: Double?
  /// The lower bound, when the text gives one.
  public var low: Double?
  /// The upper bound, when the text gives one.
  public var high: Double?
  /// How the written number bounds the figure (`余` → more than, `近` → nearly).
  public var qualifier: Qualifier
  /// The measure word or unit written after the number (`人次`, `名`, `元`, `%`), if any.
  public var unit: String?

  public init(
    surface: String, start: Int, end: Int, value: Double?, low: Double?, high: Double?,
    qualifier: Qualifier, unit: String?
  ) {
    self.surface = surface
    self.start = start
    self.end = end
    self.value = value
    self.low = low
    self.high = high
    self.qualifier = qualifier
    self.unit = unit
  }
}
