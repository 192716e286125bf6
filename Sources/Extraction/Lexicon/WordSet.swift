// A small set of words tested without hashing: Han strings normalise before they hash.

/// Membership as `Set<String>.contains` answers it, for a handful of words.
///
/// NB: hashing a Han string normalises it first (~800 instructions). Between simple strings (see
/// `ScalarText.isSimple`) equality is equality of their UTF-8 bytes, so a simple word is compared
/// byte by byte with each member; anything else asks the set.
struct WordSet: Sendable {
  let words: Set<String>
  /// The members' UTF-8 bytes, or nil when a member is not simple.
  private let simpleMembers: [[UInt8]]?

  init(_ words: Set<String>) {
    self.words = words
    let simple = words.allSatisfy { $0.unicodeScalars.allSatisfy(ScalarText.isSimple) }
    simpleMembers = simple ? words.map { Array($0.utf8) } : nil
  }

  func contains(_ word: String) -> Bool {
    guard let members = simpleMembers, word.unicodeScalars.allSatisfy(ScalarText.isSimple) else {
      return words.contains(word)
    }
    return members.contains { word.utf8.elementsEqual($0) }
  }
}
