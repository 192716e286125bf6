// What can go wrong reading an .xlsx back.

/// An error reading an .xlsx: a missing part or XML that does not parse.
public enum XlsxReadError: Error, CustomStringConvertible, Equatable {
  case missingPart(String)
  case badXML(part: String, message: String)
  case noSuchSheet(String, available: [String])

  public var description: String {
    switch self {
    case .missingPart(let part): return "\(part): part missing from the package"
    case .badXML(let part, let message): return "\(part): XML does not parse: \(message)"
    case .noSuchSheet(let name, let available):
      return "no sheet named '\(name)'; sheets are \(available.joined(separator: ", "))"
    }
  }
}
