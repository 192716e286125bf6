// Workbook.write(to:) is atomic: on any error no file (and no temporary) is left, and a good file stays.
import Foundation
import Testing
import Xlsx

@Suite struct AtomicWriteTests {
  static let badBodies: [(String, @Sendable (Workbook) throws -> Void)] = [
    ("name too long", { try $0.addWorksheet(String(repeating: "长", count: 32)) }),
    ("forbidden character", { try $0.addWorksheet("数据/来源") }),
    ("duplicate sheet", { book in
      try book.addWorksheet("Data")
      try book.addWorksheet("DATA")
    }),
    ("row overflow", { try $0.addWorksheet("概览").write("x", at: CellReference(row: 1_048_576, column: 0)) }),
    ("body throws", { _ in throw CocoaError(.userCancelled) }),
  ]

  @Test(arguments: badBodies.indices)
  func failureLeavesNoFile(index: Int) throws {
    let (_, body) = Self.badBodies[index]
    let scratch = try Scratch()
    #expect(throws: (any Error).self) { try Workbook.write(to: scratch.file("report.xlsx"), body) }
    #expect(try scratch.entries() == [])
  }

  @Test(arguments: badBodies.indices)
  func failureKeepsPreviousFile(index: Int) throws {
    let (_, body) = Self.badBodies[index]
    let scratch = try Scratch()
    let path = scratch.file("report.xlsx")
    try Sample.write(to: path)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: (any Error).self) { try Workbook.write(to: path, body) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try scratch.entries() == ["report.xlsx"])
  }

  @Test func errorsNameTheSheet() throws {
    let scratch = try Scratch()
    let error = #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("r.xlsx")) { book in
        try book.addWorksheet("概览")
        try book.addWorksheet("概览")
      }
    }
    #expect(error?.description == "worksheet name '概览': already used by sheet '概览' (Excel compares names case-insensitively)")
  }

  @Test func missingFolderFailsAtClose() throws {
    let scratch = try Scratch()
    let path = scratch.file("no/such/folder/report.xlsx")
    let error = #expect(throws: XlsxError.self) {
      try Workbook.write(to: path) { try $0.addWorksheet("概览").write("x", at: "A1") }
    }
    guard case .library(let call, let context, _, let message)? = error else {
      Issue.record("expected a library error, got \(String(describing: error))")
      return
    }
    #expect(call == "workbook_close")
    #expect(context.hasPrefix(scratch.file("no/such/folder/.report.xlsx.tmp-")))
    #expect(message.contains("Error creating output xlsx file"))
    #expect(try scratch.entries() == [])
  }

  @Test func parentIsAFileFailsAtClose() throws {
    let scratch = try Scratch()
    #expect(FileManager.default.createFile(atPath: scratch.file("plain"), contents: Data("x".utf8)))
    #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("plain/report.xlsx")) { try $0.addWorksheet("概览") }
    }
    #expect(try scratch.entries() == ["plain"])
  }

  @Test func targetIsAFolderFailsAtRenameAndCleansUp() throws {
    let scratch = try Scratch()
    try FileManager.default.createDirectory(atPath: scratch.file("report.xlsx"), withIntermediateDirectories: false)
    let error = #expect(throws: XlsxError.self) {
      try Workbook.write(to: scratch.file("report.xlsx")) { try $0.addWorksheet("概览") }
    }
    guard case .fileSystem? = error else {
      Issue.record("expected a file-system error, got \(String(describing: error))")
      return
    }
    #expect(try scratch.entries() == ["report.xlsx"])
  }

  @Test func callsAfterCloseThrow() throws {
    let scratch = try Scratch()
    var kept: Worksheet?
    try Workbook.write(to: scratch.file("r.xlsx")) { kept = try $0.addWorksheet("概览") }
    #expect(throws: XlsxError.workbookClosed(call: "worksheet_write_string")) {
      try kept?.write("late", at: "A1")
    }
  }
}
