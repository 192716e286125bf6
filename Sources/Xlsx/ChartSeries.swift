// One data series of a chart: its name and data labels.
internal import CXlsxWriter

/// A series of a ``Chart`` (`lxw_chart_series`), returned by ``Chart/addSeries(values:categories:name:)``.
public final class ChartSeries {
  let chart: Chart
  private let pointer: UnsafeMutablePointer<lxw_chart_series>

  init(chart: Chart, handle: UnsafeMutablePointer<lxw_chart_series>) {
    self.chart = chart
    self.pointer = handle
  }

  private func handle(_ call: String) throws -> UnsafeMutablePointer<lxw_chart_series> {
    try chart.workbook.ensureOpen(call)
    return pointer
  }

  /// Names the series with literal text (`chart_series_set_name`).
  public func setName(_ name: String) throws {
    let series = try handle("chart_series_set_name")
    try Chart.refuseFormula(name, "chart_series_set_name")
    name.withCString { chart_series_set_name(series, $0) }
  }

  /// Names the series from a cell on a named sheet (`chart_series_set_name_range`).
  public func setName(from cell: CellReference) throws {
    let series = try handle("chart_series_set_name_range")
    let range = try Chart.checked(CellRange(from: cell, to: cell), "chart_series_set_name_range")
    range.sheet.withCString { chart_series_set_name_range(series, $0, range.first.row, range.first.column) }
  }

  /// Shows each point's value on the chart, in the chart's font (`chart_series_set_labels`,
  /// `chart_series_set_labels_font`).
  public func setLabels(numberFormat: String? = nil) throws {
    let series = try handle("chart_series_set_labels")
    chart_series_set_labels(series)
    chart.font.withLibraryFont { chart_series_set_labels_font(series, $0) }
    if let numberFormat {
      try LibraryCall.checkField(numberFormat, "chart_series_set_labels_num_format", numberFormat)
      numberFormat.withCString { chart_series_set_labels_num_format(series, $0) }
    }
  }

  /// Also shows each slice's share of the whole, for pie charts
  /// (`chart_series_set_labels_percentage`).
  public func setLabelsPercentage() throws {
    chart_series_set_labels_percentage(try handle("chart_series_set_labels_percentage"))
  }
}
