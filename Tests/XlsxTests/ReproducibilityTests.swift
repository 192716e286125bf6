// Same content twice gives the same bytes: pinned creation date, fixed zip timestamps.
import Foundation
import Testing
import Xlsx
import XlsxReader

@Suite struct ReproducibilityTests {
  @Test func sameContentSameBytes() throws {
    let scratch = try Scratch()
    try Sample.write(to: scratch.file("first.xlsx"))
    Thread.sleep(forTimeInterval: 1.1)  // a clock-derived timestamp would now differ
    try Sample.write(to: scratch.file("second.xlsx"))
    let first = try Data(contentsOf: URL(fileURLWithPath: scratch.file("first.xlsx")))
    let second = try Data(contentsOf: URL(fileURLWithPath: scratch.file("second.xlsx")))
    #expect(first.count > 10_000)
    #expect(first == second)
  }

  @Test func withoutPropertiesTheDateIsStillPinned() throws {
    let scratch = try Scratch()
    try Workbook.write(to: scratch.file("bare.xlsx")) { book in
      try book.addWorksheet("概览").write("内容", at: "A1")
    }
    let created = try XlsxFile(path: scratch.file("bare.xlsx")).properties.created
    let expected = try DocumentProperties.creationDate(passed: nil)
    #expect(created == ISO8601DateFormatter().string(from: expected))
  }

  @Test(arguments: [
    (["SOURCE_DATE_EPOCH": "1700000000"], Sample.created as Date?, 1_700_000_000.0),
    (["SOURCE_DATE_EPOCH": " 0 "], Sample.created, 0),
    ([:], Sample.created, 1_714_521_600),
    ([:], nil, 315_532_800),
  ])
  func creationDatePrecedence(environment: [String: String], passed: Date?, seconds: Double) throws {
    let date = try DocumentProperties.creationDate(passed: passed, environment: environment)
    #expect(date.timeIntervalSince1970 == seconds)
  }

  @Test func badSourceDateEpochIsAnError() {
    #expect(throws: XlsxError.invalidSourceDateEpoch("yesterday")) {
      try DocumentProperties.creationDate(passed: nil, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    }
  }
}
