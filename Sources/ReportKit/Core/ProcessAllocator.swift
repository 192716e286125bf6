// The memory allocator the tools run on: jemalloc, linked in place of the C library's malloc.
//
// NB: the pipeline allocates in many small pieces (lines, arrays, strings), and libxlsxwriter
// mallocs and frees a copy of every cell it writes; with glibc's malloc, allocation was about a
// tenth of the instructions. Linking jemalloc (this module's import brings `-ljemalloc` into every
// executable that uses ReportKit, ahead of the C library) cut `corpus reports` by about 4 % in
// instructions and 5 % in CPU time on this machine; see docs/PERFORMANCE.md (Allocator).
// Nothing else changes: same output bytes.
import CJemalloc

/// What the process allocates with, read through jemalloc's `mallctl`.
public enum ProcessAllocator {
  /// jemalloc's version (`5.3.0-0-g54eaed1d…`), or nil if `mallctl` does not answer.
  public static var jemallocVersion: String? {
    var version: UnsafePointer<CChar>?
    var size = MemoryLayout<UnsafePointer<CChar>?>.size
    guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return nil }
    return String(cString: version)
  }

  /// Bytes the calling thread has allocated through jemalloc so far (`thread.allocated`), or nil
  /// when jemalloc keeps no statistics. A `malloc` that adds to it went through jemalloc.
  public static var bytesAllocatedByThisThread: UInt64? {
    var bytes: UInt64 = 0
    var size = MemoryLayout<UInt64>.size
    guard mallctl("thread.allocated", &bytes, &size, nil, 0) == 0 else { return nil }
    return bytes
  }

  /// One line for a benchmark's header: the allocator and its version.
  public static var summary: String {
    jemallocVersion.map { "jemalloc \($0.split(separator: "-").first ?? Substring($0))" } ?? "the C library's malloc"
  }
}
