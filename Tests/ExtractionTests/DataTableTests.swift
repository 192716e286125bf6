// DataTable splits lines and cells exactly as String.split on a Character does.
import Testing

@testable import Extraction

@Suite struct DataTableTests {
  @Test(arguments: ["", "a", "a\nb", "a\n", "\n\n", "a\r\nb\nc", "x\r\n", "#c\n\t\n", "a\u{301}\nb"])
  func linesSplitAsStringSplitDoes(text: String) {
    #expect(DataTable.pieces(of: text[...], at: "\n") == text.split(separator: "\n", omittingEmptySubsequences: false))
  }

  @Test(arguments: ["", "a", "a\tb", "\t", "a\t\tb\t", "é\tx"])
  func cellsSplitAsStringSplitDoes(text: String) {
    #expect(DataTable.pieces(of: text[...], at: "\t") == text.split(separator: "\t", omittingEmptySubsequences: false))
  }
}
