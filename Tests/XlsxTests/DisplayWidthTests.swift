// DisplayWidth ↔ Sources/Xlsx/DisplayWidth.swift: ASCII 1, Han 2, fullwidth 2, marks 0.
import Testing
@testable import Xlsx

@Test(arguments: [
  ("", 0),
  ("abc", 3),
  ("2024", 4),
  ("汉字", 4),
  ("，。、", 6),
  ("“”", 2),  // curly quotes are ambiguous width: narrow outside East Asian contexts
  ("ＡＢ", 4),
  ("\u{3000}", 2),
  ("a汉b", 4),
  ("第1名", 5),
  ("北京市总工会 2024", 17),
  ("e\u{301}", 1),
  ("\u{200B}", 0),
  ("😀", 2),
  ("第一行\n长", 6),
])
func displayWidth(text: String, width: Int) {
  #expect(DisplayWidth.of(text) == width)
}

/// The look-up table answers as the property look-up does, scalar by scalar, up to U+10000 and past it.
@Test func tableAgreesWithProperties() {
  let mismatches = (0..<0x11000).compactMap(Unicode.Scalar.init).filter { DisplayWidth.of($0) != DisplayWidth.computed($0) }
  #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { String($0.value, radix: 16) })")
}
