// The UTF-8 fast path decodes exactly as the standard library does, line breaks unified.
import Testing
@testable import NewsCorpus

@Test(arguments: [
  "a\r\nb\rc\n", "\u{FEFF}\u{FEFF}x\u{FEFF}", "é ü ß", "工会 ２０２４", "𠀀𪚥 😀", "\r\r\n\n", "",
])
func decodesValidUTF8AsTheStandardLibraryDoes(_ text: String) {
  let bytes = Array(text.utf8)
  #expect(TextDecoder.decodeValidUTF8(bytes, from: 0) == TextDecoder.unifyLineBreaks(text.unicodeScalars))
}
