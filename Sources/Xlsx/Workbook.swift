// The one owner of libxlsxwriter's workbook handle: sheets, charts, formats and closing.
import Foundation
internal import CDeflateLevel
internal import CXlsxWriter

/// An Excel workbook being written, owning libxlsxwriter's `lxw_workbook`.
///
/// Use ``write(to:options:_:)`` in reports: it writes atomically. A `Workbook` is used on one
/// thread (it is not `Sendable`). Its ``Worksheet`` and ``Chart`` handles keep it alive; after
/// ``close()`` every call on them throws ``XlsxError/workbookClosed(call:)``.
public final class Workbook {
  /// Options for `workbook_new_opt`.
  public struct Options: Hashable, Sendable {
    /// Write each row to disk as soon as the next row starts (`constant_memory`): for very big
    /// sheets. Rows must then be written in order (an earlier row throws), strings are stored
    /// inline, and tables are unavailable (`worksheet_add_table` fails with
    /// `LXW_ERROR_FEATURE_NOT_SUPPORTED`).
    public var constantMemory: Bool
    /// Folder for libxlsxwriter's temporary files (`tmpdir`); nil uses the system's.
    public var temporaryDirectory: String?
    /// Allow files or parts over 4 GB (`use_zip64`).
    public var useZip64: Bool
    /// How hard ``Workbook/close()`` compresses the parts.
    public var compression: Compression

    public init(
      constantMemory: Bool = false, temporaryDirectory: String? = nil, useZip64: Bool = false,
      compression: Compression = .standard
    ) {
      self.constantMemory = constantMemory
      self.temporaryDirectory = temporaryDirectory
      self.useZip64 = useZip64
      self.compression = compression
    }
  }

  /// The file `close()` writes.
  public let path: String
  /// How `close()` compresses the parts.
  public let compression: Compression
  /// Document properties applied at ``close()`` (so the creation date is pinned even when a report
  /// never sets them).
  public var properties = DocumentProperties()

  // NB: `handle` and `recentFormats` are read for every cell written. A workbook is used from one
  // thread and no access to them overlaps another, so the runtime's exclusivity check, about a
  // seventh of the wrapper's own cost per cell, is left out.
  @exclusivity(unchecked) var handle: UnsafeMutablePointer<lxw_workbook>?
  private var formats: [CellFormat: UnsafeMutablePointer<lxw_format>] = [:]
  /// The formats used last, newest first (at most ``recentFormatCount``).
  @exclusivity(unchecked)
  private var recentFormats: [(format: CellFormat, pointer: UnsafeMutablePointer<lxw_format>)] = []
  private static let recentFormatCount = 8
  private(set) var sheetNames: [String] = []

  /// Creates a workbook that ``close()`` writes to `path` (`workbook_new_opt`). Nothing is written
  /// before `close()`; a bad path shows up there.
  public init(path: String, options: Options = Options()) throws {
    self.path = path
    self.compression = options.compression
    // libxlsxwriter copies tmpdir, so the copy here only has to live through the call.
    let temporaryDirectory = options.temporaryDirectory.flatMap { strdup($0) }
    defer { free(temporaryDirectory) }
    var c = lxw_workbook_options()
    c.constant_memory = options.constantMemory ? 1 : 0
    c.use_zip64 = options.useZip64 ? 1 : 0
    c.tmpdir = temporaryDirectory
    handle = path.withCString { workbook_new_opt($0, &c) }
    guard handle != nil else { throw XlsxError.nullResult(call: "workbook_new_opt", context: path) }
  }

  deinit {
    // NB: a workbook dropped without close() (a failed body) is freed without writing a file.
    if let handle { lxw_workbook_free(handle) }
  }

  /// Adds a worksheet after checking Excel's naming rules (`workbook_add_worksheet`).
  ///
  /// With `constantMemory`, this sheet alone streams its rows to a temporary file as the
  /// workbook-wide ``Options/constantMemory`` does (rows in order, strings inline, no tables), so
  /// one huge sheet does not need the whole workbook in that mode.
  @discardableResult
  public func addWorksheet(_ name: String, constantMemory: Bool = false) throws -> Worksheet {
    let workbook = try open("workbook_add_worksheet")
    try SheetName.validate(name, existing: sheetNames)
    // NB: libxlsxwriter reads `options.constant_memory` once per sheet, when the sheet is added
    // (it becomes the sheet's `optimize` flag); the workbook's own setting is restored after.
    let workbookSetting = workbook.pointee.options.constant_memory
    if constantMemory { workbook.pointee.options.constant_memory = 1 }
    defer { workbook.pointee.options.constant_memory = workbookSetting }
    guard let sheet = name.withCString({ workbook_add_worksheet(workbook, $0) }) else {
      throw XlsxError.nullResult(call: "workbook_add_worksheet", context: name)
    }
    sheetNames.append(name)
    return Worksheet(name: name, workbook: self, handle: sheet)
  }

