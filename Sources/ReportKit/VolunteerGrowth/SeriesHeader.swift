// Column headers for the growth series: metric, breakdown and unit, unique per series.
import Analysis
import Extraction

extension VolunteerGrowth.Series {
  /// `服务站点·高考（个）`; the unit is left out when the metric's label already names it.
  func header(_ l: Language) -> String {
    let label = l.label(metric)
    let part = subtype.map { "·\($0)" } ?? ""
    let unit = unit.flatMap { label.contains($0) ? nil : l("（\($0)）", " (\($0))") } ?? ""
    return label + part + unit
  }

  /// Every series' header, in order, unique among them: when two series read the same
  /// (`服务人次` with the unit 人次 and without one), each spells its unit out so Excel's table gets
  /// distinct columns.
  /// NB: one pass for all series: a sheet names a series in every cell of its column, and
  /// comparing each series with every other one there, cell after cell, was quadratic.
  static func headers(_ l: Language, of all: [VolunteerGrowth.Series]) -> [String] {
    let plain = all.map { $0.header(l) }
    let uses = Dictionary(plain.map { ($0, 1) }, uniquingKeysWith: +)
    return zip(all, plain).map { series, header in uses[header, default: 0] > 1 ? series.spelledOut(l) : header }
  }

  /// The header with its unit spelt out (`志愿者（单位：人次）`, `志愿者（未注单位）`).
  private func spelledOut(_ l: Language) -> String {
    let label = l.label(metric) + (subtype.map { "·\($0)" } ?? "")
    return label + (unit.map { l("（单位：\($0)）", " (unit: \($0))") } ?? l("（未注单位）", " (no unit)"))
  }
}
