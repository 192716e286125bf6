// Excel's hard limits, named once so checks and messages agree.

/// Excel's grid and text limits, which libxlsxwriter enforces with `lxw_error` codes.
public enum ExcelLimit {
  /// Rows per worksheet (`LXW_ROW_MAX`); valid zero-based rows are `0..<rows`.
  public static let rows = 1_048_576
  /// Columns per worksheet (`LXW_COL_MAX`); valid zero-based columns are `0..<columns`.
  public static let columns = 16_384
  /// Characters per cell. Excel counts UTF-16 units; libxlsxwriter 1.1.4 counts Unicode scalars
  /// (`LXW_STR_MAX`), so text cut to this many UTF-16 units satisfies both.
  public static let cellText = 32_767
  /// Characters per worksheet name (`LXW_SHEETNAME_MAX`).
  public static let sheetNameLength = 31
  /// Bytes libxlsxwriter keeps of a number format or font name (`LXW_FORMAT_FIELD_LEN` - 1);
  /// longer values would be cut silently, so they are refused.
  public static let formatFieldBytes = 127
  /// Characters in a table column name.
  public static let tableHeaderLength = 255
  /// Characters in a header or footer string.
  public static let headerFooterLength = 255
}
