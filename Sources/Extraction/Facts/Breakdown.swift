// The breakdown a clause states for a count (高考 / 中考, 室外 / 室内, 新增), from Data/breakdowns.tsv.
import ChineseText

/// Finds the part of a total that a counted noun names.
enum Breakdown {
  struct Word: Sendable {
    var word: MatchWord
    /// A handful of metrics: an array is searched faster than a set is hashed.
    var metrics: [Metric]
    var isTotal: Bool
  }

  /// Longest words first, so `中、高考` (a total) is seen before `高考` (a part).
  static let words: [Word] = DataTable.shipped("breakdowns.tsv").records
    .map {
      Word(
        word: MatchWord($0["word"]), metrics: $0["metrics"].split(separator: ",").compactMap { Metric(rawValue: String($0)) },
        isTotal: $0["kind"] == "total")
    }
    .sorted { $0.word.text.count > $1.word.text.count }

  /// 其中 ("of which"), dropped from a window before its breakdown is read.
  static let ofWhich = MatchWord("其中")

  /// The breakdown of `metric` named in `window`, or nil for a total or no breakdown.
  static func part(of metric: Metric, in window: ScalarText) -> String? {
    // NB: 其中 ("of which") introduces a breakdown, and must not read as 中高考 in 其中高考.
    let window = window.removingAll(ofWhich)
    guard let word = words.first(where: { $0.metrics.contains(metric) && window.contains($0.word) }),
      !word.isTotal
    else { return nil }
    return word.word.text
  }

  /// The pack kind a count names directly (`300份“爱心助考包”` → `爱心助考包`).
  ///
  /// Only a quoted name right after the number counts: a total after a list (`…包”和“…包”共计`)
  /// has no single kind.
  static func packKind(after window: ScalarText) -> String? {
    let scalars = Array(window.scalars)
    guard let open = scalars.firstIndex(where: { $0 == "“" || $0 == "\"" }), open <= 2,
      let close = scalars[(open + 1)...].firstIndex(where: { $0 == "”" || $0 == "\"" })
    else { return nil }
    let name = String(scalars: scalars[(open + 1)..<close])
    return name.hasSuffix("包") ? name : nil
  }
}
