import Foundation
import Synchronization
import Testing

@testable import Extraction

/// Results come back in input order however the threads interleave, and a fold sees them in order.
@Suite struct ParallelMapTests {
  @Test(arguments: [1, 2, 7])
  func mapKeepsInputOrder(workers: Int) {
    #expect(ParallelMap.map(50, workers: workers) { slowly($0) * 2 } == (0..<50).map { $0 * 2 })
  }

  @Test(arguments: [1, 2, 7])
  func reduceFoldsEveryResultInIndexOrder(workers: Int) {
    let folded = ParallelMap.reduce(50, workers: workers, into: [Int]()) { slowly($0) } inOrder: {
      seen, index, result in
      #expect(index == seen.count)
      seen.append(result)
    }
    #expect(folded == Array(0..<50))
  }

  @Test func reduceOfNothingIsTheInitialValue() {
    #expect(ParallelMap.reduce(0, workers: 2, into: 7) { $0 } inOrder: { total, _, result in total += result } == 7)
  }

  /// `index`, after a pause that makes early indices finish last.
  func slowly(_ index: Int) -> Int {
    Thread.sleep(forTimeInterval: Double(index % 5 == 0 ? 3 : 0) / 1000)
    return index
  }
}
