// A row of a table whose header names the measure word: `区域 驿站数量（家）` over `东城区 45`.
import NewsCorpus

/// The bare number of a table row, read with the measure word its table's header gives it.
///
/// A bare number next to a word is no quantity on its own (`龙徽1910`); in a row under a header
/// that names its measure word, it is that many (`东城区 45` under `驿站数量（家）` is 45家). The
/// header is the row's lead-in, so `ListLeadIn` reads its noun and the row's place.
enum TableRow {
  /// The row's figure, its offsets those of the number as printed, when `leadIn` is a table header.
  static func quantity(in row: [Unicode.Scalar], leadIn: [Unicode.Scalar]?) -> Quantity? {
    guard let leadIn, let unit = ListRow.tableUnit(leadIn), ListRow.isRow(row),
      let start = row.firstIndex(where: \.isASCIIDigit), let last = row.lastIndex(where: \.isASCIIDigit)
    else { return nil }
    let number = Array(row[start...last])
    guard var read = QuantityParser.quantities(in: number + Array(unit.unicodeScalars)).first,
      read.start == 0, read.end == number.count + unit.unicodeScalars.count
    else { return nil }
    (read.start, read.end, read.surface) = (start, last + 1, String(String.UnicodeScalarView(number)))
    return read
  }
}
