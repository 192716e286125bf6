// The station findings as sentences: citywide counts, districts with counts, mentions, breakdowns.
import Analysis
import Extraction

/// Sentences built from the station table; mentions and gaps are never counted as numbers.
struct StationFindings {
  let counts: StationCounts
  let language: Language

  /// Items that each name a place, joined: by commas, or by ； when a joint group of districts is
  /// itself a list (`东城区 8个；东城区、西城区 5个`).
  func placeList(_ items: [String]) -> String {
    items.joined(separator: items.contains { $0.contains("、") } ? language("；", "; ") : language.comma)
  }

  var sentences: [String] {
    let l = language
    var out: [String] = []
    let citywide = counts.columns.compactMap { column -> String? in
      guard case .counted(let cell) = counts.cell(.citywide, column), let text = Phrases.text(cell, l) else { return nil }
      return "\(column.header(l)) \(text)"
    }
    if !citywide.isEmpty { out.append(l("全市：", "Citywide: ") + citywide.joined(separator: l.comma) + l("。", ".")) }

    for column in counts.columns {
      let counted = counts.rows.compactMap { place -> String? in
        guard place != .citywide, case .counted(let cell) = counts.cell(place, column), let text = Phrases.text(cell, l) else { return nil }
        return "\(place.label) \(text)"
      }
      if !counted.isEmpty {
        out.append(l("\(column.header(l))，给出数量的地区：", "\(column.header(l)), places with a count: ") + placeList(counted) + l("。", "."))
      }
    }
    let mentioned = counts.rows.flatMap { place in
      counts.columns.compactMap { column -> String? in
        if case .mentioned = counts.cell(place, column) { "\(place.label)（\(column.header(l))）" } else { nil }
      }
    }
    if !mentioned.isEmpty {
      out.append(l("只提到有站点、没给数量（至少1个）：", "Named without a count (at least 1): ") + placeList(mentioned) + l("。", "."))
    }
    let years = Array(Set(counts.composition.map(\.year))).sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
    for year in years {
      let parts = counts.composition.filter { $0.year == year }.compactMap { row in
        Phrases.text(row.cell, l).map { "\(row.part) \($0)" }
      }
      out.append(l("\(l.year(year))全市构成：", "Citywide breakdown \(l.year(year)): ") + parts.joined(separator: l.comma) + l("。", "."))
    }
    let local = counts.local.compactMap { row in
      Phrases.text(row.cell, l).map { "\(row.subject(l)) \($0)" }
    }
    if !local.isEmpty {
      out.append(l("街道乡镇自己的数量（是该街道乡镇的，不计入全区）：", "Counts of a street or town (theirs, not the district's): ")
        + local.joined(separator: l.comma) + l("。", "."))
    }
    let districtRows = counts.rows.filter { if case .district = $0 { true } else { false } }
    let withData = districtRows.filter { place in counts.columns.contains { counts.cell(place, $0) != .noData } }
    out.append(l(
      "\(districtRows.count) 个区（含经开区）中 \(withData.count) 个有站点数据，其余为空档（没有数据，不是 0）。",
      "\(withData.count) of \(districtRows.count) districts (with the development zone) have station data; the rest are gaps (no data, not 0)."))
    if !counts.conflicts.isEmpty {
      out.append(l("\(counts.conflicts.count) 处数量来源不一致，表中标橙（见“数据质量”表）。", "\(counts.conflicts.count) counts have sources that disagree, marked orange (see 数据质量)."))
    }
    return out
  }
}
