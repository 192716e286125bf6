// The name of an article's file without its folder, as every fact and record quotes it.
import Foundation

enum FileName {
  /// `(path as NSString).lastPathComponent`.
  ///
  /// NB: NSString costs ~20,000 instructions a call on Linux; for the usual `folder/name.txt` the
  /// answer is the text after the last slash. Paths without one, or ending in one, ask NSString.
  static func of(_ path: String) -> String {
    let utf8 = path.utf8
    guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), utf8.index(after: slash) != utf8.endIndex else {
      return (path as NSString).lastPathComponent
    }
    return String(path[utf8.index(after: slash)...])
  }
}
