// Writes one value cell: a gap, a number keeping its qualifier, or conflicting readings flagged.
import Analysis
import Extraction
import Xlsx

/// Writes ``FigureCell``s and station mentions into cells, each with its quote as a note, and
/// records every source in the workbook's ledger.
///
/// - no figure: a blank cell with a grey fill (a visible gap, never 0; charts skip it);
/// - one figure: its ``Figure/cellValue`` as a number whose format keeps the qualifier (`1,000余`);
/// - conflicting figures: the leading figure on an orange fill, every reading in the note, and the
///   readings as text (`千余名 / 1500余名`) returned for a column the caller shows beside it;
/// - a mention without a count: the number 1 (at least one) shown as `有（未计数）` on green.
public struct FigureWriter {
  let book: ReportBook

  /// Note size: wide enough for a sentence of Chinese; taller for more lines.
  static let noteWidth = 360
  static let noteLineHeight = 15
  static let noteCharactersPerLine = 44
  /// Quotes a note shows; the rest are counted and left to the 来源 sheet (a figure stated in
  /// hundreds of articles would otherwise make a note nobody can read, cut at Excel's limit).
  static let noteQuotes = 10

  /// Writes `cell` at `ref` and, when its sources disagree, their readings at `disagreement` (a
  /// row's 来源不一致 cell).
  public func write(_ cell: FigureCell, at ref: CellReference, disagreement: CellReference, on sheet: Worksheet, subject: String)
    throws
  {
    if let readings = try write(cell, at: ref, on: sheet, subject: subject) {
      try sheet.write(readings, at: disagreement, format: Styles.conflictText)
    }
  }

  /// Writes one figure per table row, below the header: its cell at `figure`, its readings at
  /// `disagreement` when its sources disagree, and a gap at `year` when its year is unknown — the
  /// shape of 各区数据, 全市构成 and 街道乡镇.
  public func writeRows<Row>(
    _ rows: [Row], on sheet: Worksheet, year: (column: Int, of: (Row) -> Int?), figure: Int, disagreement: Int,
    cell: (Row) -> FigureCell, subject: (Row) -> String
  ) throws {
    for (r, row) in rows.enumerated() {
      let at = { (column: Int) in CellReference(row: r + 1, column: column) }
      if year.of(row) == nil { try writeGap(at: at(year.column), on: sheet) }
      try write(cell(row), at: at(figure), disagreement: at(disagreement), on: sheet, subject: subject(row))
    }
  }

  /// Writes `cell` at `ref`; returns the readings as text when they conflict.
  @discardableResult
  public func write(_ cell: FigureCell, at ref: CellReference, on sheet: Worksheet, subject: String) throws -> String? {
    guard let leading = cell.leading, let number = leading.cellValue else {
      try writeGap(at: ref, on: sheet)
      return nil
    }
    let mark: Mark? = cell.isConflict ? .conflict : nil
    if let mark { book.marksUsed.insert(mark) }
    try sheet.write(number, at: ref, format: format(of: cell, mark: mark))

    let language = book.language
    var lines = [subject]
    if cell.isConflict {
      lines[0] += language("——来源不一致，共\(cell.figures.count)种读数：", " — sources disagree, \(cell.figures.count) readings:")
    }
    for (index, figure) in cell.figures.enumerated() {
      let reading = cell.isConflict ? "\(index + 1)/\(cell.figures.count)" : ""
      for fact in figure.sources {
        let marker = cell.isConflict ? "【\(figure.primary.surface)】" : ""
        lines.append("\(marker)“\(fact.quote)” —— \(fact.location)《\(fact.article)》")
        book.ledger.add(SourceEntry(
          sheet: sheet.name, cell: ref.a1, subject: subject, figure: Self.shown(figure), reading: reading,
          quote: fact.quote, file: fact.file, line: fact.line, headline: fact.article))
      }
    }
    try note(lines, at: ref, on: sheet)
    return cell.isConflict ? cell.figures.map(\.primary.surface).joined(separator: " / ") : nil
  }

  /// The cell format of `cell`'s leading figure: its qualifier's number format (`#,##0"余"`) and
  /// the mark's fill. Records the qualifiers used, for the legend.
  public func format(of cell: FigureCell, mark: Mark? = nil) -> CellFormat? {
    guard let leading = cell.leading, let number = leading.cellValue else { return nil }
    for figure in cell.figures where book.qualifierExamples[figure.qualifier] == nil {
      book.qualifierExamples[figure.qualifier] = figure
    }
    return Styles.figure(leading.style.numberFormat(decimals: Self.decimals(number)), mark: mark)
  }

