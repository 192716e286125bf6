// Places a chart on a worksheet at a cell, with its size.
internal import CXlsxWriter

/// Where and how big a chart sits (`lxw_chart_options`).
public struct ChartPlacement: Hashable, Sendable {
  /// libxlsxwriter's default chart size in pixels.
  public static let defaultWidth = 480.0
  public static let defaultHeight = 288.0

  /// Offset from the cell's top-left corner, in pixels.
  public var xOffset: Int
  public var yOffset: Int
  /// Scale of the default 480 × 288 pixel size.
  public var xScale: Double
  public var yScale: Double

  public init(xOffset: Int = 0, yOffset: Int = 0, xScale: Double = 1, yScale: Double = 1) {
    self.xOffset = xOffset
    self.yOffset = yOffset
    self.xScale = xScale
    self.yScale = yScale
  }

  /// A chart of `width` × `height` pixels.
  public static func size(width: Double, height: Double) -> ChartPlacement {
    ChartPlacement(xScale: width / defaultWidth, yScale: height / defaultHeight)
  }
}

extension Worksheet {
  /// Places `chart` with its top-left corner in `cell` (`worksheet_insert_chart_opt`). A chart
  /// can be placed once.
  public func insertChart(_ chart: Chart, at cell: CellReference, options: ChartPlacement = ChartPlacement()) throws {
    let sheet = try handle("worksheet_insert_chart_opt")
    let chartHandle = try chart.handle("worksheet_insert_chart_opt")
    let (row, column) = try position(cell)
    guard options.xScale > 0, options.yScale > 0 else {
      throw XlsxError.invalidArgument(call: "worksheet_insert_chart_opt", context: context(cell), problem: "scale must be positive")
    }
    var c = lxw_chart_options()
    c.x_offset = Int32(clamping: options.xOffset)
    c.y_offset = Int32(clamping: options.yOffset)
    c.x_scale = options.xScale
    c.y_scale = options.yScale
    let result = worksheet_insert_chart_opt(sheet, row, column, chartHandle, &c)
    try LibraryCall.check(result, "worksheet_insert_chart_opt", context(cell))
  }
}
