// The audit findings as sentences: what the corpus holds and how much of it needs checking.
import Analysis
import Extraction

/// Counts of articles, facts and mentions, and what needs checking.
struct CorpusFindings {
  let corpus: ParsedCorpus
  let issues: [QualityIssue]
  let language: Language

  var sentences: [String] {
    let l = language
    var out = [l(
      "\(corpus.files.count) 个文件、\(corpus.articles.count) 篇文章、\(corpus.facts.count) 条事实、\(corpus.stationMentions.count) 处未计数的站点提及。",
      "\(corpus.files.count) files, \(corpus.articles.count) articles, \(corpus.facts.count) facts and \(corpus.stationMentions.count) stations named without a count.")]
    // NB: counted in one pass over the facts; filtering them per metric would copy each fact.
    var perMetric: [Metric: Int] = [:]
    for fact in corpus.facts { perMetric[fact.metric, default: 0] += 1 }
    let byMetric = Metric.allCases.compactMap { metric in perMetric[metric].map { "\(l.label(metric)) \($0)" } }
    if !byMetric.isEmpty { out.append(l("事实按指标：", "Facts by measure: ") + byMetric.joined(separator: l.comma) + l("。", ".")) }
    var years: [Int?: Int] = [:]
    for article in corpus.articles { years[article.year, default: 0] += 1 }
    let known = years.keys.compactMap { $0 }.sorted().map { l("\($0)年 \(years[$0]!) 篇", "\($0): \(years[$0]!)") }
    let unknown = years[nil] ?? 0
    out.append(l("文章按年份：", "Articles by year: ") + (known + (unknown > 0 ? [l("年份不详 \(unknown) 篇", "unknown: \(unknown)")] : [])).joined(separator: l.comma) + l("。", "."))
    let conflicts = issues.filter { $0.kind == .conflict }.count
    if conflicts > 0 {
      out.append(l("\(conflicts) 处同一年同一指标的数字来源不一致，见“数据质量”表。", "\(conflicts) places where sources disagree for the same year and measure; see 数据质量."))
    }
    return out
  }
}