  /// Writes the no-data gap: blank, grey.
  public func writeGap(at ref: CellReference, on sheet: Worksheet) throws {
    try sheet.writeBlank(at: ref, format: gapFormat())
  }

  /// The no-data gap's format, for a blank cell written by a row writer; notes the mark for the legend.
  public func gapFormat() -> CellFormat {
    book.marksUsed.insert(.noData)
    return Styles.gap
  }

  /// Writes "mentioned but not counted": the number 1 shown as 有（未计数）, with the quotes.
  public func writeMentions(_ mentions: [StationMention], at ref: CellReference, on sheet: Worksheet, subject: String) throws {
    guard !mentions.isEmpty else { return try writeGap(at: ref, on: sheet) }
    book.marksUsed.insert(.mentioned)
    try sheet.write(1, at: ref, format: Styles.figure(Mark.mentionedFormat, mark: .mentioned))
    let language = book.language
    var lines = [subject + language("——提到站点但未给数量（至少1个）：", " — stations named without a count (at least 1):")]
    for mention in mentions {
      lines.append("“\(mention.quote)” —— \(mention.file):\(mention.line)《\(mention.article)》")
      book.ledger.add(SourceEntry(
        sheet: sheet.name, cell: ref.a1, subject: subject, figure: language("有（未计数）", "named, not counted"),
        reading: "", quote: mention.quote, file: mention.file, line: mention.line, headline: mention.article))
    }
    try note(lines, at: ref, on: sheet)
  }

  /// Writes a row's 来源不一致 cell: every conflicting cell of the row as `header：readings`, so a
  /// conflict is visible without opening a note. Writes nothing when the row has none.
  public func writeConflicts(_ conflicts: [String], row: Int, column: Int, on sheet: Worksheet) throws {
    guard !conflicts.isEmpty else { return }
    let text = conflicts.joined(separator: book.language.semicolon)
    try sheet.write(text, at: CellReference(row: row, column: column), format: Styles.conflictText)
    try RowHeight.fit(row, texts: [(text, maximumColumnWidth)], on: sheet)
  }

  /// The figure as text with its unit: `1,000余名`.
  public static func shown(_ figure: Figure) -> String { figure.text + (figure.unit ?? "") }

  /// Decimals the number needs (0, 1 or 2): `48.13` keeps 2.
  static func decimals(_ number: Double) -> Int {
    if number == number.rounded() { return 0 }
    return (number * 10) == (number * 10).rounded() ? 1 : 2
  }

  /// Writes a note of `lines`: a subject line, then one line per quote, the quotes past
  /// ``noteQuotes`` counted instead.
  func note(_ lines: [String], at ref: CellReference, on sheet: Worksheet) throws {
    var lines = lines
    let more = lines.count - 1 - Self.noteQuotes
    if more > 0 {
      lines.removeLast(more)
      lines.append(book.language("……另有 \(more) 处出处，见“来源”表。", "… and \(more) more sources on sheet 来源."))
    }
    let rows = lines.reduce(0) { $0 + DisplayWidth.of($1) / Self.noteCharactersPerLine + 1 }
    let options = CommentOptions(
      author: "北京市总工会 数据工具", width: Self.noteWidth, height: min(420, 24 + rows * Self.noteLineHeight),
      fontName: "Microsoft YaHei", fontSize: 9)
    try sheet.writeComment(lines.joined(separator: "\n"), at: ref, options: options)
  }
}

extension FigureWriter {
  /// Writes a sum the report computed (e.g. participants over articles) as a number, with every
  /// summed figure quoted in the note and the ledger.
  public func writeSum(_ value: Double, of facts: [Fact], at ref: CellReference, on sheet: Worksheet, subject: String) throws {
    try sheet.write(value, at: ref, format: Styles.count)
    let language = book.language
    var lines = [subject + language("——以下 \(facts.count) 个数字之和：", " — the sum of these \(facts.count) figures:")]
    for fact in facts {
      lines.append("\(fact.surface)：“\(fact.quote)” —— \(fact.location)《\(fact.article)》")
      book.ledger.add(SourceEntry(
        sheet: sheet.name, cell: ref.a1, subject: subject, figure: fact.surface, reading: "",
        quote: fact.quote, file: fact.file, line: fact.line, headline: fact.article))
    }
    try note(lines, at: ref, on: sheet)
  }
}
