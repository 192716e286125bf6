// CellText ↔ Sources/Xlsx/CellText.swift: Excel's 32,767-character limit, cut visibly.
import Testing
import Xlsx

@Test(arguments: [
  ("short", 0),
  (String(repeating: "汉", count: 32_767), 0),
  (String(repeating: "汉", count: 32_768), 1),
  (String(repeating: "😀", count: 16_383), 0),  // 32,766 UTF-16 units
  (String(repeating: "😀", count: 16_384), 1),  // 32,768 UTF-16 units
  (String(repeating: "a", count: 100_000), 1),
])
func fitsCellLimit(text: String, truncated: Int) {
  let fitted = CellText.fitted(text)
  #expect(fitted.truncated == (truncated == 1))
  #expect(fitted.text.utf16.count <= ExcelLimit.cellText)
  if fitted.truncated {
    #expect(fitted.text.hasSuffix(CellText.truncationMarker))
    #expect(text.hasPrefix(String(fitted.text.dropLast(CellText.truncationMarker.count))))
  } else {
    #expect(fitted.text == text)
  }
}

@Test func nulBecomesReplacementCharacter() {
  #expect(CellText.fitted("a\0b").text == "a\u{FFFD}b")
}
