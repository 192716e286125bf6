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

/// The JSON line of one input line.
enum QuantityJSON {
  static func line(text: String, quantities: [Quantity]) -> String {
    JSONValue.object([
      ("quantities", .array(quantities.map(object))), ("text", .string(text)),
    ]).encoded
  }

  static func object(_ quantity: Quantity) -> JSONValue {
    .object([
      ("end", .number(Double(quantity.end))), ("high", .optional(quantity.high)),
      ("low", .optional(quantity.low)), ("qualifier", .string(quantity.qualifier.rawValue)),
      ("start", .number(Double(quantity.start))), ("surface", .string(quantity.surface)),
      ("unit", quantity.unit.map(JSONValue.string) ?? .null), ("value", .optional(quantity.value)),
    ])
  }
}
