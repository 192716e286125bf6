// Decides what a counted quantity measures, from Data/metric-cues.tsv.

/// The words around one quantity that decide its metric.
public struct MetricContext: Sendable {
  /// The measure word after the number (`名`, `支`, `个`…), nil when there is none.
  public var unit: String?
  /// The words right after the number up to the clause break (or right before, for 站点62个).
  public var nounWindow: String
  /// The clause before the number, back to the previous clause break or quantity.
  public var before: String
  /// The whole sentence the number stands in.
  public var sentence: String
  /// True when the noun window is the words before the number (服务时长达5万小时).
  public var nounBeforeNumber: Bool

  public init(unit: String?, nounWindow: String, before: String, sentence: String, nounBeforeNumber: Bool = false) {
    self.unit = unit
    self.nounWindow = nounWindow
    self.before = before
    self.sentence = sentence
    self.nounBeforeNumber = nounBeforeNumber
  }
}

/// The metric rules, tried in file order; the first that matches decides.
public enum MetricRules {
  struct Rule: Sendable {
    var metric: Metric
    var units: Set<String>
    var nouns: [String]
    var cues: [String]
    var before: [String]
    var not: [String]

    func matches(_ context: MetricContext) -> Bool {
      guard let unit = context.unit, units.contains(unit) else { return false }
      if !nouns.isEmpty, !nouns.contains(where: { Self.window(context, has: $0) }) { return false }
      if !cues.isEmpty, !cues.contains(where: context.sentence.contains) { return false }
      if !before.isEmpty, !before.contains(where: context.before.contains) { return false }
      return !not.contains(where: context.nounWindow.contains)
    }

    /// `^noun` must open a window after the number (5万小时服务); before the number, and for a
    /// plain noun, it may stand anywhere in the window (服务时长达5万小时).
    static func window(_ context: MetricContext, has noun: String) -> Bool {
      guard noun.hasPrefix("^") else { return context.nounWindow.contains(noun) }
      let word = noun.dropFirst()
      return context.nounBeforeNumber ? context.nounWindow.contains(word) : context.nounWindow.hasPrefix(word)
    }
  }

  static let rules: [Rule] = DataTable.shipped("metric-cues.tsv").records.map { record in
    let list = { (column: String) in record[column].split(separator: ",").map(String.init) }
    guard let metric = Metric(rawValue: record["metric"]) else {
      preconditionFailure("Data/metric-cues.tsv:\(record.line):1: error: unknown metric \(record["metric"])")
    }
    return Rule(
      metric: metric, units: Set(list("units")), nouns: list("nouns"), cues: list("cues"),
      before: list("before"), not: list("not"))
  }

  /// Every measure word some rule counts with (`名`, `个`, `支`…), to tell counts from names.
  static let countUnits: Set<String> = rules.reduce(into: []) { $0.formUnion($1.units) }

  /// The nouns that name a metric, so callers can tell whether a window names one at all.
  static let allNouns: [String: Metric] = rules.reduce(into: [:]) { table, rule in
    for noun in rule.nouns where table[noun] == nil { table[noun] = rule.metric }
  }

  /// The metric of a quantity in its context, or `.other`.
  public static func metric(of context: MetricContext) -> Metric {
    rules.first { $0.matches(context) }?.metric ?? .other
  }
}
