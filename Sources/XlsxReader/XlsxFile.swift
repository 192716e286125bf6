// An .xlsx read back without libxlsxwriter: sheet order, cells, formats, notes, tables, charts, properties.
import Foundation

/// Document properties from `docProps/core.xml` and `docProps/app.xml`.
public struct DocProperties: Hashable, Sendable {
  public var title: String?
  public var subject: String?
  /// `dc:creator`.
  public var creator: String?
  public var keywords: String?
  /// `dcterms:created`, as written (`2024-05-01T00:00:00Z`).
  public var created: String?
  public var modified: String?
  public var company: String?
  public var manager: String?
}

/// An .xlsx file opened for checking: an independent reader (ZIPFoundation + XMLParser) for tests.
public struct XlsxFile {
  /// Sheet names in workbook order.
  public let sheetNames: [String]
  /// Every part path in the archive, in archive order.
  public let partNames: [String]
  public let properties: DocProperties

  private let package: XlsxPackage
  private let sheetPaths: [String: String]
  private let sharedStrings: [String]
  private let formats: NumberFormats

  /// Opens and indexes the package at `path`.
  public init(path: String) throws {
    package = try XlsxPackage(path: path)
    partNames = package.partNames
    let workbook = try package.xml("xl/workbook.xml")
    let rels = try package.relationships(of: "xl/workbook.xml")
    var names: [String] = []
    var paths: [String: String] = [:]
    for sheet in workbook.path("sheets")?.children("sheet") ?? [] {
      guard let name = sheet.attributes["name"], let id = sheet.attributes["r:id"], let rel = rels[id] else { continue }
      names.append(name)
      paths[name] = rel.target
    }
    sheetNames = names
    sheetPaths = paths
    sharedStrings = try package.has("xl/sharedStrings.xml")
      ? package.xml("xl/sharedStrings.xml").children("si").map(Self.stringItem) : []
    formats = NumberFormats(styles: package.has("xl/styles.xml") ? try package.xml("xl/styles.xml") : nil)
    properties = try Self.readProperties(package)
  }

  /// Reads one sheet by name.
  public func sheet(_ name: String) throws -> SheetContent {
    guard let path = sheetPaths[name] else { throw XlsxReadError.noSuchSheet(name, available: sheetNames) }
    let root = try package.xml(path)
    var sheet = SheetContent(name: name, path: path)
    readCells(root, into: &sheet)
    if let pane = root.descendants("pane").first {
      sheet.pane = Pane(
        xSplit: pane.attributes["xSplit"].flatMap { Int(Double($0) ?? 0) } ?? 0,
        ySplit: pane.attributes["ySplit"].flatMap { Int(Double($0) ?? 0) } ?? 0,
        topLeftCell: pane.attributes["topLeftCell"], state: pane.attributes["state"])
    }
    sheet.autofilter = root.child("autoFilter")?.attributes["ref"]
    for col in root.path("cols")?.children("col") ?? [] {
      guard let min = col.attributes["min"].flatMap(Int.init), let max = col.attributes["max"].flatMap(Int.init),
        let width = col.attributes["width"].flatMap(Double.init)
      else { continue }
      for column in min...max { sheet.columnWidths[column - 1] = width }
    }
    sheet.mergedRanges = root.path("mergeCells")?.children("mergeCell").compactMap { $0.attributes["ref"] } ?? []
    sheet.pageSetup = root.child("pageSetup")?.attributes ?? [:]
    sheet.header = root.path("headerFooter", "oddHeader")?.text
    sheet.footer = root.path("headerFooter", "oddFooter")?.text
    try readRelated(path, into: &sheet)
    return sheet
  }

  /// All chart parts in the package, in path order.
  public func allCharts() throws -> [ChartPart] {
    try partNames.filter { $0.hasPrefix("xl/charts/chart") }.sorted().map { ChartPart(path: $0, root: try package.xml($0)) }
  }

  /// The raw bytes of a part, for checks the reader does not model.
  public func part(_ path: String) throws -> Data { try package.data(path) }

