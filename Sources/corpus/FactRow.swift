import Extraction
import Foundation

/// One fact as `corpus facts` prints it: JSON object, CSV row or a table line.
struct FactRow {
  static let keys = [
    "file", "line", "article", "programme", "metric", "subtype", "scope", "locality", "year", "cumulative",
    "period_start", "period_end", "value", "low", "high", "qualifier", "unit", "surface", "quote",
  ]
  static let csvHeader = keys.joined(separator: ",")

  let values: [(String, JSONValue)]

  init(_ fact: Fact) {
    values = [
      ("file", .string(fact.file)), ("line", .number(Double(fact.line))), ("article", .string(fact.article)),
      ("programme", fact.programme.map(JSONValue.string) ?? .null), ("metric", .string(fact.metric.rawValue)),
      ("subtype", fact.subtype.map(JSONValue.string) ?? .null), ("scope", .string(fact.scope.label)),
      ("locality", fact.locality.map(JSONValue.string) ?? .null),
      ("year", fact.year.map { .number(Double($0)) } ?? .null), ("cumulative", .bool(fact.cumulative)),
      ("period_start", fact.periodStart.map { .number(Double($0)) } ?? .null),
      ("period_end", fact.periodEnd.map { .number(Double($0)) } ?? .null),
      // 约N has a value and no bounds; without it the figure would print as empty.
      ("value", fact.value.map(JSONValue.number) ?? .null),
      ("low", fact.low.map(JSONValue.number) ?? .null), ("high", fact.high.map(JSONValue.number) ?? .null),
      ("qualifier", .string(fact.qualifier.rawValue)), ("unit", fact.unit.map(JSONValue.string) ?? .null),
      ("surface", .string(fact.surface)), ("quote", .string(fact.quote)),
    ]
  }

  /// Keys in the documented order.
  var json: String { JSONValue.object(values).encoded }

  var csv: String { values.map { $0.1.csvField }.joined(separator: ",") }

  var table: String {
    let get = { (key: String) in values.first { $0.0 == key }!.1.plain }
    return "\(get("file")):\(get("line"))\t\(get("metric"))\t\(get("surface"))\t\(get("scope"))\t\(get("year"))\t\(get("programme"))\t\(get("quote"))"
  }
}
