// Visiting a big array in a given order without sorting a copy of it.

extension Array {
  /// Calls `body` on every element in the order `areInIncreasingOrder` defines, stably (equal
  /// elements keep their order), as `sorted(by:)` would list them.
  ///
  /// The model's facts and mentions come in file and line order already, so most calls just walk
  /// the array; otherwise only an index is sorted. Sorting a copy would hold a second model-sized
  /// array (~300 bytes a fact) while a workbook is written.
  func forEachInOrder(
    by areInIncreasingOrder: (Element, Element) -> Bool, _ body: (Element) throws -> Void
  ) rethrows {
    let ordered = indices.dropFirst().allSatisfy { !areInIncreasingOrder(self[$0], self[$0 - 1]) }
    if ordered {
      for element in self { try body(element) }
    } else {
      // NB: the standard library's sort is stable, so equal elements keep their index order.
      for index in indices.sorted(by: { areInIncreasingOrder(self[$0], self[$1]) }) { try body(self[index]) }
    }
  }
}
