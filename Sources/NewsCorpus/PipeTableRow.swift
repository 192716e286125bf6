// A Markdown table row (`| 八角街道 | 14 |`), as pages converted from the web print their tables.
import ChineseText

/// Reads a pipe-table row as the cells it holds, set apart by single spaces (`八角街道 14`), the
/// way a table printed with spaces or tabs reads (see `ListRow.tableColumns`); the rule under the
/// header (`|---|:---:|`) reads as nothing.
enum PipeTableRow {
  /// The row's cells joined by spaces, each scalar keeping its origin; nil for a line that is no
  /// pipe-table row (it must open and close with `|`).
  static func cells(_ text: NormalizedText) -> NormalizedText? {
    let scalars = text.scalars
    guard scalars.count >= 2, scalars.first == "|", scalars.last == "|" else { return nil }
    var result = NormalizedText()
    result.scalars.reserveCapacity(scalars.count)
    result.origin.reserveCapacity(scalars.count)
    if scalars.allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0.isHorizontalSpace }) { return result }
    var pendingSpace: Int? = nil
    for (scalar, origin) in zip(scalars, text.origin) {
      if scalar == "|" || scalar.isHorizontalSpace {
        if !result.scalars.isEmpty, pendingSpace == nil { pendingSpace = origin }
        continue
      }
      if let space = pendingSpace {
        result.scalars.append(" ")
        result.origin.append(space)
        pendingSpace = nil
      }
      result.scalars.append(scalar)
      result.origin.append(origin)
    }
    return result
  }
}
