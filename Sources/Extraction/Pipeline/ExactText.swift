// Text told apart by its bytes, for sharing one copy of equal strings without changing any.
import Foundation

/// A string hashed and compared by its UTF-8 bytes.
///
/// NB: `String` equality is canonical equivalence (`é` as one scalar or as two is one `String`), so
/// a set of strings could hand back a differently written one; one string may stand for another
/// only if their bytes are the same. Hashing bytes is also cheaper: hashing a Han `String`
/// normalises it first.
struct ExactText: Hashable, Sendable {
  var string: String

  init(_ string: String) {
    self.string = string
  }

  static func == (a: ExactText, b: ExactText) -> Bool {
    var (a, b) = (a.string, b.string)
    guard a.utf8.count == b.utf8.count else { return false }
    return a.withUTF8 { a in b.withUTF8 { b in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
  }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(string.utf8.count)
  }
}