  private func readCells(_ root: XMLNode, into sheet: inout SheetContent) {
    for row in root.path("sheetData")?.children("row") ?? [] {
      for cell in row.children("c") {
        guard let ref = cell.attributes["r"] else { continue }
        let type = cell.attributes["t"]
        if let type { sheet.cellTypes[ref] = type }
        if let formula = cell.child("f") { sheet.formulas[ref] = formula.text }
        sheet.numberFormats[ref] = formats.code(style: cell.attributes["s"].flatMap(Int.init))
        let raw = cell.child("v")?.text
        switch type {
        case "s": if let i = raw.flatMap(Int.init), sharedStrings.indices.contains(i) { sheet.cells[ref] = .string(sharedStrings[i]) }
        case "inlineStr": sheet.cells[ref] = .string(cell.child("is").map(Self.stringItem) ?? "")
        case "str": sheet.cells[ref] = .string(OOXMLEscape.decode(raw ?? ""))
        case "b": sheet.cells[ref] = .boolean(raw == "1")
        case "e": sheet.cells[ref] = .error(raw ?? "")
        default: if let n = raw.flatMap(Double.init) { sheet.cells[ref] = .number(n) }
        }
      }
    }
  }

  /// Notes, tables and charts, found through the sheet's relationships.
  private func readRelated(_ path: String, into sheet: inout SheetContent) throws {
    for (_, rel) in try package.relationships(of: path).sorted(by: { $0.key < $1.key }) {
      switch rel.type {
      case "comments":
        let root = try package.xml(rel.target)
        let authors = root.path("authors")?.children("author").map(\.text) ?? []
        for comment in root.path("commentList")?.children("comment") ?? [] {
          guard let ref = comment.attributes["ref"] else { continue }
          let author = comment.attributes["authorId"].flatMap(Int.init).flatMap { authors.indices.contains($0) ? authors[$0] : nil }
          let text = comment.child("text").map { $0.descendants("t").map(\.text).joined() } ?? ""
          sheet.notes[ref] = Note(author: author ?? "", text: OOXMLEscape.decode(text))
        }
      case "table":
        let root = try package.xml(rel.target)
        sheet.tables.append(
          TablePart(
            name: root.attributes["displayName"] ?? root.attributes["name"] ?? "",
            ref: root.attributes["ref"] ?? "",
            columns: root.path("tableColumns")?.children("tableColumn").compactMap { $0.attributes["name"] } ?? [],
            autofilter: root.child("autoFilter")?.attributes["ref"]))
      case "drawing":
        for (_, chartRel) in try package.relationships(of: rel.target).sorted(by: { $0.key < $1.key }) where chartRel.type == "chart" {
          sheet.charts.append(ChartPart(path: chartRel.target, root: try package.xml(chartRel.target)))
        }
      default: break
      }
    }
  }

  /// The text of a shared-string item or inline string: its `t` runs, without phonetic runs.
  private static func stringItem(_ item: XMLNode) -> String {
    if let t = item.child("t") { return OOXMLEscape.decode(t.text) }
    return OOXMLEscape.decode(item.children("r").compactMap { $0.child("t")?.text }.joined())
  }

  private static func readProperties(_ package: XlsxPackage) throws -> DocProperties {
    var properties = DocProperties()
    if package.has("docProps/core.xml") {
      let core = try package.xml("docProps/core.xml")
      properties.title = core.child("dc:title")?.text
      properties.subject = core.child("dc:subject")?.text
      properties.creator = core.child("dc:creator")?.text
      properties.keywords = core.child("cp:keywords")?.text
      properties.created = core.child("dcterms:created")?.text
      properties.modified = core.child("dcterms:modified")?.text
    }
    if package.has("docProps/app.xml") {
      let app = try package.xml("docProps/app.xml")
      properties.company = app.child("Company")?.text
      properties.manager = app.child("Manager")?.text
    }
    return properties
  }
}
