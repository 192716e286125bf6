// SheetName ↔ Sources/Xlsx/SheetName.swift: Excel's naming rules, each a clear error.
import Testing
import Xlsx

@Test(arguments: ["概览", "来源", "数据质量", "2024年", String(repeating: "长", count: 31), "O'Neil"])
func acceptsValidNames(name: String) throws {
  try SheetName.validate(name, existing: ["其他"])
}

@Test(arguments: [
  (String(repeating: "长", count: 32), SheetNameProblem.tooLong(count: 32)),
  ("", .empty),
  ("数据/来源", .forbiddenCharacter("/")),
  ("[草稿]", .forbiddenCharacter("[")),
  ("问题?", .forbiddenCharacter("?")),
  ("a:b", .forbiddenCharacter(":")),
  ("a*b", .forbiddenCharacter("*")),
  ("a\\b", .forbiddenCharacter("\\")),
  ("'引号", .apostropheAtEdge),
  ("引号'", .apostropheAtEdge),
  ("history", .reserved),
  ("DATA", .duplicate(existing: "Data")),
  ("概览", .duplicate(existing: "概览")),
])
func refusesInvalidNames(name: String, problem: SheetNameProblem) {
  #expect(throws: XlsxError.invalidSheetName(name, problem: problem)) {
    try SheetName.validate(name, existing: ["Data", "概览"])
  }
}

@Test func errorTextNamesTheSheet() {
  let error = XlsxError.invalidSheetName("数据/来源", problem: .forbiddenCharacter("/"))
  #expect(error.description == "worksheet name '数据/来源': contains '/'; expected none of [ ] : * ? / \\")
}
