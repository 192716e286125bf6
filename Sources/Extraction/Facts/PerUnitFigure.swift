// Figures given per station, per person or per day: a rate, not a count of the whole.

/// `每个驿站配备2至3名志愿者`, `平均每天接待300人次`, `人均服务20小时`: a distributive or averaging
/// word before a figure, in its clause, makes it `other` (see DESIGN, "Facts"). Summed or charted
/// as a total it would be false: 2至3名 is each station's, not the city's.
///
/// The clause limits the reach: in `每个驿站都配有饮水机，全市共有志愿者300名` the total stands in a
/// clause of its own and counts.
enum PerUnitFigure {
  static let words = ["每", "平均", "人均", "户均", "站均", "场均", "日均", "月均", "年均"].map(MatchWord.init)

  /// Whether the figure's clause, before it, gives it per unit.
  static func isPerUnit(_ before: ScalarText) -> Bool {
    words.contains(where: before.contains)
  }
}
