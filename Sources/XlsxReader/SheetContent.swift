// One worksheet read back: cells, formulas, styles, notes, tables, charts, panes, filter and widths.

/// A note (Excel "comment") on a cell.
public struct Note: Hashable, Sendable {
  public var author: String
  public var text: String

  public init(author: String, text: String) {
    self.author = author
    self.text = text
  }
}

/// A table part (xl/tables/tableN.xml).
public struct TablePart: Hashable, Sendable {
  /// `displayName`, as shown in Excel.
  public var name: String
  /// The table's range, e.g. `A1:C9`.
  public var ref: String
  public var columns: [String]
  /// The table's own filter range, if any.
  public var autofilter: String?

  public init(name: String, ref: String, columns: [String], autofilter: String?) {
    self.name = name
    self.ref = ref
    self.columns = columns
    self.autofilter = autofilter
  }
}

/// A frozen or split pane (`sheetView/pane`).
public struct Pane: Hashable, Sendable {
  /// Columns left of the split.
  public var xSplit: Int
  /// Rows above the split.
  public var ySplit: Int
  public var topLeftCell: String?
  /// `frozen` for frozen panes.
  public var state: String?

  public init(xSplit: Int, ySplit: Int, topLeftCell: String?, state: String?) {
    self.xSplit = xSplit
    self.ySplit = ySplit
    self.topLeftCell = topLeftCell
    self.state = state
  }
}

/// Everything tests check on one worksheet.
public struct SheetContent: Sendable {
  public var name: String
  /// The sheet part's path inside the package.
  public var path: String
  /// Cell values by A1 reference (`B2`).
  public var cells: [String: CellContent] = [:]
  /// The `t` attribute of every cell that has one (`s`, `inlineStr`, `str`, `b`, `e`).
  public var cellTypes: [String: String] = [:]
  /// The formula of every cell that has an `<f>` element.
  public var formulas: [String: String] = [:]
  /// The number format code of every cell, via its style.
  public var numberFormats: [String: String] = [:]
  /// Notes by cell reference.
  public var notes: [String: Note] = [:]
  public var tables: [TablePart] = []
  public var charts: [ChartPart] = []
  public var pane: Pane?
  /// The sheet's `autoFilter` range.
  public var autofilter: String?
  /// Column widths by zero-based column (`cols/col`).
  public var columnWidths: [Int: Double] = [:]
  /// Merged ranges (`mergeCells/mergeCell`).
  public var mergedRanges: [String] = []
  /// `pageSetup` attributes (orientation, paperSize, fitToWidth, …).
  public var pageSetup: [String: String] = [:]
  /// `headerFooter/oddHeader` and `oddFooter`.
  public var header: String?
  public var footer: String?

  /// The value at an A1 reference, if the cell was written.
  public subscript(_ ref: String) -> CellContent? { cells[ref] }

  /// The number format code at an A1 reference (General when unstyled or absent).
  public func numberFormat(_ ref: String) -> String { numberFormats[ref] ?? "General" }
}
