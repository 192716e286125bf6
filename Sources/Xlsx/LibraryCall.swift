// Turns libxlsxwriter's results into thrown XlsxErrors; never discards one.
internal import CXlsxWriter

/// Helpers that check the result of a libxlsxwriter call.
enum LibraryCall {
  /// Throws ``XlsxError/library(call:context:code:message:)`` unless `result` is `LXW_NO_ERROR`.
  static func check(_ result: lxw_error, _ call: String, _ context: @autoclosure () -> String) throws {
    guard result != LXW_NO_ERROR else { return }
    throw XlsxError.library(
      call: call, context: context(), code: Int(result.rawValue), message: message(for: result))
  }

  /// `lxw_strerror`'s text for an error code.
  static func message(for result: lxw_error) -> String {
    guard let text = lxw_strerror(result) else { return "unknown libxlsxwriter error" }
    return String(cString: text)
  }

  /// Refuses a string that libxlsxwriter would cut silently at `LXW_FORMAT_FIELD_LEN`.
  static func checkField(_ value: String, _ call: String, _ what: String) throws {
    let bytes = value.utf8.count
    guard bytes > ExcelLimit.formatFieldBytes else { return }
    throw XlsxError.invalidArgument(
      call: call, context: what,
      problem: "\(bytes) UTF-8 bytes; expected at most \(ExcelLimit.formatFieldBytes)")
  }
}

extension Color {
  /// The `lxw_color_t` for this colour. NB: 0x000000 means "unset" to libxlsxwriter, so black is
  /// sent as `LXW_COLOR_BLACK`.
  var lxw: lxw_color_t { rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb) }
}
