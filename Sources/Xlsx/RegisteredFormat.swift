// A cell format already turned into its lxw_format, so a stream of cells skips the lookup.

/// A ``CellFormat`` together with the `lxw_format` its workbook made for it
/// (``Workbook/register(_:)``).
///
/// Writing with a `CellFormat` looks the format up on every cell. A sheet that streams many rows
/// through the same few column formats registers them once and writes with these instead.
/// Valid only for the workbook that registered it.
public struct RegisteredFormat {
  /// The format's value (number widths are estimated from its number format).
  public let format: CellFormat
  /// The workbook's `lxw_format`, kept opaque so the C type stays internal to this module.
  let handle: OpaquePointer
  /// The workbook that made `handle`.
  let workbook: ObjectIdentifier
}
