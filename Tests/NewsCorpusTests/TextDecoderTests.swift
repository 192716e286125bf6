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

/// Pages long enough that `decodeTop` cuts them: Han text (3 bytes a scalar), CRLF line ends, a
/// BOM, and a cut that lands inside a scalar or between CR and LF.
private let longPages: [String] = [
  String(repeating: "北京市总工会暖心驿站\r\n", count: 400),
  "\u{FEFF}" + String(repeating: "ab\r\n工", count: 3_000),
  String(repeating: "x", count: 8_191) + "\r\n" + String(repeating: "工会", count: 5_000),
  String(repeating: "é", count: 5_000) + "\n𠀀𪚥 😀\n" + String(repeating: "y\n", count: 3_000),
]

@Test(arguments: longPages)
func theDecodedTopIsTheStartOfTheWholeDecode(_ page: String) throws {
  let bytes = Array(page.utf8)
  let whole = try TextDecoder.decode(bytes, file: "p.txt")
  let top = try TextDecoder.decodeTop(bytes, file: "p.txt", limit: 8_192)
  #expect(!top.complete)
  #expect(top.decoded.encoding == whole.encoding)
  #expect(top.decoded.scalars.count < whole.scalars.count)
  #expect(Array(whole.scalars.prefix(top.decoded.scalars.count)) == top.decoded.scalars)
}

@Test func aShortFileOrOneThatIsNotValidUTF8IsDecodedWhole() throws {
  let short = Array("工会\n".utf8)
  #expect(try TextDecoder.decodeTop(short, file: "s.txt", limit: 8_192).complete)
  // Valid at the top, invalid far below it: the top reader refuses it as decode does.
  let damaged = Array(String(repeating: "工会新闻\n", count: 2_000).utf8) + [0xE5, 0x0A]
  #expect(throws: CorpusDiagnostic.self) { try TextDecoder.decodeTop(damaged, file: "d.txt", limit: 8_192) }
  #expect(throws: CorpusDiagnostic.self) { try TextDecoder.decode(damaged, file: "d.txt") }
  // White space at the top says nothing of the rest, so the whole file is decoded.
  let late = Array((String(repeating: " \n", count: 9_000) + "工会").utf8)
  let decoded = try TextDecoder.decodeTop(late, file: "l.txt", limit: 8_192)
  #expect(decoded.complete && decoded.decoded.scalars.last == "会")
}

@Test func theSurveyFindsTheSameBannersWhenItsFirstLinesRunPastTheTop() throws {
  // A first line longer than the decoded top makes the survey decode the rest.
  let long = String(repeating: "长", count: 4_000) + "。\n北京工会报\n标题一行\n正文。\n"
  let survey = try BannerSurvey(bytes: Array(long.utf8), file: "long.txt")
  let staged = try StagedFile(bytes: Array(long.utf8), file: "long.txt")
  #expect(survey.candidates == staged.topTitleKeys)
  #expect(!survey.candidates.isEmpty)
}

@Test func theSurveyReadsTheLineBelowTheLastLineOfTheBannerZone() throws {
  // The fifth content line is a banner candidate when a title line stands below it: the survey
  // must read that sixth line too, as `StagedFile` does.
  let page = "要闻\n\n第一版\n北京工会报\n劳动者之家\n暖心驿站专版\n本期导读\n正文第一段。\n"
  let survey = try BannerSurvey(bytes: Array(page.utf8), file: "p.txt")
  let staged = try StagedFile(bytes: Array(page.utf8), file: "p.txt")
  #expect(survey.candidates == staged.topTitleKeys)
  #expect(survey.candidates.contains("暖心驿站专版"))
}
