// The role words of Chinese bylines (记者, 通讯员, 实习生, 摄影…) and the names after them.
import ChineseText

/// The role a byline word gives the names after it.
enum BylineRole: Sendable {
  case reporter, correspondent, photographer

  /// Role words, longest first so `本报通讯员` wins over `通讯员`.
  static let words: [(word: [Unicode.Scalar], role: BylineRole)] = ([
    ("本报特约记者", .reporter), ("本报摄影记者", .photographer), ("本报通讯员", .correspondent),
    ("特约通讯员", .correspondent), ("本报记者", .reporter), ("特约记者", .reporter),
    ("摄影记者", .photographer), ("实习记者", .reporter), ("见习记者", .reporter),
    ("通讯员", .correspondent), ("实习生", .correspondent), ("记者", .reporter), ("摄影", .photographer),
  ] as [(String, BylineRole)]).map { (Array($0.0.unicodeScalars), $0.1) }

  /// The scalars role words start with.
  static let wordStarts = Array(Set(words.compactMap(\.word.first)))

  /// The longest role word starting at `index`, and its length.
  static func match(_ text: [Unicode.Scalar], at index: Int) -> (role: BylineRole, length: Int)? {
    // NB: checked at many offsets of every short line; most scalars start no role word.
    guard index < text.count, wordStarts.contains(text[index]) else { return nil }
    for (word, role) in words where index + word.count <= text.count {
      if text[index..<(index + word.count)].elementsEqual(word) { return (role, word.count) }
    }
    return nil
  }

  /// The longest a personal name runs in Han scalars (复姓 plus a two-character given name).
  static let maxNameLength = 4

  /// Reads `role name name role name…` into a byline; `nil` when something else is in the way.
  ///
  /// Names are runs of Han separated by spaces, `、` or commas; a run longer than a name means
  /// this is prose, not a byline. A name may sit right after its role word (`记者张晶`).
  static func parseCredits(_ text: [Unicode.Scalar], asPhotographers: Bool = false) -> Byline? {
    var byline = Byline()
    var role: BylineRole? = nil
    var name: [Unicode.Scalar] = []
    var index = 0
    func flush() -> Bool {
      defer { name.removeAll() }
      guard !name.isEmpty else { return true }
      guard let current = role, name.count >= 2, name.count <= maxNameLength else { return false }
      let value = String(scalars: name)
      switch asPhotographers ? .photographer : current {
      case .reporter: byline.reporters.append(value)
      case .correspondent: byline.correspondents.append(value)
      case .photographer: byline.photographers.append(value)
      }
      return true
    }
    while index < text.count {
      let scalar = text[index]
      // NB: a role word may follow a name with no space (`记者孙杰通讯员李娜`, as the normaliser
      // joins a letter-spaced `孙 杰`): a name of two or more Han ends where it starts.
      if name.isEmpty || name.count >= 2, let found = match(text, at: index) {
        guard flush() else { return nil }
        role = found.role
        index += found.length
        continue
      }
      if scalar.isHan || scalar == "·" {
        name.append(scalar)
      } else if scalar.isHorizontalSpace || scalar == "、" || scalar == "," || scalar == "，" {
        guard flush() else { return nil }
      } else {
        return nil
      }
      index += 1
    }
    guard flush(), role != nil, !byline.isEmpty else { return nil }
    return byline
  }
}
