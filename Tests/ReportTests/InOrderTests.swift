import Testing
@testable import ReportKit

/// `forEachInOrder` lists what `sorted(by:)` lists, equal elements in their original order.
@Test(arguments: [
  [(1, "a"), (2, "b"), (3, "c")],  // already in order: walked as is
  [(3, "a"), (1, "b"), (2, "c")],
  [(2, "a"), (1, "b"), (2, "c"), (1, "d")],  // ties keep their order
  [],
  [(5, "only")],
])
func visitsInSortedOrderStably(items: [(Int, String)]) {
  var seen: [String] = []
  items.forEachInOrder(by: { $0.0 < $1.0 }) { seen.append($0.1) }
  #expect(seen == items.sorted { $0.0 < $1.0 }.map(\.1))
}
