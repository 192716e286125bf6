// Runs a built report executable and captures what it prints.
import Foundation

/// The outcome of one run of `report-<name>`.
struct Run {
  var status: Int32
  var output: String
  var error: String

  /// Runs `report-<name>` with `arguments`.
  static func report(_ name: String, _ arguments: [String]) throws -> Run {
    try executable("report-" + name, arguments)
  }

  /// Runs the package's executable `name` (`corpus`, `report-corpus`…) with `arguments`.
  static func executable(_ name: String, _ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Package.binaries + "/" + name)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self))
  }
}
