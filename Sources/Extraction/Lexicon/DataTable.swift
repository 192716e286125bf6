// Tab-separated data files of the Extraction module: `#` comments, a header row, then records.
import Foundation

/// A TSV data file read from the module's `Data` folder.
public struct DataTable: Sendable {
  /// The file name, e.g. `gazetteer.tsv`, for error messages.
  public let name: String
  /// Column names from the header row.
  public let columns: [String]
  /// Records with their 1-based line numbers; missing trailing cells read as empty.
  public let records: [Record]

  public struct Record: Sendable {
    public let line: Int
    let cells: [String: String]
    /// The cell under `column`, trimmed; empty when absent.
    public subscript(_ column: String) -> String { cells[column] ?? "" }
  }

  /// Why a data file could not be read.
  public enum LoadError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String, underlying: String)
    case noHeader(String)
    case badRecord(String, line: Int, found: String, expected: String)

    public var description: String {
      switch self {
      case .missing(let name): "Data/\(name): error: file not found in the Extraction bundle"
      case .unreadable(let name, let underlying): "Data/\(name): error: unreadable: \(underlying)"
      case .noHeader(let name): "Data/\(name):1:1: error: no header row; expected tab-separated column names"
      case .badRecord(let name, let line, let found, let expected):
        "Data/\(name):\(line):1: error: \(found); expected \(expected)"
      }
    }
  }

  /// Reads `Data/<name>` from the module bundle.
  public static func bundled(_ name: String) throws -> DataTable {
    let base = (name as NSString).deletingPathExtension
    let ext = (name as NSString).pathExtension
    guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Data")
    else { throw LoadError.missing(name) }
    let text: String
    do { text = try String(contentsOf: url, encoding: .utf8) } catch {
      throw LoadError.unreadable(name, underlying: "\(error)")
    }
    return try DataTable(name: name, text: text)
  }

  /// Parses TSV text: lines starting with `#` and blank lines are skipped; the first other line is the header.
  public init(name: String, text: String) throws {
    self.name = name
    var header: [String]?
    var records: [Record] = []
    for (index, line) in Self.pieces(of: text[...], at: "\n").enumerated() {
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let cells = Self.pieces(of: trimmed, at: "\t").map(Self.trimmed)
      guard let columns = header else {
        header = cells
        continue
      }
      guard cells.count <= columns.count else {
        throw LoadError.badRecord(
          name, line: index + 1, found: "\(cells.count) cells", expected: "at most \(columns.count)")
      }
      var map: [String: String] = [:]
      for (column, cell) in zip(columns, cells) { map[column] = cell }
      records.append(Record(line: index + 1, cells: map))
    }
    guard let columns = header else { throw LoadError.noHeader(name) }
    self.columns = columns
    self.records = records
  }
}

extension DataTable {
  /// The pieces of `text` between `separator` scalars (empty pieces kept), found by scalars.
  ///
  /// NB: splitting a `String` on a `Character` runs grapheme breaking over the whole file, and
  /// misses the `\n` of a Windows line break (`\r\n` is one Character): a data file saved with
  /// CRLF line ends read as one line. Split on scalars, its lines keep the `\r`, which the
  /// reader drops.
  static func pieces(of text: Substring, at separator: Unicode.Scalar) -> [Substring] {
    let scalars = text.unicodeScalars
    var pieces: [Substring] = []
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if scalars[index] == separator {
        pieces.append(text[start..<index])
        start = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    pieces.append(text[start...])
    return pieces
  }

  /// A cell without the white space around it.
  /// NB: Foundation's trimming costs ~20,000 instructions a call on Linux; most cells have
  /// nothing to trim, and those are returned as they are.
  static func trimmed(_ cell: Substring) -> String {
    let scalars = cell.unicodeScalars
    guard let first = scalars.first, let last = scalars.last,
      CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
    else { return String(cell) }
    return cell.trimmingCharacters(in: .whitespaces)
  }

  /// Loads a bundled table that ships with the module; a broken data file is a build defect.
  static func shipped(_ name: String) -> DataTable {
    do { return try bundled(name) } catch { preconditionFailure("\(error)") }
  }
}
