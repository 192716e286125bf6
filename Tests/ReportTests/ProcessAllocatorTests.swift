import Foundation
import Testing

@testable import ReportKit

/// Every binary that uses ReportKit runs on jemalloc, not on the C library's malloc.
@Suite struct ProcessAllocatorTests {
  @Test func jemallocIsLinkedAndSaysItsVersion() throws {
    let version = try #require(ProcessAllocator.jemallocVersion)
    #expect(version.first?.isNumber == true)
    #expect(ProcessAllocator.summary.hasPrefix("jemalloc "))
  }

  /// A plain `malloc` (the one libxlsxwriter and the Swift runtime call) is served by jemalloc:
  /// the bytes jemalloc counts for this thread grow by at least what was asked.
  @Test func mallocGoesThroughJemalloc() throws {
    let before = try #require(ProcessAllocator.bytesAllocatedByThisThread)
    let size = 1 << 20
    let block = try #require(malloc(size))
    memset(block, 1, size)  // NB: used, so the call is not optimised away
    let after = try #require(ProcessAllocator.bytesAllocatedByThisThread)
    free(block)
    #expect(after - before >= UInt64(size))
  }
}
