// A row of a table whose header names each column's measure word: `区域 驿站数量（家） 服务人次（万人次）`
// over `东城区 45 30`.
import ChineseText
import NewsCorpus

/// The bare numbers of a table row, each read with its column's noun and measure word.
///
/// A bare number next to a word is no quantity on its own (`龙徽1910`); in a row under a header
/// that brackets its column's measure word, it is that many of the column's noun, for the place the
/// row names (`东城区 45 30` under `驿站数量（家） 服务人次（万人次）` is 45家 of 驿站 and 30万人次 served,
/// in 东城区). A row with another count of numbers than the header has columns is read as nothing:
/// a row is never guessed at.
enum TableRow {
  /// One cell of a row: its figure, its offsets those of the number as printed, and its column.
  struct Cell {
    var quantity: Quantity
    var column: TableColumn
  }

  /// The row's cells, when `leadIn` is a table's header with as many columns as the row has numbers.
  /// A header of years takes its measure word from the table's `caption` (`表　…（单位：家）`).
  /// So does a row of a place's years (`门头沟区 2021年 38 → 2025年 71`) under such a caption: each figure
  /// is its year's, a running total when the caption says so (`累计建成站点数`).
  static func cells(in row: [Unicode.Scalar], leadIn: [Unicode.Scalar]?, caption: [Unicode.Scalar]? = nil)
    -> (name: Range<Int>, cells: [Cell])?
  {
    if let caption, let unit = YearColumns.captionUnit(caption), let series = YearSeries.items(row) {
      let isStock = namesRunningTotals(caption[...])
      let columns = series.items.map {
        let header = Array("\($0.year)年".unicodeScalars)
        return TableColumn(header: header, unit: unit, year: YearColumn(header: header, year: $0.year, isStock: isStock))
      }
      return cells(of: row, name: series.name, numbers: series.items.map(\.number), columns: columns)
    }
    guard let leadIn, let columns = ListRow.tableColumns(leadIn, caption: caption), let printed = ListRow.tableCells(row),
      printed.numbers.count == columns.count
    else { return nil }
    return cells(of: row, name: printed.name, numbers: printed.numbers, columns: columns)
  }

  /// Each of the row's numbers read in its column's measure word; nil when one does not read as a figure.
  static func cells(of row: [Unicode.Scalar], name: Range<Int>, numbers: [Range<Int>], columns: [TableColumn])
    -> (name: Range<Int>, cells: [Cell])?
  {
    var cells: [Cell] = []
    for (range, column) in zip(numbers, columns) {
      let number = Array(row[range])
      let unit = Array(column.unit.unicodeScalars)
      guard var read = QuantityParser.quantities(in: number + unit).first, read.start == 0,
        read.end == number.count + unit.count
      else { return nil }
      (read.start, read.end, read.surface) = (range.lowerBound, range.upperBound, String(String.UnicodeScalarView(number)))
      cells.append(Cell(quantity: read, column: column))
    }
    return (name, cells)
  }

  /// The metric and year of a cell of a row named by its year (`2015 6 52` under `年份 站点数（个）
  /// 志愿者（名）`): the column's noun decides the metric, the row's year dates it; its place is the
  /// sentence's, as any figure's. Nil for a row named otherwise, or a column of nothing countable.
  static func yearReading(of cell: Cell, row: [Unicode.Scalar]) -> (metric: Metric, year: Int)? {
    guard let year = ListRow.rowYear(row), let unit = cell.quantity.unit,
      let metric = ListLeadIn.metric(of: cell.column.header[...], unit: unit)
    else { return nil }
    return (metric, year)
  }

  /// The metric, place and lead-in of a cell of a row whose name is `name`, under `header`: the
  /// column's noun decides the metric, and the whole header, the lead-in whose station noun may name
  /// the programme (`驿站数量（家） 服务人次（万人次）`: both columns are the 驿站's). A row that names no
  /// place (`合计`) or a column of nothing countable counts nothing.
  ///
  /// A column that names only a part of what another column counts (`当年新建（个）`, `24小时驿站（个）` beside
  /// `驿站总数（个）`) counts that column's noun, and its cells are that part.
  ///
  /// A row of an organisation (`一分公司`, `北京建工集团工会`) counts nothing either: a company's figures
  /// are a part of its place's, never the place's own. A place's own union (`东城区总工会`) is its place.
  ///
  /// A total row (`合  计`, `总计`) counts for the place its table is of: its place is nil, and the
  /// figure takes the place its article or sentence gives, as a figure with no place of its own does.
  ///
  /// A column that names no noun (`累计建成（家）`, `2021年底`) counts what the table's caption or lead-in
  /// names (`各街镇站点建设情况见下表：`, `表　…站点建设情况（单位：家）`).
  static func reading(
    of cell: Cell, name: ArraySlice<Unicode.Scalar>, header: [Unicode.Scalar], caption: [Unicode.Scalar]? = nil,
    gazetteer: Gazetteer
  ) -> (metric: Metric, place: Scope?, leadIn: ArraySlice<Unicode.Scalar>, part: String?)? {
    let label = Array(name.filter { !$0.isHorizontalSpace && !Punctuation.isColon($0) })
    guard let unit = cell.quantity.unit, !label.isEmpty,
      let metric = metric(of: cell.column, unit: unit, header: header)
        ?? caption.flatMap({ ListLeadIn.metric(of: $0[...], unit: unit) })
    else { return nil }
    let place: Scope?
    // NB: a row of an organisation whose name holds a place (`北京建工集团工会`) is the organisation's
    // part, not its place's figure; it is read as any other organisation's row: not at all.
    let mentions = gazetteer.places(in: label)
    if let named = gazetteer.scope(ofClause: label, mentions: mentions), !OrganisationName.isOtherOrganisation(label, places: mentions) {
      place = named
    } else if totalLabels.contains(label) {
      place = nil
    } else {
      return nil
    }
    let words = ScalarText(checking: cell.column.header[...])
    // NB: the caption names the programme of a table whose header names only years or no noun.
    let leadIn = caption.map { $0 + [" "] + header } ?? header
    return (metric, place, leadIn[...], Breakdown.part(of: metric, in: words, before: words))
  }

  /// Words of a column that holds running totals (`累计建成（家）`, `站点总数（个）`, `截至年底（个）`).
  static let runningTotalWords = ["累计", "总计", "总数", "截至", "截止"].map { Array($0.unicodeScalars) }

  /// Whether a column holds running totals: its header says so.
  static func holdsRunningTotals(_ column: TableColumn) -> Bool { namesRunningTotals(column.header[...]) }

  /// Whether a header or caption says its figures are running totals (`累计建成站点数`).
  static func namesRunningTotals(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    runningTotalWords.contains(where: words.containsWord)
  }

  /// What a table's total row is called.
  static let totalLabels: Set<[Unicode.Scalar]> = Set(["合计", "总计", "共计", "全市合计", "全区合计", "全市", "全区"].map { Array($0.unicodeScalars) })

  /// What a column counts: its own noun's metric, else that of another column in the same measure
  /// word whose part this column names.
  static func metric(of column: TableColumn, unit: String, header: [Unicode.Scalar]) -> Metric? {
    if let own = ListLeadIn.metric(of: column.header[...], unit: unit) { return own }
    let words = ScalarText(checking: column.header[...])
    return (ListRow.tableColumns(header) ?? []).lazy
      .filter { $0.unit == column.unit }
      .compactMap { ListLeadIn.metric(of: $0.header[...], unit: unit) }
      .first { Breakdown.part(of: $0, in: words, before: words) != nil }
  }
}
