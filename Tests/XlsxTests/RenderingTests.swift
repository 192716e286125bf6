// LibreOffice renders the sample workbook to PDF (skipped, and says so, where soffice is absent).
import Foundation
import Testing

/// Finds `soffice` on PATH.
enum LibreOffice {
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return folders.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()
  /// Seconds before a hung conversion is killed.
  static let timeout = 180
}

// NB: this checks that LibreOffice opens and converts the workbook (charts included); whether Han
// glyphs look right depends on an installed CJK font (fc-list :lang=zh), which the test can't see.
@Test(.enabled(if: LibreOffice.path != nil, "LibreOffice not installed: rendering check skipped"))
func libreOfficeRendersSample() throws {
  let scratch = try Scratch()
  let input = scratch.file("sample.xlsx")
  try Sample.write(to: input)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [
    "timeout", String(LibreOffice.timeout), LibreOffice.path ?? "soffice",
    "-env:UserInstallation=file://\(scratch.path)/profile", "--headless",
    "--convert-to", "pdf", "--outdir", scratch.path, input,
  ]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  #expect(process.terminationStatus == 0)
  let pdf = try Data(contentsOf: URL(fileURLWithPath: scratch.file("sample.pdf")))
  #expect(pdf.starts(with: Data("%PDF".utf8)))
  #expect(pdf.count > 10_000)
}
