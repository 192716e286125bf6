// Finding one word in a stretch of scalars.
import Testing
@testable import Extraction

@Test(arguments: [
  ("全市驿站1500余家，其中朝阳区180家", "其中", 0..<100, Int?(11)),
  ("全市驿站1500余家，其中朝阳区180家", "其中", 12..<20, nil),
  ("朝阳区、海淀区分别设立", "分别", 0..<7, nil),
  ("朝阳区、海淀区分别设立", "分别", 0..<9, 7),
  ("增至", "增至", 0..<2, 0),
  ("增", "增至", 0..<1, nil),
])
func findsAWordWithinARange(_ text: String, _ word: String, _ range: Range<Int>, _ expected: Int?) {
  #expect(Array(text.unicodeScalars).offset(ofWord: Array(word.unicodeScalars), in: range) == expected)
}