  /// Adds a chart to be placed with ``Worksheet/insertChart(_:at:options:)`` (`workbook_add_chart`).
  ///
  /// `font` is applied to the title, axes, legend and data labels, so Chinese renders.
  public func addChart(_ kind: ChartKind, font: ChartFont = ChartFont()) throws -> Chart {
    let workbook = try open("workbook_add_chart")
    guard let chart = workbook_add_chart(workbook, kind.lxw) else {
      throw XlsxError.nullResult(call: "workbook_add_chart", context: "\(kind)")
    }
    return try Chart(kind: kind, font: font, workbook: self, handle: chart)
  }

  /// Sets the document properties written at close (`workbook_set_properties` runs in ``close()``).
  public func setProperties(_ properties: DocumentProperties) {
    self.properties = properties
  }

  /// Applies the properties, writes the file and frees the C workbook (`workbook_close`).
  ///
  /// Throws with `lxw_strerror`'s text when the file cannot be created or zipped. Whatever the
  /// result, the workbook is closed afterwards.
  public func close() throws {
    let workbook = try open("workbook_close")
    do {
      try applyProperties(workbook)
    } catch {
      lxw_workbook_free(workbook)
      handle = nil
      throw error
    }
    handle = nil
    // NB: libxlsxwriter zips every part inside workbook_close, on this thread.
    deflate_level_set(compression.zlibLevel)
    defer { deflate_level_set(-1) }
    try LibraryCall.check(workbook_close(workbook), "workbook_close", path)
  }

  /// The open C handle, or a thrown error naming `call`.
  func open(_ call: String) throws -> UnsafeMutablePointer<lxw_workbook> {
    guard let handle else { throw XlsxError.workbookClosed(call: call) }
    return handle
  }

  /// Throws ``XlsxError/workbookClosed(call:)`` once the workbook is closed.
  func ensureOpen(_ call: String) throws {
    guard handle != nil else { throw XlsxError.workbookClosed(call: call) }
  }

  /// The cached `lxw_format` for `format` (one per distinct value), or nil for Excel's default.
  func format(_ format: CellFormat?) throws -> UnsafeMutablePointer<lxw_format>? {
    guard let format else { return nil }
    // NB: a sheet's rows cycle through a few formats; comparing with those is cheaper than
    // hashing every field for the dictionary.
    if let recent = recentFormats.first(where: { $0.format == format }) { return recent.pointer }
    if let cached = formats[format] {
      remember(format, cached)
      return cached
    }
    let workbook = try open("workbook_add_format")
    try format.validate()
    guard let created = workbook_add_format(workbook) else {
      throw XlsxError.nullResult(call: "workbook_add_format", context: "\(format)")
    }
    format.apply(to: created)
    formats[format] = created
    remember(format, created)
    return created
  }

  /// `format` with its `lxw_format`, made now if this workbook has not used it yet.
  public func register(_ format: CellFormat) throws -> RegisteredFormat {
    // NB: `format(_:)` returns nil only for a nil format.
    let pointer = try self.format(format)!
    return RegisteredFormat(format: format, handle: OpaquePointer(pointer), workbook: ObjectIdentifier(self))
  }

  /// The `lxw_format` of a registered format, after checking it was registered here.
  func format(_ registered: RegisteredFormat?) throws -> UnsafeMutablePointer<lxw_format>? {
    guard let registered else { return nil }
    guard registered.workbook == ObjectIdentifier(self) else {
      throw XlsxError.invalidArgument(
        call: "Worksheet.write", context: path, problem: "the format was registered with another workbook")
    }
    return UnsafeMutablePointer(registered.handle)
  }

  private func remember(_ format: CellFormat, _ pointer: UnsafeMutablePointer<lxw_format>) {
    recentFormats.insert((format, pointer), at: 0)
    if recentFormats.count > Self.recentFormatCount { recentFormats.removeLast() }
  }

  private func applyProperties(_ workbook: UnsafeMutablePointer<lxw_workbook>) throws {
    var created = try DocumentProperties.creationDate(passed: properties.created)
      .timeIntervalSince1970.rounded(.down)
    // NB: time_t 0 tells libxlsxwriter to use the clock; 1970-01-01T00:00:00Z becomes one second later.
    if created == 0 { created = 1 }
    let fields = [
      properties.title, properties.subject, properties.author, properties.manager,
      properties.company, properties.category, properties.keywords, properties.comments,
    ]
    // The strings are strdup'd for the call and freed after it (libxlsxwriter copies them).
    let copies = fields.map { $0.flatMap { strdup($0) } }
    defer { copies.forEach { free($0) } }
    var c = lxw_doc_properties()
    c.title = copies[0]
    c.subject = copies[1]
    c.author = copies[2]
    c.manager = copies[3]
    c.company = copies[4]
    c.category = copies[5]
    c.keywords = copies[6]
    c.comments = copies[7]
    c.created = time_t(created)
    try LibraryCall.check(workbook_set_properties(workbook, &c), "workbook_set_properties", path)
  }
}
