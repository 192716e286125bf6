import Foundation
import Testing
@testable import Extraction

/// Facts on the seeds against the hand-made gold (Fixtures/gold/facts.jsonl).
///
/// A fact matches a gold fact when file, line, metric, qualifier and bounds agree; each gold fact
/// matches once. Precision counts every extracted fact whose metric is not `other`.
@Suite struct GoldFactTests {
  struct Key: Hashable {
    var file: String, line: Int, metric: String, qualifier: String, low: Double?, high: Double?
  }

  static func key(_ gold: [String: Any]) -> Key {
    Key(
      file: gold["file"] as! String, line: gold["line"] as! Int, metric: gold["metric"] as! String,
      qualifier: gold["qualifier"] as! String, low: gold["low"] as? Double, high: gold["high"] as? Double)
  }

  static func key(_ fact: Fact) -> Key {
    Key(file: fact.file, line: fact.line, metric: fact.metric.rawValue, qualifier: fact.qualifier.rawValue, low: fact.low, high: fact.high)
  }

  /// Pairs of (gold, extracted) that match, and what is left over on each side.
  static func align() throws -> (matched: [([String: Any], Fact)], missed: [[String: Any]], extra: [Fact]) {
    var pool = SeedModel.model.facts
    var matched: [([String: Any], Fact)] = []
    var missed: [[String: Any]] = []
    for gold in try SeedModel.gold("facts") {
      if let index = pool.firstIndex(where: { key($0) == key(gold) }) {
        matched.append((gold, pool.remove(at: index)))
      } else {
        missed.append(gold)
      }
    }
    return (matched, missed, pool)
  }

  @Test func precisionAndRecall() throws {
    let (matched, missed, extra) = try Self.align()
    let precision = Double(matched.count) / Double(matched.count + extra.count)
    let recall = Double(matched.count) / Double(matched.count + missed.count)
    print("fact precision \(String(format: "%.3f", precision)) (\(matched.count)/\(matched.count + extra.count)), recall \(String(format: "%.3f", recall)) (\(matched.count)/\(matched.count + missed.count))")
    for gold in missed { print("  missed: \(gold["file"]!):\(gold["line"]!) \(gold["metric"]!) \(gold["surface"]!)") }
    for fact in extra { print("  extra:  \(fact.location) \(fact.metric.rawValue) \(fact.surface)") }
    #expect(precision >= 0.95)
    #expect(recall >= 0.9)
  }

  @Test func attributesOfMatchedFacts() throws {
    let (matched, _, _) = try Self.align()
    let checks: [(String, ([String: Any], Fact) -> Bool)] = [
      ("scope", { gold, fact in (gold["scope"] as! String) == fact.scope.label }),
      ("year", { gold, fact in (gold["year"] as? Int) == fact.year }),
      ("programme", { gold, fact in (gold["programme"] as? String) == fact.programme }),
      ("cumulative", { gold, fact in (gold["cumulative"] as! Bool) == fact.cumulative }),
      ("period", { gold, fact in (gold["period_start"] as? Int) == fact.periodStart && (gold["period_end"] as? Int) == fact.periodEnd }),
      ("unit", { gold, fact in (gold["unit"] as? String) == fact.unit }),
    ]
    for (name, agrees) in checks {
      let wrong = matched.filter { !agrees($0.0, $0.1) }
      let accuracy = Double(matched.count - wrong.count) / Double(matched.count)
      print("fact \(name) accuracy \(String(format: "%.3f", accuracy))")
      for (gold, fact) in wrong { print("  \(name): \(fact.location) \(fact.surface) gold \(gold[name] ?? gold["period_start"] ?? "nil") got \(fact)".prefix(200)) }
      #expect(accuracy >= 0.85, "\(name)")
    }
  }
}
