// One axis of a chart: its title, number format, scale and log base.
internal import CXlsxWriter

/// An axis of a ``Chart`` (`lxw_chart_axis`); get it from ``Chart/valueAxis`` and friends.
public final class ChartAxis {
  let chart: Chart
  private let pointer: UnsafeMutablePointer<lxw_chart_axis>?

  init(chart: Chart, handle: UnsafeMutablePointer<lxw_chart_axis>?) {
    self.chart = chart
    self.pointer = handle
  }

  private func handle(_ call: String) throws -> UnsafeMutablePointer<lxw_chart_axis> {
    try chart.workbook.ensureOpen(call)
    guard chart.kind.hasAxes, let pointer else {
      throw XlsxError.invalidArgument(call: call, context: "\(chart.kind) chart", problem: "this chart type has no axes")
    }
    return pointer
  }

  /// Sets the axis title in the chart's font (`chart_axis_set_name`, `chart_axis_set_name_font`).
  public func setName(_ name: String, size: Double = 10) throws {
    let axis = try handle("chart_axis_set_name")
    try Chart.refuseFormula(name, "chart_axis_set_name")
    name.withCString { chart_axis_set_name(axis, $0) }
    chart.font.sized(size).withLibraryFont { chart_axis_set_name_font(axis, $0) }
  }

  /// Sets the number format of the axis labels, e.g. `#,##0` (`chart_axis_set_num_format`).
  public func setNumberFormat(_ format: String) throws {
    let axis = try handle("chart_axis_set_num_format")
    try LibraryCall.checkField(format, "chart_axis_set_num_format", format)
    format.withCString { chart_axis_set_num_format(axis, $0) }
  }

  /// Makes a value axis logarithmic with base 2…1000 (`chart_axis_set_log_base`), for counts
  /// that span orders of magnitude.
  public func setLogBase(_ base: Int) throws {
    let axis = try handle("chart_axis_set_log_base")
    guard (2...1000).contains(base) else {
      throw XlsxError.invalidArgument(call: "chart_axis_set_log_base", context: String(base), problem: "expected a base from 2 to 1000")
    }
    chart_axis_set_log_base(axis, UInt16(base))
  }

  /// Sets the lowest value shown (`chart_axis_set_min`).
  public func setMin(_ value: Double) throws {
    chart_axis_set_min(try handle("chart_axis_set_min"), value)
  }

  /// Sets the highest value shown (`chart_axis_set_max`).
  public func setMax(_ value: Double) throws {
    chart_axis_set_max(try handle("chart_axis_set_max"), value)
  }
}
