// Problems found while loading the corpus, each with the place it was found.

/// An error or warning about one input file, printed as
/// `seeds/x.txt:41:7: error: invalid byte 0xFF; expected UTF-8 or GB18030 text`.
public struct CorpusDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// How bad it is: an `error` means the file was not loaded.
  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  /// What was found.
  public enum Problem: Hashable, Sendable {
    /// The file has no bytes (or only a byte-order mark and white space).
    case empty
    /// The file holds binary data: `count` NUL or control bytes among `total`.
    case binary(controlBytes: Int, total: Int)
    /// A byte that starts no valid sequence in any supported encoding.
    case invalidByte(UInt8, expected: String)
    /// An unpaired UTF-16 surrogate.
    case invalidUTF16(UInt16)
    /// The file could not be read.
    case unreadable(String)
  }

  public var severity: Severity
  public var location: SourceLocation
  public var problem: Problem

  public init(_ severity: Severity = .error, at location: SourceLocation, _ problem: Problem) {
    self.severity = severity
    self.location = location
    self.problem = problem
  }

  /// The message after the location and severity.
  public var message: String {
    switch problem {
    case .empty:
      return "empty file; expected newspaper text"
    case .binary(let control, let total):
      return "binary data (\(control) NUL or control bytes in \(total)); expected newspaper text"
    case .invalidByte(let byte, let expected):
      return "invalid byte 0x\(hex(byte)); expected \(expected)"
    case .invalidUTF16(let unit):
      return "unpaired UTF-16 surrogate 0x\(String(unit, radix: 16, uppercase: true)); expected UTF-16 text"
    case .unreadable(let reason):
      return "cannot read file: \(reason)"
    }
  }

  public var description: String { "\(location): \(severity.rawValue): \(message)" }

  private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
  }
}
