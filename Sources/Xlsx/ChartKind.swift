// The chart types reports use, and the small enums charts are configured with.
internal import CXlsxWriter

/// A chart type for ``Workbook/addChart(_:font:)`` (`LXW_CHART_*`).
public enum ChartKind: Hashable, Sendable, CaseIterable {
  /// Vertical bars (`LXW_CHART_COLUMN`).
  case column
  /// Horizontal bars (`LXW_CHART_BAR`); its value axis is the x axis.
  case bar
  /// Lines through the points (`LXW_CHART_LINE`).
  case line
  /// A pie (`LXW_CHART_PIE`); one series, no axes.
  case pie
  /// Points placed by two value axes (`LXW_CHART_SCATTER`).
  case scatter
  /// Stacked vertical bars (`LXW_CHART_COLUMN_STACKED`).
  case stackedColumn

  var lxw: UInt8 {
    let type: lxw_chart_type
    switch self {
    case .column: type = LXW_CHART_COLUMN
    case .bar: type = LXW_CHART_BAR
    case .line: type = LXW_CHART_LINE
    case .pie: type = LXW_CHART_PIE
    case .scatter: type = LXW_CHART_SCATTER
    case .stackedColumn: type = LXW_CHART_COLUMN_STACKED
    }
    return UInt8(type.rawValue)
  }

  /// Whether the chart has axes (pies don't).
  public var hasAxes: Bool { self != .pie }
}

/// Where the legend goes (`chart_legend_set_position`).
public enum LegendPosition: Hashable, Sendable {
  case none, right, left, top, bottom

  var lxw: UInt8 {
    let value: lxw_chart_legend_position
    switch self {
    case .none: value = LXW_CHART_LEGEND_NONE
    case .right: value = LXW_CHART_LEGEND_RIGHT
    case .left: value = LXW_CHART_LEGEND_LEFT
    case .top: value = LXW_CHART_LEGEND_TOP
    case .bottom: value = LXW_CHART_LEGEND_BOTTOM
    }
    return UInt8(value.rawValue)
  }
}

/// How empty cells show in a chart (`chart_show_blanks_as`).
public enum BlanksDisplay: Hashable, Sendable {
  /// A gap: a missing year is not a zero.
  case gap
  case zero
  /// Lines join across the empty cell.
  case connected

  var lxw: UInt8 {
    let value: lxw_chart_blank
    switch self {
    case .gap: value = LXW_CHART_BLANKS_AS_GAP
    case .zero: value = LXW_CHART_BLANKS_AS_ZERO
    case .connected: value = LXW_CHART_BLANKS_AS_CONNECTED
    }
    return UInt8(value.rawValue)
  }
}
