import Testing

@testable import Extraction

/// The model's arrays are sized for the whole load from the share of its bytes merged so far.
@Suite struct ProjectedGrowthTests {
  @Test func beforeASampleOfTheBytesIsInArraysDouble() {
    let growth = ProjectedGrowth(bytesTotal: 1_000_000, bytesMerged: 1_000)
    #expect(growth.capacity(for: 9, current: 8) == 16)
    #expect(growth.capacity(for: 40, current: 8) == 40)
  }

  @Test func afterItTheyHoldTheirShareOfAllTheBytesWithAMargin() {
    let growth = ProjectedGrowth(bytesTotal: 1_000_000, bytesMerged: 100_000)
    #expect(growth.capacity(for: 1_000, current: 900) == 11_250)
  }

  /// Denser files than projected: the array grows by half at least, never by a trickle.
  @Test func pastTheProjectionTheyGrowByHalfAtLeast() {
    let growth = ProjectedGrowth(bytesTotal: 1_000_000, bytesMerged: 990_000)
    #expect(growth.capacity(for: 10_001, current: 10_000) == 15_000)
  }

  @Test func onceEveryByteIsMergedOrWithNoTotalTheyDouble() {
    #expect(ProjectedGrowth(bytesTotal: 100, bytesMerged: 100).capacity(for: 5, current: 4) == 8)
    #expect(ProjectedGrowth(bytesTotal: 0).capacity(for: 5, current: 4) == 8)
  }
}
