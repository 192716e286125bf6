// One fact the generator planted, as a line of planted-facts.jsonl (the keys of `corpus facts` but locality, which it does not plant).
import Extraction
import Foundation

/// A planted fact: where it was written and what a correct extractor reads there.
///
/// Bounds follow DESIGN.md: exact low = high; 余/多/超 low only; 近 high only; 约/左右 neither;
/// 以上/不少于 low only; ranges both.
public struct PlantedFact: Hashable, Sendable, Codable {
  /// The page file's name, e.g. `synth_00042.txt`.
  public var file: String
  /// The 1-based line where the quantity starts (its first scalar).
  public var line: Int
  /// The article's headline as printed, without Markdown marks.
  public var article: String
  public var programme: String?
  public var metric: Metric
  public var subtype: String?
  /// `全市`, a district (`朝阳区`), or a place outside Beijing (`江苏省苏州市`).
  public var scope: String
  public var year: Int?
  public var cumulative: Bool
  public var periodStart: Int?
  public var periodEnd: Int?
  public var low: Int?
  public var high: Int?
  public var qualifier: Qualifier
  public var unit: String?
  /// The quantity as written (`1200余名`, `1463 家`).
  public var surface: String
  /// The clause around the quantity, verbatim.
  public var quote: String

  enum CodingKeys: String, CodingKey {
    case file, line, article, programme, metric, subtype, scope, year, cumulative
    case periodStart = "period_start"
    case periodEnd = "period_end"
    case low, high, qualifier, unit, surface, quote
  }

  /// The fact as one JSON object, keys in the order of `corpus facts`, written by hand so the
  /// bytes never depend on an encoder's key order.
  public var jsonLine: String {
    let string = { (text: String?) in text.map(JSONValue.string) ?? .null }
    let number = { (value: Int?) in value.map { JSONValue.number(Double($0)) } ?? .null }
    return JSONValue.object([
      ("file", .string(file)), ("line", .number(Double(line))), ("article", .string(article)),
      ("programme", string(programme)), ("metric", .string(metric.rawValue)), ("subtype", string(subtype)),
      ("scope", .string(scope)), ("year", number(year)), ("cumulative", .bool(cumulative)),
      ("period_start", number(periodStart)), ("period_end", number(periodEnd)), ("low", number(low)),
      ("high", number(high)), ("qualifier", .string(qualifier.rawValue)), ("unit", string(unit)),
      ("surface", .string(surface)), ("quote", .string(quote)),
    ]).encoded
  }
}

extension PlantedFact {
  /// The facts of a `planted-facts.jsonl` file, one JSON object a line.
  public static func load(from path: String) throws -> [PlantedFact] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
      try JSONDecoder().decode(PlantedFact.self, from: Data($0.utf8))
    }
  }
}
