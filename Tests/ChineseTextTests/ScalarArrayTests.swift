// A string's scalar array is exactly its unicodeScalars, for every UTF-8 length.
import Testing
import ChineseText

@Test(arguments: ["", "abc", "é ü ß", "工会 ２０２４年", "𠀀𪚥 😀", "e\u{301}\r\n\u{FEFF}"])
func scalarArrayIsTheUnicodeScalars(_ text: String) {
  #expect(text.scalarArray == Array(text.unicodeScalars))
  #expect(Substring(text).description.scalarArray == Array(text.unicodeScalars))
}
