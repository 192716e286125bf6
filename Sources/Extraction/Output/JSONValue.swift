// A tiny JSON writer for the JSON lines the tools print: keys in the order given, numbers as written.

/// A JSON value rendered deterministically: object keys keep their order, integral numbers print
/// without a fraction (`660000`, not `660000.0`), non-finite numbers as null.
public indirect enum JSONValue: Sendable {
  case string(String)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  /// A number, or null when absent.
  public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

  public var encoded: String {
    switch self {
    case .string(let text): Self.quoted(text)
    case .number(let value): Self.number(value)
    case .bool(let value): value ? "true" : "false"
    case .null: "null"
    case .array(let items): "[" + items.map(\.encoded).joined(separator: ",") + "]"
    case .object(let fields): "{" + fields.map { Self.quoted($0.0) + ":" + $0.1.encoded }.joined(separator: ",") + "}"
    }
  }

  /// The value as a CSV field (RFC 4180 quoting).
  public var csvField: String {
    let text = plain
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// The value as plain text: strings unquoted, null empty.
  public var plain: String {
    switch self {
    case .string(let text): text
    case .null: ""
    default: encoded
    }
  }

  /// 2^53: above it a Double cannot be told from its neighbours.
  private static let exactIntegerLimit = 9_007_199_254_740_992.0

  /// Integral values below 2^53 print as integers; others as Swift's shortest round-trip form,
  /// which is valid JSON (`0.5`, `1.23e-05`, `1e+16`).
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < exactIntegerLimit { return String(Int64(value)) }
    return String(value)
  }

  /// `text` as a JSON string literal: quote, backslash and control characters escaped, the rest
  /// as it is.
  ///
  /// NB: works on UTF-8 bytes (every byte to escape is ASCII, and ASCII bytes stand only for
  /// themselves in UTF-8); appending scalar by scalar to a `String` cost ~90,000 instructions a fact.
  public static func quoted(_ text: String) -> String {
    let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    guard needsEscape else { return "\"" + text + "\"" }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 2)
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case ..<0x20:
        let hex = String(byte, radix: 16)
        out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
    return String(decoding: out, as: UTF8.self)
  }
}
