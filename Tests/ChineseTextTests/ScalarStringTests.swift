// A string built from scalars is the string of those scalars, for every UTF-8 length.
import Testing
import ChineseText

@Test(arguments: ["", "abc", "é ü ß", "工会 ２０２４年", "𠀀𪚥 😀", "e\u{301}\r\n\u{FEFF}"])
func stringFromScalarsIsTheStandardLibrarysString(_ text: String) {
  let scalars = Array(text.unicodeScalars)
  #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
  #expect(Array(String(scalars: scalars[...]).unicodeScalars) == scalars)
}
