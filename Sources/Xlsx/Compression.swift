// How hard a workbook's parts are compressed when it closes.
internal import CDeflateLevel

/// The zlib level `close()` zips a workbook's parts with.
///
/// libxlsxwriter always asks zlib for its default level and has no option for it; `CDeflateLevel`
/// supplies one by standing in front of zlib's `deflateInit2_` for the closing thread. Where the
/// platform's linker binds libraries to their own zlib (macOS) or zlib is linked statically, every
/// choice writes the standard level: the same cells, in a smaller file that took longer to close.
public enum Compression: Hashable, Sendable {
  /// zlib's default level (6), libxlsxwriter's own.
  case standard
  /// zlib level 3: about half the time of the standard level on sheet XML, for a file about a
  /// sixth bigger (the four reports' closes at 100,000 synthetic articles: −42 % time; their
  /// files at 10,000: +18 %).
  case fast

  /// The level handed to zlib; -1 leaves libxlsxwriter's own.
  var zlibLevel: Int32 {
    switch self {
    case .standard: -1
    case .fast: 3
    }
  }

  /// How many deflate streams the current thread has started through the level override: zero
  /// after a workbook closed on this thread means the override is not in the symbol path.
  public static var streamsStartedOnThisThread: Int { deflate_streams_started() }
}
