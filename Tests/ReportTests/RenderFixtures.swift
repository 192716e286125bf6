// Writes the four fixture workbooks to $REPORT_RENDER_DIR for looking at them (skipped otherwise).
import Foundation
import ReportKit
import Testing

@Test(.enabled(if: ProcessInfo.processInfo.environment["REPORT_RENDER_DIR"] != nil, "set REPORT_RENDER_DIR to write the fixture workbooks"))
func writeFixtureWorkbooksForLooking() throws {
  let folder = try #require(ProcessInfo.processInfo.environment["REPORT_RENDER_DIR"])
  for name in Reports.names {
    try Reports.write(name, into: folder)
    try Reports.write(name, into: folder + "/en", lang: .en)
  }
}
