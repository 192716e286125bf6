// The volunteer-growth findings as sentences: coverage, the latest year, growth, breakdowns, totals.
import Analysis
import Extraction

/// Sentences built only from the figures; growth only between comparable figures of one series.
struct GrowthFindings {
  let growth: VolunteerGrowth
  let language: Language

  var sentences: [String] {
    guard let first = growth.years.first, let last = growth.years.last else { return [] }
    let l = language
    var out: [String] = []
    let stated = growth.years.filter { year in growth.series.contains { $0.cells[year] != nil } }
    let missing = growth.years.count - stated.count
    // NB: no parentheses around an empty list of years.
    let statedYears = stated.isEmpty ? "" : l("（\(stated.map(String.init).joined(separator: "、"))）", " (\(stated.map(String.init).joined(separator: ", ")))")
    out.append(l(
      "\(l.period(first, last))共 \(growth.years.count) 年，其中 \(stated.count) 年有全市数字\(statedYears)" + (missing > 0 ? "；其余 \(missing) 年没有数字，表中留空档，不是 0。" : "。"),
      "\(l.period(first, last)): \(growth.years.count) years, \(stated.count) with citywide figures\(statedYears)" + (missing > 0 ? "; the other \(missing) are gaps, not 0." : ".")))
    if let latest = stated.last {
      let parts = growth.series.filter { $0.subtype == nil }.compactMap { series in
        series.cells[latest].flatMap { Phrases.text($0, l) }.map { "\(l.label(series.metric)) \($0)" }
      }
      if !parts.isEmpty {
        out.append(l("最近一年（\(latest)年）：", "Latest year (\(latest)): ") + parts.joined(separator: l.comma) + l("。", "."))
      }
    }
    // NB: a part names its metric too: `志愿者·党员 800余名`, not a bare `党员 800余名`.
    for year in stated {
      let parts = growth.series.filter { $0.subtype != nil }.compactMap { series in
        series.cells[year].flatMap { Phrases.text($0, l) }.map { "\(l.label(series.metric))·\(series.subtype!) \($0)" }
      }
      if !parts.isEmpty {
        out.append(l("\(year)年分项：", "Breakdown \(year): ") + parts.joined(separator: l.comma) + l("。", "."))
      }
    }
    let names = VolunteerGrowth.Series.headers(l, of: growth.series)
    for statement in growth.growth {
      guard let from = Phrases.text(statement.first, l), let to = Phrases.text(statement.last, l) else { continue }
      // NB: the series of the statement's label and unit: 志愿者 in 名 is not 志愿者 in 人次.
      let series = growth.series.firstIndex { $0.label == statement.label && $0.unit == statement.unit }
      let name = series.map { names[$0] } ?? statement.label
      var sentence = l("\(name)：\(statement.firstYear)年 \(from) → \(statement.lastYear)年 \(to)", "\(name): \(from) in \(statement.firstYear) → \(to) in \(statement.lastYear)")
      if let ratio = statement.minimumRatio, ratio > 1 {
        sentence += l("，至少是\(statement.firstYear)年的 \(Phrases.ratio(ratio)) 倍", ", at least \(Phrases.ratio(ratio))× the \(statement.firstYear) figure")
      }
      out.append(sentence + l("。", "."))
    }
    let totals = growth.cumulative.compactMap { row in
      Phrases.text(row.cell, l).map { "\(l.label(row.metric)) \($0)（\(l.period(row.periodStart, row.periodEnd))）" }
    }
    if !totals.isEmpty {
      out.append(l("累计：", "Running totals: ") + totals.joined(separator: l.comma) + l("。", "."))
    }
    let conflicts = growth.conflicts.count
    if conflicts > 0 {
      out.append(l(
        "\(conflicts) 处同一年同一指标的数字来源不一致，表中标橙并列出全部读数，图表按被引用最多的读数绘制（见“数据质量”表）。",
        "\(conflicts) cells have sources that disagree for the same year and measure: shown in orange with every reading; charts plot the most-cited reading (see 数据质量)."))
    }
    return out
  }
}
