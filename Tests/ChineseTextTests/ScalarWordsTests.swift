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

@Test(arguments: [
  ("至少为考生发放至少", "至少", 7),
  ("至少发放", "至少", 0),
  ("发放", "至少", nil),
  ("至", "至少", nil),
])
func findsTheLastWordAsAnIndexOfTheSlice(text: String, word: String, index: Int?) {
  let scalars = Array(text.unicodeScalars)
  #expect(scalars[...].lastIndex(ofWord: Array(word.unicodeScalars)) == index)
  // A slice that starts inside an array answers indices of the array.
  let inner = (["前"] + scalars)[1...]
  #expect(inner.lastIndex(ofWord: Array(word.unicodeScalars)) == index.map { $0 + 1 })
}

@Test(arguments: [
  ("其中，党员志愿者", "党员志愿者"),
  ("朝阳区、海淀区", "海淀区"),
  ("东城区", "东城区"),  // no mark: the whole slice
  ("朝阳区、", ""),  // a mark at the end leaves nothing
  ("", ""),
])
func keepsTheWordsAfterTheLastMark(text: String, item: String) {
  let marks: Set<Unicode.Scalar> = ["、", "，"]
  let scalars = Array(text.unicodeScalars)
  #expect(String(String.UnicodeScalarView(scalars[...].afterLast(where: marks.contains))) == item)
  // A slice that starts inside an array cuts within its own scalars: a mark before it is not seen.
  let inner = (["、"] + scalars)[1...]
  #expect(String(String.UnicodeScalarView(inner.afterLast(where: marks.contains))) == item)
}
