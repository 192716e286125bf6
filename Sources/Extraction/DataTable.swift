// Reads the tab-separated data files bundled in Sources/Extraction/Data.
import Foundation

/// A bundled data file as rows of fields: `#` lines and blank lines skipped.
enum DataTable {
  /// The rows of `Data/<name>.tsv`; a missing or unreadable file is a packaging bug, reported loudly.
  static func rows(_ name: String) -> [[String]] {
    guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Data"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      preconditionFailure("the Extraction bundle has no readable Data/\(name).tsv")
    }
    return text.split(separator: "\n", omittingEmptySubsequences: true)
      .filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
      .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
  }

  /// A comma-separated field as a list, empty entries dropped.
  static func list(_ field: String) -> [String] {
    field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
