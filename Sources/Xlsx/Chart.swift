// A chart owned by its workbook: series from sheet ranges, title, legend and how blanks show.
internal import CXlsxWriter

/// A chart (libxlsxwriter's `lxw_chart`), created by ``Workbook/addChart(_:font:)`` and placed
/// with ``Worksheet/insertChart(_:at:options:)``.
///
/// The font given at creation is applied to the legend, the axis numbers, the title, axis names
/// and data labels, so Chinese text renders.
public final class Chart {
  /// The chart type.
  public let kind: ChartKind
  /// The font for every text element.
  public let font: ChartFont

  let workbook: Workbook
  private let pointer: UnsafeMutablePointer<lxw_chart>

  init(kind: ChartKind, font: ChartFont, workbook: Workbook, handle: UnsafeMutablePointer<lxw_chart>) throws {
    self.kind = kind
    self.font = font
    self.workbook = workbook
    self.pointer = handle
    try LibraryCall.checkField(font.name, "workbook_add_chart", "font \(font.name)")
    font.withLibraryFont { chart_legend_set_font(handle, $0) }
    if kind.hasAxes {
      font.withLibraryFont { chart_axis_set_num_font(handle.pointee.x_axis, $0) }
      font.withLibraryFont { chart_axis_set_num_font(handle.pointee.y_axis, $0) }
    }
  }

  /// The C handle, after checking that the workbook is still open.
  func handle(_ call: String) throws -> UnsafeMutablePointer<lxw_chart> {
    try workbook.ensureOpen(call)
    return pointer
  }

  /// Adds a series of `values` with optional `categories` (x values for scatter charts) and a
  /// name (`chart_add_series`, `chart_series_set_values`, `chart_series_set_categories`).
  ///
  /// Ranges must name their sheet, as ``Table/column(_:)`` ranges do.
  @discardableResult
  public func addSeries(values: CellRange, categories: CellRange? = nil, name: SeriesName? = nil) throws -> ChartSeries {
    let chart = try handle("chart_add_series")
    let valueRange = try Chart.checked(values, "chart_series_set_values")
    let categoryRange = try categories.map { try Chart.checked($0, "chart_series_set_categories") }
    guard let series = chart_add_series(chart, nil, nil) else {
      throw XlsxError.nullResult(call: "chart_add_series", context: values.description)
    }
    valueRange.sheet.withCString {
      chart_series_set_values(
        series, $0, valueRange.first.row, valueRange.first.column, valueRange.last.row, valueRange.last.column)
    }
    if let categoryRange {
      categoryRange.sheet.withCString {
        chart_series_set_categories(
          series, $0, categoryRange.first.row, categoryRange.first.column, categoryRange.last.row,
          categoryRange.last.column)
      }
    }
    let handle = ChartSeries(chart: self, handle: series)
    switch name {
    case .text(let text): try handle.setName(text)
    case .cell(let cell): try handle.setName(from: cell)
    case nil: break
    }
    return handle
  }

  /// Sets the chart title in the chart's font (`chart_title_set_name`, `chart_title_set_name_font`).
  public func setTitle(_ title: String, size: Double = 14) throws {
    let chart = try handle("chart_title_set_name")
    try Chart.refuseFormula(title, "chart_title_set_name")
    title.withCString { chart_title_set_name(chart, $0) }
    font.sized(size).withLibraryFont { chart_title_set_name_font(chart, $0) }
  }

  /// The horizontal axis (`chart_axis_get(LXW_CHART_AXIS_TYPE_X)`): categories, or values for
  /// bar and scatter charts.
  public var xAxis: ChartAxis { ChartAxis(chart: self, handle: pointer.pointee.x_axis) }
  /// The vertical axis (`chart_axis_get(LXW_CHART_AXIS_TYPE_Y)`): values, or categories for bar
  /// charts.
  public var yAxis: ChartAxis { ChartAxis(chart: self, handle: pointer.pointee.y_axis) }
  /// The axis that carries the numbers: x for bar charts (libxlsxwriter swaps them), else y.
  public var valueAxis: ChartAxis { kind == .bar ? xAxis : yAxis }
  /// The axis that carries the categories: y for bar charts, else x.
  public var categoryAxis: ChartAxis { kind == .bar ? yAxis : xAxis }

  /// Places the legend (`chart_legend_set_position`).
  public func setLegendPosition(_ position: LegendPosition) throws {
    chart_legend_set_position(try handle("chart_legend_set_position"), position.lxw)
  }

  /// Chooses how empty cells show (`chart_show_blanks_as`); reports use ``BlanksDisplay/gap``.
  public func showBlanksAs(_ display: BlanksDisplay) throws {
    chart_show_blanks_as(try handle("chart_show_blanks_as"), display.lxw)
  }

  /// Validates a range for a series: it must name a sheet and lie inside the grid.
  static func checked(_ range: CellRange, _ call: String) throws -> (sheet: String, first: (row: lxw_row_t, column: lxw_col_t), last: (row: lxw_row_t, column: lxw_col_t)) {
    if let text = range.unparsed { throw XlsxError.invalidReference(text) }
    guard let sheet = range.sheet else {
      throw XlsxError.invalidArgument(call: call, context: range.a1, problem: "range has no sheet; expected e.g. '概览'!\(range.a1)")
    }
    for cell in [range.first, range.last] {
      guard (0..<ExcelLimit.rows).contains(cell.row), (0..<ExcelLimit.columns).contains(cell.column) else {
        throw XlsxError.cellOutOfRange(sheet: sheet, row: cell.row, column: cell.column)
      }
    }
    return (
      sheet, (lxw_row_t(range.first.row), lxw_col_t(range.first.column)),
      (lxw_row_t(range.last.row), lxw_col_t(range.last.column))
    )
  }

  /// libxlsxwriter reads names and titles that start with `=` as formulas; refuse them.
  static func refuseFormula(_ text: String, _ call: String) throws {
    guard text.hasPrefix("=") else { return }
    throw XlsxError.invalidArgument(
      call: call, context: text,
      problem: "starts with '=', which libxlsxwriter reads as a formula; name it from a cell instead")
  }
}

/// Where a series name comes from.
public enum SeriesName: Hashable, Sendable {
  /// Literal text (`chart_series_set_name`).
  case text(String)
  /// A cell, e.g. a table's header cell (`chart_series_set_name_range`).
  case cell(CellReference)
}
