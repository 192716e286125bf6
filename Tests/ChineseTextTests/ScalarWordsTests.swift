// Word tests on slices of scalars: anywhere in the slice, or at its end.
import Testing
import ChineseText

@Test(arguments: [
  ("与2023年相比", "相比", true, true),
  ("计划到2025年", "计划", true, false),
  ("较去年增加了", "增加了", true, true),
  ("比赛", "比赛场", false, false),
  ("", "相比", false, false),
])
func findsWordsInSlices(text: String, word: String, contains: Bool, endsWith: Bool) {
  let scalars = Array(text.unicodeScalars)
  let slice = scalars[...]
  #expect(slice.containsWord(Array(word.unicodeScalars)) == contains)
  #expect(slice.endsWithWord(Array(word.unicodeScalars)) == endsWith)
  // A slice that starts inside an array looks only at its own scalars.
  let inner = (["前"] + scalars)[1...]
  #expect(inner.containsWord(Array(word.unicodeScalars)) == contains)
}
