// LibreOffice opens each fixture workbook and converts it to PDF (skipped, and says so, without soffice).
import Foundation
import Testing

/// Finds `soffice` on PATH.
enum LibreOffice {
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return folders.map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()
  static let timeout = 180

  /// Converts `workbook` to PDF in `folder`; returns the PDF's bytes.
  static func pdf(of workbook: String, in folder: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "timeout", String(timeout), path ?? "soffice", "-env:UserInstallation=file://\(folder)/profile", "--headless",
      "--convert-to", "pdf", "--outdir", folder, workbook,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let name = URL(fileURLWithPath: workbook).deletingPathExtension().lastPathComponent
    return try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name).pdf"))
  }
}

@Suite(.serialized, .enabled(if: LibreOffice.path != nil, "LibreOffice (soffice) not installed: rendering check skipped"))
struct LibreOfficeTests {
  @Test(arguments: Reports.names)
  func opensAndConverts(name: String) throws {
    let scratch = try Scratch()
    try Reports.write(name, into: scratch.path)
    let pdf = try LibreOffice.pdf(of: scratch.file("\(name).xlsx"), in: scratch.path)
    #expect(pdf.starts(with: Data("%PDF".utf8)))
    #expect(pdf.count > 10_000)
  }
}
