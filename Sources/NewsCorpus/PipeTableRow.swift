// A Markdown table row (`| 八角街道 | 14 |`), as pages converted from the web print their tables.
import ChineseText

/// Reads a pipe-table row as the cells it holds, set apart by single spaces (`八角街道 14`), the
/// way a table printed with spaces or tabs reads (see `ListRow.tableColumns`); the rule under the
/// header (`|---|:---:|`) reads as nothing.
///
/// A table may end with a column of words (`主要依托场所`, `备注`): its pipes are all that tell where
/// those cells end, so they are left out here, where the pipes still stand. A row's last cells that
/// hold no digit go when a cell before them holds one (`中关村街道 | 46 | 7 | 银行网点、科技企业`); a
/// header's last cells go when the header reads as columns only without them.
enum PipeTableRow {
  /// The row's cells joined by spaces, each scalar keeping its origin; nil for a line that is no
  /// pipe-table row (it must open and close with `|`).
  static func cells(_ text: NormalizedText) -> NormalizedText? {
    let scalars = text.scalars
    guard scalars.count >= 2, scalars.first == "|", scalars.last == "|" else { return nil }
    if scalars.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0.isHorizontalSpace }) { return NormalizedText() }
    var cells = cellRanges(scalars)
    if let figures = cells.lastIndex(where: { scalars[$0].contains(where: \.isASCIIDigit) }) {
      if figures > 0 { cells.removeSubrange((figures + 1)...) }
    } else {
      cells = headerCells(cells, in: text)
    }
    return joined(cells, of: text)
  }

  /// The cells between the pipes, without their spaces; empty cells left out.
  static func cellRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var start = 1
    for index in 1..<scalars.count where scalars[index] == "|" {
      var lower = start
      var upper = index
      while lower < upper, scalars[lower].isHorizontalSpace { lower += 1 }
      while upper > lower, scalars[upper - 1].isHorizontalSpace { upper -= 1 }
      if upper > lower { cells.append(lower..<upper) }
      start = index + 1
    }
    return cells
  }

  /// A header's cells without the trailing column of words its rows leave out: the fewest cells
  /// dropped (none, if it reads as is or never does) for the rest to read as a table's columns.
  static func headerCells(_ cells: [Range<Int>], in text: NormalizedText) -> [Range<Int>] {
    for count in stride(from: cells.count, through: 2, by: -1) {
      if ListRow.tableColumns(joined(cells[..<count], of: text).scalars) != nil { return Array(cells[..<count]) }
    }
    return cells
  }

  /// The cells joined by single spaces, each scalar keeping its origin.
  static func joined(_ cells: some Collection<Range<Int>>, of text: NormalizedText) -> NormalizedText {
    var result = NormalizedText()
    result.scalars.reserveCapacity(text.scalars.count)
    result.origin.reserveCapacity(text.scalars.count)
    var previousEnd: Int? = nil
    for cell in cells {
      // NB: the space stands where the pipes and spaces after the cell before it start.
      if let previousEnd {
        result.scalars.append(" ")
        result.origin.append(text.origin[previousEnd])
      }
      previousEnd = cell.upperBound
      result.scalars += text.scalars[cell]
      result.origin += text.origin[cell]
    }
    return result
  }
}
