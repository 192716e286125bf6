// Files in every supported encoding load; empty, binary and undecodable files are named errors.
import Foundation
import Testing
@testable import NewsCorpus

/// A temporary folder of files the test writes.
struct TemporaryFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "corpus-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum Sample {
  /// A small page in new wording: a title, a dateline byline and two paragraphs.
  static let page = "区工会举办读书沙龙\n\n本报讯（记者 林晓）上周末，区工会在图书馆举办了一场读书沙龙。\n\n三十余名职工分享了各自的读书心得。\n"

  static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
      let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
      bytes += littleEndian ? [low, high] : [high, low]
    }
    return bytes
  }

  static var gb18030: [UInt8] { [UInt8](page.data(using: TextDecoder.gb18030)!) }
}

@Test(arguments: [
  ("utf8.txt", Array(Sample.page.utf8), TextEncoding.utf8),
  ("bom.txt", [0xEF, 0xBB, 0xBF] + Array(Sample.page.utf8), .utf8BOM),
  ("crlf.txt", Array(Sample.page.replacingOccurrences(of: "\n", with: "\r\n").utf8), .utf8),
  ("cr.txt", Array(Sample.page.replacingOccurrences(of: "\n", with: "\r").utf8), .utf8),
  ("le.txt", Sample.utf16(Sample.page, littleEndian: true), .utf16LE),
  ("be.txt", Sample.utf16(Sample.page, littleEndian: false), .utf16BE),
  // UTF-16 saved without its byte-order mark.
  ("le-nobom.txt", Array(Sample.utf16(Sample.page, littleEndian: true).dropFirst(2)), .utf16LE),
  ("be-nobom.txt", Array(Sample.utf16(Sample.page, littleEndian: false).dropFirst(2)), .utf16BE),
  ("gb.txt", Sample.gb18030, .gb18030),
])
func decodesEveryEncodingToTheSameArticles(name: String, bytes: [UInt8], encoding: TextEncoding) throws {
  let document = try Document.parse(bytes: bytes, file: name)
  #expect(document.encoding == encoding)
  #expect(document.articles.count == 1)
  let article = try #require(document.articles.first)
  #expect(article.headline == "区工会举办读书沙龙")
  #expect(article.byline.reporters == ["林晓"])
  #expect(article.bodyLines == 3...5)
  #expect(article.paragraphs.map(\.text) == ["上周末，区工会在图书馆举办了一场读书沙龙。", "三十余名职工分享了各自的读书心得。"])
}

@Test(arguments: [
  ("empty.txt", [UInt8](), "empty.txt:1:1: error: empty file; expected newspaper text"),
  ("blank.txt", Array(" \n\n".utf8), "blank.txt:1:1: error: empty file; expected newspaper text"),
  ("bin.dat", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A], "bin.dat:1:1: error: binary data (3 NUL or control bytes in 8); expected newspaper text"),
  ("bad.txt", Array("第一行正常的文字内容\n第二行也很正常的内容，再来".utf8) + [0xFF] + Array("后面".utf8),
   "bad.txt:2:14: error: invalid byte 0xFF; expected UTF-8 or GB18030 text"),
  ("lone.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "lone.txt:1:1: error: unpaired UTF-16 surrogate 0xD800; expected UTF-16 text"),
])
func badFilesGiveANamedError(name: String, bytes: [UInt8], message: String) {
  #expect(throws: CorpusDiagnostic.self) { try Document.parse(bytes: bytes, file: name) }
  do {
    _ = try Document.parse(bytes: bytes, file: name)
  } catch {
    #expect(error.description == message)
  }
}

@Test func badFilesDoNotStopTheRestOfTheCorpus() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try folder.write("a-good.txt", Array(Sample.page.utf8))
  try folder.write("b-empty.txt", [])
  try folder.write("c-binary.txt", [0x00, 0x01, 0x02, 0x03])
  try folder.write("d-gb.txt", Sample.gb18030)
  try folder.write("e-le.txt", Sample.utf16(Sample.page, littleEndian: true))
  let corpus = try Corpus.load(from: folder.path)
  #expect(corpus.documents.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["a-good.txt", "d-gb.txt", "e-le.txt"])
  #expect(corpus.diagnostics.map { URL(fileURLWithPath: $0.location.file).lastPathComponent } == ["b-empty.txt", "c-binary.txt"])
  #expect(corpus.articles.count == 3)
}

@Test func anUnreadableFolderThrows() {
  #expect(throws: (any Error).self) { try Corpus.load(from: "/no/such/folder/anywhere") }
}
