// A cell's value as stored in the sheet XML.

/// A cell value read back from a worksheet.
public enum CellContent: Hashable, Sendable, CustomStringConvertible {
  /// A string: shared (`t="s"`), inline (`t="inlineStr"`) or a formula's string result (`t="str"`).
  case string(String)
  case number(Double)
  case boolean(Bool)
  /// An error value such as `#N/A` (`t="e"`).
  case error(String)

  public var description: String {
    switch self {
    case .string(let s): return s
    case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    case .boolean(let b): return b ? "TRUE" : "FALSE"
    case .error(let e): return e
    }
  }

  /// The string, if this is one.
  public var string: String? { if case .string(let s) = self { s } else { nil } }
  /// The number, if this is one.
  public var number: Double? { if case .number(let n) = self { n } else { nil } }
}

/// Decodes OOXML's `_xHHHH_` escapes (how control characters are stored in strings).
enum OOXMLEscape {
  static func decode(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      result += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      let hex = after.prefix(4)
      if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.unicodeScalars.append(scalar)
        rest = after.dropFirst(5)
      } else {
        result += "_x"
        rest = after
      }
    }
    return result + rest
  }
}
