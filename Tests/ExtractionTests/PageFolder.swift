import Foundation

/// A temporary folder of page files for a loader to read, removed when the test ends.
struct PageFolder: ~Copyable {
  let path: String

  /// A new folder holding `pages` (file name → UTF-8 text).
  init(_ pages: [String: String] = [:]) throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in pages { try write(Array(text.utf8), as: name) }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// The path of the file `name` in the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `bytes` as the file `name` (a page that is not text, say).
  func write(_ bytes: [UInt8], as name: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
  }
}
