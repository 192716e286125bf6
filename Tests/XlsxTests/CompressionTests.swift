// The fast level reaches zlib on the closing thread only: the same cells, in a bigger file.
import Foundation
import Testing
import Xlsx
import XlsxReader

@Suite struct CompressionTests {
  /// Rows of varied Chinese text and numbers: enough sheet XML for zlib's levels to differ.
  static let rowCount = 3_000

  static func write(to path: String, _ compression: Compression, scratch: borrowing Scratch) throws {
    try write(to: path, options: Workbook.Options(temporaryDirectory: scratch.path, compression: compression))
  }

  static func write(to path: String, options: Workbook.Options) throws {
    try Workbook.write(to: path, options: options) { book in
      book.setProperties(DocumentProperties(title: "压缩", created: Sample.created))
      let sheet = try book.addWorksheet("事实")
      for row in 0..<rowCount {
        try sheet.write("第\(row)条：朝阳区设立\(row % 97)个驿站，服务职工\(row * 37 % 10_007)人次", at: CellReference(row: row, column: 0))
        try sheet.write(row * 13 % 1_000, at: CellReference(row: row, column: 1))
      }
    }
  }

  static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

  @Test func standardIsLibxlsxwritersOwnLevel() throws {
    let scratch = try Scratch()
    try Self.write(to: scratch.file("standard.xlsx"), .standard, scratch: scratch)
    try Self.write(to: scratch.file("default.xlsx"), options: .init(temporaryDirectory: scratch.path))
    #expect(try Self.bytes(scratch.file("standard.xlsx")) == Self.bytes(scratch.file("default.xlsx")))
  }

  // NB: on Linux the executable's `deflateInit2_` stands in front of libz's; macOS binds each library
  // to its own zlib, and there every level writes the standard file.
  #if os(Linux)
    @Test func fastWritesTheSameCellsInABiggerFile() throws {
      let scratch = try Scratch()
      let before = Compression.streamsStartedOnThisThread
      try Self.write(to: scratch.file("fast.xlsx"), .fast, scratch: scratch)
      #expect(Compression.streamsStartedOnThisThread > before)
      try Self.write(to: scratch.file("standard.xlsx"), .standard, scratch: scratch)
      let fast = try Self.bytes(scratch.file("fast.xlsx"))
      let standard = try Self.bytes(scratch.file("standard.xlsx"))
      #expect(fast.count > standard.count)
      let fastSheet = try XlsxFile(path: scratch.file("fast.xlsx")).sheet("事实")
      let standardSheet = try XlsxFile(path: scratch.file("standard.xlsx")).sheet("事实")
      #expect(fastSheet.cells.count == 2 * Self.rowCount)
      #expect(fastSheet.cells == standardSheet.cells)
      #expect(fastSheet["A3000"] == .string("第2999条：朝阳区设立89个驿站，服务职工886人次"))
    }

    @Test func theLevelEndsWithTheClose() throws {
      let scratch = try Scratch()
      try Self.write(to: scratch.file("first.xlsx"), .standard, scratch: scratch)
      try Self.write(to: scratch.file("fast.xlsx"), .fast, scratch: scratch)
      try Self.write(to: scratch.file("after.xlsx"), .standard, scratch: scratch)
      #expect(try Self.bytes(scratch.file("after.xlsx")) == Self.bytes(scratch.file("first.xlsx")))
      #expect(try Self.bytes(scratch.file("after.xlsx")) != Self.bytes(scratch.file("fast.xlsx")))
    }
  #endif
}
