// A table header printed on two rows, as a sheet with merged cells pastes out of Excel:
// `序号 区 服务站点 志愿服务力量` over `（个） 队伍（支） 志愿者（名）`.
import ChineseText

/// Reads a header whose upper row names the columns or groups of columns and whose lower row gives
/// each column's measure word (`服务站点` over `（个）`) or the columns of a group (`志愿服务力量` over
/// `队伍（支） 志愿者（名）`), as the one-row header it stands for: `区 服务站点(个) 志愿服务力量队伍(支)
/// 志愿服务力量志愿者(名)`, which ``ListRow/tableColumns(_:)`` reads.
///
/// Pasting loses the empty cells that aligned the two rows, so each upper cell is matched by what it
/// needs: a cell with its own bracket (`站点数（个）`) is whole and takes no lower cell; one over a bare
/// bracket (`（个）`) takes that bracket; any other is a group and takes the named lower cells left
/// after those the cells to its right need. A pair that does not match cell for cell is no header.
public enum TwoRowHeader {
  /// The one-row header `upper` over `lower` stands for; nil when they are no such pair.
  public static func merged(upper: [Unicode.Scalar], lower: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    // NB: most lines are prose: the length and bracket tests turn them away before any cell is cut.
    guard upper.count <= ListRow.maxHeaderLength, lower.count <= ListRow.maxHeaderLength,
      lower.contains(where: ListRow.isOpenBracket), !upper.contains(where: \.isASCIIDigit),
      let headEnd = ListRow.rowNameHeadEnd(upper)
    else { return nil }
    let head = upper[ListRow.serialHeadEnd(upper)..<headEnd]
    let groups = cells(upper[headEnd...])
    guard !groups.isEmpty, let below = lowerCells(lower) else { return nil }
    var merged = Array(head)
    var next = 0
    for (position, group) in groups.enumerated() {
      let taken: ArraySlice<[Unicode.Scalar]>
      if group.contains(where: ListRow.isOpenBracket) {
        taken = []
      } else if next < below.count, isBareBracket(below[next]) {
        taken = below[next...next]
      } else {
        let needed = groups[(position + 1)...].lazy.filter { !$0.contains(where: ListRow.isOpenBracket) }.count
        let count = below.count - next - needed
        guard count >= 1, !below[next..<(next + count)].contains(where: isBareBracket) else { return nil }
        taken = below[next..<(next + count)]
      }
      if taken.isEmpty {
        merged += [" "] + group
      } else {
        for cell in taken { merged += [" "] + group + cell }
      }
      next += taken.count
    }
    guard next == below.count, ListRow.tableColumns(merged) != nil else { return nil }
    return merged
  }

  /// The cells of a header row, set apart by spaces.
  static func cells(_ text: ArraySlice<Unicode.Scalar>) -> [[Unicode.Scalar]] {
    text.split(whereSeparator: \.isHorizontalSpace).map(Array.init)
  }

  /// The cells of the lower row: each ends at a space or at its closing bracket (normalising drops the
  /// space after a full-width bracket, `(个)队伍(支)`). Nil when a cell holds a digit outside its bracket
  /// or closes no bracket it opens: the row is no header's.
  static func lowerCells(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]]? {
    var result: [[Unicode.Scalar]] = []
    var cell: [Unicode.Scalar] = []
    var inBracket = false
    for scalar in text {
      if scalar.isHorizontalSpace, !inBracket {
        if !cell.isEmpty { result.append(cell) }
        cell = []
        continue
      }
      guard inBracket || !scalar.isASCIIDigit else { return nil }
      cell.append(scalar)
      if ListRow.isOpenBracket(scalar) { inBracket = true }
      if ListRow.isCloseBracket(scalar) {
        inBracket = false
        result.append(cell)
        cell = []
      }
    }
    guard !inBracket else { return nil }
    if !cell.isEmpty { result.append(cell) }
    return result.isEmpty ? nil : result
  }

  /// Whether a lower cell is a measure word in brackets alone (`（个）`).
  static func isBareBracket(_ cell: [Unicode.Scalar]) -> Bool {
    cell.first.map(ListRow.isOpenBracket) ?? false
  }
}
