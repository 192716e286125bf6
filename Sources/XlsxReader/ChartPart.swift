// A chart part (xl/charts/chartN.xml) read back: plot types, series references and axis settings.

/// One series of a chart as stored: the formulas it points at.
public struct ChartSeriesPart: Hashable, Sendable {
  /// `c:tx/c:strRef/c:f`: the cell naming the series, if any.
  public var nameReference: String?
  /// `c:tx/c:v`: a literal series name, if any.
  public var nameText: String?
  /// `c:cat/…/c:f` (or `c:xVal` for scatter charts).
  public var categories: String?
  /// `c:val/c:numRef/c:f` (or `c:yVal` for scatter charts).
  public var values: String?
  /// Number of cached points under the values reference (`c:numCache/c:ptCount`).
  public var cachedPointCount: Int?
  /// Whether data labels are shown (`c:dLbls/c:showVal`).
  public var showsValues: Bool
}

/// A chart part: what a report's chart references and how it is set up.
public struct ChartPart: Hashable, Sendable {
  /// The part's path inside the package.
  public var path: String
  /// The plot elements under `c:plotArea`, e.g. `c:barChart`, `c:lineChart`.
  public var plotTypes: [String]
  /// `c:barDir` of a bar chart: `col` (column chart) or `bar`.
  public var barDirection: String?
  public var series: [ChartSeriesPart]
  /// The chart title's text runs joined.
  public var title: String?
  /// Axis titles, in document order.
  public var axisTitles: [String]
  /// `c:logBase` of any axis.
  public var logBase: Double?
  /// `c:dispBlanksAs`.
  public var displayBlanksAs: String?
  /// `c:legendPos`.
  public var legendPosition: String?
  /// Every `a:latin` typeface used.
  public var fontNames: Set<String>

  init(path: String, root: XMLNode) {
    self.path = path
    let chart = root.child("c:chart")
    let plotArea = chart?.child("c:plotArea")
    let plots = plotArea?.children.filter { $0.name.hasSuffix("Chart") } ?? []
    plotTypes = plots.map(\.name)
    barDirection = plots.compactMap { $0.path("c:barDir")?.attributes["val"] }.first
    series = plots.flatMap { $0.children("c:ser") }.map { ser in
      let values = ser.child("c:val") ?? ser.child("c:yVal")
      let categories = ser.child("c:cat") ?? ser.child("c:xVal")
      return ChartSeriesPart(
        nameReference: ser.path("c:tx", "c:strRef", "c:f")?.text,
        nameText: ser.path("c:tx", "c:v")?.text,
        categories: categories?.descendants("c:f").first?.text,
        values: values?.descendants("c:f").first?.text,
        cachedPointCount: values?.descendants("c:ptCount").first?.attributes["val"].flatMap(Int.init),
        showsValues: ser.path("c:dLbls", "c:showVal")?.attributes["val"] == "1")
    }
    title = chart?.child("c:title").map { $0.descendants("a:t").map(\.text).joined() }
    axisTitles = (plotArea?.children ?? []).filter { $0.name.hasSuffix("Ax") }.compactMap { axis in
      axis.child("c:title").map { $0.descendants("a:t").map(\.text).joined() }
    }
    logBase = root.descendants("c:logBase").first?.attributes["val"].flatMap(Double.init)
    displayBlanksAs = chart?.child("c:dispBlanksAs")?.attributes["val"]
    legendPosition = chart?.path("c:legend", "c:legendPos")?.attributes["val"]
    fontNames = Set(root.descendants("a:latin").compactMap { $0.attributes["typeface"] })
  }
}
