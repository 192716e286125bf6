// One cell's address, zero-based like the C API, rendered in A1 style for formulas and charts.
import Foundation

/// The address of one cell: zero-based row and column (as libxlsxwriter takes them), optionally
/// on a named sheet.
///
/// A string literal such as `"B2"` or `"'概览'!$B$2"` parses as A1 style. A literal that does not
/// parse is kept as given and makes the call that uses it throw ``XlsxError/invalidReference(_:)``
/// (no trap at run time); ``init(parsing:)`` throws straight away.
public struct CellReference: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// Zero-based row (`A1` is row 0).
  public var row: Int
  /// Zero-based column (`A` is column 0).
  public var column: Int
  /// The sheet the cell is on, when the reference leaves its sheet (charts, formulas).
  public var sheet: String?
  /// The literal text when a string literal did not parse.
  let unparsed: String?

  /// A cell at a zero-based row and column.
  public init(row: Int, column: Int, sheet: String? = nil) {
    self.row = row
    self.column = column
    self.sheet = sheet
    self.unparsed = nil
  }

  /// Parses an A1 reference such as `B2`, `$B$2` or `'概览'!$B$2`.
  public init(parsing text: String) throws {
    guard let parsed = A1.parseCell(text) else { throw XlsxError.invalidReference(text) }
    self = parsed
  }

  public init(stringLiteral value: String) {
    if let parsed = A1.parseCell(value) {
      self = parsed
    } else {
      self.row = 0
      self.column = 0
      self.sheet = nil
      self.unparsed = value
    }
  }

  /// Relative A1 text without the sheet: `B2`.
  public var a1: String { A1.columnName(column) + String(row + 1) }

  /// Absolute A1 text with the sheet when known: `'概览'!$B$2`.
  public var absolute: String {
    let cell = "$" + A1.columnName(column) + "$" + String(row + 1)
    return sheet.map { A1.quotedSheet($0) + "!" + cell } ?? cell
  }

  /// The same cell on `sheet`.
  public func on(_ sheet: String) -> CellReference {
    var copy = self
    copy.sheet = sheet
    return copy
  }

  /// The cell `rows` down and `columns` right of this one.
  public func offset(rows: Int = 0, columns: Int = 0) -> CellReference {
    var copy = self
    copy.row += rows
    copy.column += columns
    return copy
  }

  public var description: String { unparsed ?? absolute }
}

/// A rectangle of cells from `first` (top left) to `last` (bottom right), optionally on a sheet.
public struct CellRange: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// Top-left cell.
  public var first: CellReference
  /// Bottom-right cell.
  public var last: CellReference
  /// The sheet the range is on, when the range leaves its sheet (charts, formulas).
  public var sheet: String?
  /// The literal text when a string literal did not parse.
  let unparsed: String?

  /// The range between two cells (in any order: corners are normalised).
  public init(from a: CellReference, to b: CellReference, sheet: String? = nil) {
    self.first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
    self.last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    self.sheet = sheet ?? a.sheet ?? b.sheet
    self.unparsed = a.unparsed ?? b.unparsed
  }

  /// Parses an A1 range such as `B2:B9`, `$B$2:$B$9` or `'概览'!$B$2:$B$9`.
  public init(parsing text: String) throws {
    guard let parsed = A1.parseRange(text) else { throw XlsxError.invalidReference(text) }
    self = parsed
  }

  public init(stringLiteral value: String) {
    if let parsed = A1.parseRange(value) {
      self = parsed
    } else {
      self.first = CellReference(row: 0, column: 0)
      self.last = first
      self.sheet = nil
      self.unparsed = value
    }
  }

  /// Number of rows covered.
  public var rowCount: Int { last.row - first.row + 1 }
  /// Number of columns covered.
  public var columnCount: Int { last.column - first.column + 1 }

  /// Relative A1 text without the sheet: `B2:B9`.
  public var a1: String { first.a1 + ":" + last.a1 }

  /// Absolute A1 text with the sheet when known: `'概览'!$B$2:$B$9`.
  public var absolute: String {
    let cells = CellReference(row: first.row, column: first.column).absolute + ":"
      + CellReference(row: last.row, column: last.column).absolute
    return sheet.map { A1.quotedSheet($0) + "!" + cells } ?? cells
  }

  /// The same range on `sheet`.
  public func on(_ sheet: String) -> CellRange {
    var copy = self
    copy.sheet = sheet
    return copy
  }

  public var description: String { unparsed ?? absolute }
}

/// A1 notation: column letters, sheet quoting and parsing.
public enum A1 {
  /// Column letters for a zero-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
  public static func columnName(_ column: Int) -> String {
    var n = column + 1
    var letters: [Character] = []
    while n > 0 {
      let digit = (n - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }

  /// A sheet name as formulas need it: `Sheet1` stays bare, anything else is quoted with inner
  /// apostrophes doubled (`概览` → `'概览'`, `O'Neil` → `'O''Neil'`).
  public static func quotedSheet(_ name: String) -> String {
    let plain = name.unicodeScalars.allSatisfy { s in
      s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == ".")
    }
    // NB: a bare name that looks like a cell (A1, XFD3) or starts with a digit must be quoted too.
    if plain, let head = name.unicodeScalars.first, !("0"..."9").contains(head),
      parseCell(name) == nil
    {
      return name
    }
    return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }

  static func parseCell(_ text: String) -> CellReference? {
    let (sheet, rest) = splitSheet(text)
    var scalars = Substring(rest).unicodeScalars[...]
    guard let cell = cell(&scalars), scalars.isEmpty else { return nil }
    return CellReference(row: cell.row, column: cell.column, sheet: sheet)
  }

  static func parseRange(_ text: String) -> CellRange? {
    let (sheet, rest) = splitSheet(text)
    var scalars = Substring(rest).unicodeScalars[...]
    guard let a = cell(&scalars) else { return nil }
    let first = CellReference(row: a.row, column: a.column)
    if scalars.isEmpty { return CellRange(from: first, to: first, sheet: sheet) }
    guard scalars.first == ":" else { return nil }
    scalars.removeFirst()
    guard let b = cell(&scalars), scalars.isEmpty else { return nil }
    return CellRange(from: first, to: CellReference(row: b.row, column: b.column), sheet: sheet)
  }

  /// Splits `'My sheet'!B2` into the unquoted sheet name and `B2`.
  private static func splitSheet(_ text: String) -> (String?, String) {
    guard let bang = text.lastIndex(of: "!") else { return (nil, text) }
    var name = String(text[..<bang])
    if name.count >= 2, name.hasPrefix("'"), name.hasSuffix("'") {
      name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
    }
    return (name, String(text[text.index(after: bang)...]))
  }

  /// Consumes `$?LETTERS$?DIGITS` and returns the zero-based cell.
  private static func cell(_ input: inout Substring.UnicodeScalarView) -> (row: Int, column: Int)? {
    if input.first == "$" { input.removeFirst() }
    var column = 0
    var letters = 0
    while let s = input.first, s.isASCII, s.properties.isAlphabetic {
      column = column * 26 + Int(s.value & 0x1F)
      letters += 1
      input.removeFirst()
      if letters > 3 { return nil }
    }
    if input.first == "$" { input.removeFirst() }
    var row = 0
    var digits = 0
    while let s = input.first, ("0"..."9").contains(s) {
      row = row * 10 + Int(s.value - 48)
      digits += 1
      input.removeFirst()
      if digits > 7 { return nil }
    }
    guard letters > 0, digits > 0, row > 0 else { return nil }
    return (row - 1, column - 1)
  }
}
