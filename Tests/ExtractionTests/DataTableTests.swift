// DataTable splits lines and cells on scalars, so a file saved with Windows line ends reads the same.
import Testing

@testable import Extraction

@Suite struct DataTableTests {
  @Test(arguments: [
    ("", [""]), ("a", ["a"]), ("a\nb", ["a", "b"]), ("a\n", ["a", ""]), ("\n\n", ["", "", ""]),
    ("a\r\nb\nc", ["a\r", "b", "c"]), ("x\r\n", ["x\r", ""]), ("#c\n\t\n", ["#c", "\t", ""]), ("a\u{301}\nb", ["a\u{301}", "b"]),
  ])
  func linesSplitAtEveryLineFeed(text: String, lines: [String]) {
    #expect(DataTable.pieces(of: text[...], at: "\n").map(String.init) == lines)
  }

  @Test(arguments: ["", "a", "a\tb", "\t", "a\t\tb\t", "é\tx"])
  func cellsSplitAsStringSplitDoes(text: String) {
    #expect(DataTable.pieces(of: text[...], at: "\t") == text.split(separator: "\t", omittingEmptySubsequences: false))
  }

  @Test func aTableSavedWithWindowsLineEndsReadsTheSame() throws {
    let unix = "# 注释\nname\tkind\n朝阳区\tdistrict\n通州区\tdistrict\n"
    let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
    for text in [unix, windows] {
      let table = try DataTable(name: "t.tsv", text: text)
      #expect(table.columns == ["name", "kind"])
      #expect(table.records.map { $0["name"] } == ["朝阳区", "通州区"] && table.records.map(\.line) == [3, 4])
    }
  }
}
