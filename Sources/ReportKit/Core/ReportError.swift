// Why a report stopped: input files it could not read, named by file and line.
import Extraction

/// A report-level failure; its description is what `Error:` prints.
public enum ReportError: Error, CustomStringConvertible {
  /// Input files that could not be read (error diagnostics of the load).
  case badInput([ParsedCorpus.Diagnostic])
  /// A report name that is not one of ``ReportCatalog/names``.
  case unknownReport(String)

  public var description: String {
    switch self {
    case .badInput(let diagnostics):
      diagnostics.map(\.description).joined(separator: "\n")
        + "\nno report written: fix or remove the file\(diagnostics.count > 1 ? "s" : "") above"
    case .unknownReport(let name):
      "\(name): no such report; the reports are \(ReportCatalog.names.joined(separator: ", "))"
    }
  }
}
