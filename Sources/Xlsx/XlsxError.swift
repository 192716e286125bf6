// Every way writing a workbook can fail, each naming the C call or the rule and where it happened.
import Foundation

/// An error from the Xlsx wrapper: a libxlsxwriter result, an Excel limit, or a file operation.
///
/// Cases carry data; ``description`` renders one message that says where, what was found and what
/// was expected.
public enum XlsxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A libxlsxwriter function returned an `lxw_error` other than `LXW_NO_ERROR`.
  case library(call: String, context: String, code: Int, message: String)
  /// A libxlsxwriter function returned `NULL` where an object was expected.
  case nullResult(call: String, context: String)
  /// A worksheet name breaks one of Excel's rules.
  case invalidSheetName(String, problem: SheetNameProblem)
  /// A cell lies outside Excel's grid (1,048,576 rows × 16,384 columns).
  case cellOutOfRange(sheet: String, row: Int, column: Int)
  /// An A1 reference or range could not be parsed.
  case invalidReference(String)
  /// A number that Excel cannot store (NaN or infinity).
  case invalidNumber(sheet: String, cell: String, value: Double)
  /// An argument breaks a documented limit of the C call it is for.
  case invalidArgument(call: String, context: String, problem: String)
  /// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds.
  case invalidSourceDateEpoch(String)
  /// The workbook was already closed (or failed to close) when the call was made.
  case workbookClosed(call: String)
  /// A file-system operation around the workbook (rename, remove) failed.
  case fileSystem(operation: String, path: String, message: String)

  public var description: String {
    switch self {
    case let .library(call, context, code, message):
      return "\(call)(\(context)): \(message) (lxw_error \(code))"
    case let .nullResult(call, context):
      return "\(call)(\(context)): returned NULL; expected a new object"
    case let .invalidSheetName(name, problem):
      return "worksheet name '\(name)': \(problem)"
    case let .cellOutOfRange(sheet, row, column):
      let cell = CellReference(row: row, column: column).a1
      return "'\(sheet)'!\(cell) (row \(row), column \(column), zero-based): outside Excel's grid; "
        + "expected row < \(ExcelLimit.rows) and column < \(ExcelLimit.columns)"
    case let .invalidReference(text):
      return "'\(text)': not a cell reference; expected A1 style such as B2, $B$2 or B2:C9"
    case let .invalidNumber(sheet, cell, value):
      return "'\(sheet)'!\(cell): \(value) cannot be stored in Excel; expected a finite number"
    case let .invalidArgument(call, context, problem):
      return "\(call)(\(context)): \(problem)"
    case let .invalidSourceDateEpoch(value):
      return "SOURCE_DATE_EPOCH='\(value)': expected a whole number of seconds since 1970-01-01"
    case let .workbookClosed(call):
      return "\(call): the workbook is already closed"
    case let .fileSystem(operation, path, message):
      return "\(operation) \(path): \(message)"
    }
  }
}

/// Why a worksheet name was refused (Excel's rules, checked before `workbook_add_worksheet`).
public enum SheetNameProblem: Hashable, Sendable, CustomStringConvertible {
  /// The name is empty.
  case empty
  /// The name has more than 31 characters (UTF-16 units, as Excel counts).
  case tooLong(count: Int)
  /// The name contains one of `[ ] : * ? / \`.
  case forbiddenCharacter(Character)
  /// The name starts or ends with an apostrophe.
  case apostropheAtEdge
  /// Another sheet already has this name, compared case-insensitively.
  case duplicate(existing: String)
  /// Excel reserves the name `History`.
  case reserved

  public var description: String {
    switch self {
    case .empty: return "empty; expected 1 to \(ExcelLimit.sheetNameLength) characters"
    case .tooLong(let count):
      return "\(count) characters; expected at most \(ExcelLimit.sheetNameLength)"
    case .forbiddenCharacter(let c):
      return "contains '\(c)'; expected none of [ ] : * ? / \\"
    case .apostropheAtEdge: return "starts or ends with an apostrophe (')"
    case .duplicate(let existing):
      return "already used by sheet '\(existing)' (Excel compares names case-insensitively)"
    case .reserved: return "'History' is reserved by Excel"
    }
  }
}
