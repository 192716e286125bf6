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
    var out = ""
    append(to: &out)
    return out
  }

  /// Appends the encoded value to `out`: one string grows for a whole object, not one per field.
  public func append(to out: inout String) {
    switch self {
    case .string(let text): Self.appendQuoted(text, to: &out)
    case .number(let value): out += Self.number(value)
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        item.append(to: &out)
      }
      out += "]"
    case .object(let fields):
      out += "{"
      for (index, field) in fields.enumerated() {
        if index > 0 { out += "," }
        Self.appendQuoted(field.0, to: &out)
        out += ":"
        field.1.append(to: &out)
      }
      out += "}"
    }
  }

  /// The value as a CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
  ///
  /// NB: looks at UTF-8 bytes, not Characters: every byte that forces quoting is ASCII, and a
  /// Character test misses a CRLF (one Character) and cost a string comparison a character.
  public var csvField: String {
    let text = plain
    let forcesQuotes = text.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
    }
    guard forcesQuotes else { return text }
    var bytes: [UInt8] = [UInt8(ascii: "\"")]
    bytes.reserveCapacity(text.utf8.count + 8)
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
      bytes.append(byte)
    }
    bytes.append(UInt8(ascii: "\""))
    return String(decoding: bytes, as: UTF8.self)
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
  public static func quoted(_ text: String) -> String {
    var out = ""
    appendQuoted(text, to: &out)
    return out
  }

  /// Appends `text` as a JSON string literal to `out` (see `quoted(_:)`).
  ///
  /// NB: works on UTF-8 bytes (every byte to escape is ASCII, and ASCII bytes stand only for
  /// themselves in UTF-8); appending scalar by scalar to a `String` cost ~90,000 instructions a fact.
  public static func appendQuoted(_ text: String, to out: inout String) {
    let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
    guard needsEscape else {
      out += "\""
      out += text
      out += "\""
      return
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 2)
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case ..<0x20:
        let hex = String(byte, radix: 16)
        bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    out += String(decoding: bytes, as: UTF8.self)
  }
}
