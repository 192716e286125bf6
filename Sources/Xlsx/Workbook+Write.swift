// Atomic output: write to a temporary file beside the target, then rename it into place.
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Workbook {
  /// Writes a workbook to `path` atomically, like XlsxWriter's `with` block: creates it at a
  /// temporary file in the target folder (`.<name>.tmp-<pid>-<random>`), runs `body`, closes it
  /// (`workbook_close`) and renames it over `path`.
  ///
  /// If `body` throws, or closing or renaming fails, the temporary file is removed, any previous
  /// file at `path` is left untouched, and the error is rethrown.
  public static func write(
    to path: String, options: Options = Options(), _ body: (Workbook) throws -> Void
  ) throws {
    let temporary = temporaryPath(for: path)
    do {
      let workbook = try Workbook(path: temporary, options: options)
      try body(workbook)
      if workbook.handle != nil { try workbook.close() }
      guard rename(temporary, path) == 0 else {
        throw XlsxError.fileSystem(operation: "rename \(temporary) to", path: path, message: String(cString: strerror(errno)))
      }
    } catch {
      try removeIfPresent(temporary)
      throw error
    }
  }

  /// `.<name>.tmp-<pid>-<random>` in the same folder as `path`, so the rename stays on one file
  /// system.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let name = ".\(url.lastPathComponent).tmp-\(getpid())-\(suffix)"
    return url.deletingLastPathComponent().appendingPathComponent(name).path
  }

  /// Removes a leftover temporary file; a missing file is fine.
  static func removeIfPresent(_ path: String) throws {
    guard unlink(path) != 0, errno != ENOENT, errno != ENOTDIR else { return }
    throw XlsxError.fileSystem(operation: "remove", path: path, message: String(cString: strerror(errno)))
  }
}
