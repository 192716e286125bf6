// Excel's worksheet naming rules, checked before libxlsxwriter sees a name.

/// Validates worksheet names the way Excel does, so the error names the sheet and the rule.
public enum SheetName {
  /// Characters Excel forbids in sheet names.
  public static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

  /// Throws ``XlsxError/invalidSheetName(_:problem:)`` unless `name` is a valid new sheet name
  /// next to `existing`.
  public static func validate(_ name: String, existing: [String] = []) throws {
    func refuse(_ problem: SheetNameProblem) -> XlsxError { .invalidSheetName(name, problem: problem) }
    if name.isEmpty { throw refuse(.empty) }
    let length = name.utf16.count
    if length > ExcelLimit.sheetNameLength { throw refuse(.tooLong(count: length)) }
    if let bad = name.first(where: forbidden.contains) { throw refuse(.forbiddenCharacter(bad)) }
    if name.hasPrefix("'") || name.hasSuffix("'") { throw refuse(.apostropheAtEdge) }
    if name.lowercased() == "history" { throw refuse(.reserved) }
    if let clash = existing.first(where: { $0.lowercased() == name.lowercased() }) {
      throw refuse(.duplicate(existing: clash))
    }
  }
}
