// Column headers for the growth series: metric, breakdown and unit, unique per series.
import Analysis

extension VolunteerGrowth.Series {
  /// `服务站点·高考（个）`; the unit is left out when the metric's label already names it.
  func header(_ l: Language) -> String {
    let label = l.label(metric)
    let part = subtype.map { "·\($0)" } ?? ""
    let unit = unit.flatMap { label.contains($0) ? nil : l("（\($0)）", " (\($0))") } ?? ""
    return label + part + unit
  }
}
