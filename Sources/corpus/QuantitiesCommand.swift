// `corpus quantities`: the quantities of each line on standard input, one JSON object per line.
import ArgumentParser
import Extraction

/// `corpus quantities`: parse the quantities of each line on standard input.
///
/// Writes `{"quantities":[{"end","high","low","qualifier","start","surface","unit","value"}],
/// "text"}` per input line, keys sorted, `null` for absent fields, integral numbers without a
/// fraction (`660000`, not `660000.0`); `start`/`end` are Unicode-scalar offsets into the line.
struct QuantitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quantities",
    abstract: "Parse the quantities of each line on standard input into JSON lines.")

  func run() throws {
    while let line = readLine(strippingNewline: true) {
      print(QuantityJSON.line(text: line, quantities: QuantityParser.quantities(in: line)))
    }
  }
}

/// A tiny JSON writer for the output of `corpus quantities`, so that numbers print as written.
enum QuantityJSON {
  static func line(text: String, quantities: [Quantity]) -> String {
    let items = quantities.map(object).joined(separator: ",")
    return "{\"quantities\":[\(items)],\"text\":\(string(text))}"
  }

  static func object(_ quantity: Quantity) -> String {
    let fields: [(String, String)] = [
      ("end", String(quantity.end)),
      ("high", number(quantity.high)),
      ("low", number(quantity.low)),
      ("qualifier", string(quantity.qualifier.rawValue)),
      ("start", String(quantity.start)),
      ("surface", string(quantity.surface)),
      ("unit", quantity.unit.map(string) ?? "null"),
      ("value", number(quantity.value)),
    ]
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }

  /// Integral values below 2^53 print as integers; others as Swift's shortest round-trip form,
  /// which is valid JSON (`0.5`, `1.23e-05`, `1e+16`). Non-finite values print as null.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < exactIntegerLimit { return String(Int64(value)) }
    return String(value)
  }

  /// 2^53: above it a Double cannot be told from its neighbours.
  private static let exactIntegerLimit = 9_007_199_254_740_992.0

  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
