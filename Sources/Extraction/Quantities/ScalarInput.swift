// The input of the quantity parsers: a slice of Unicode scalars whose indices are text offsets.
import ChineseText

/// Scalars still to parse. Parsers take swift-parsing's shape `(inout ScalarInput) -> T?`:
/// they consume what they read and leave the input untouched when they return `nil`.
/// The slice keeps the indices of the whole text, so `startIndex` is a Unicode-scalar offset.
typealias ScalarInput = ArraySlice<Unicode.Scalar>

/// A word of the lexicons (`人次`, `超过`, `°C`), stored as scalars.
typealias Word = [Unicode.Scalar]

extension ArraySlice where Element == Unicode.Scalar {
  /// Consumes spaces (half or full width, tabs) and returns how many there were.
  @discardableResult
  mutating func skipSpaces() -> Int {
    var count = 0
    while let scalar = first, Scalars.isSpace(scalar) {
      removeFirst()
      count += 1
    }
    return count
  }

  /// The first scalar after any spaces, without consuming anything.
  var firstAfterSpaces: Unicode.Scalar? {
    var index = startIndex
    while index < endIndex, Scalars.isSpace(self[index]) { index += 1 }
    return index < endIndex ? self[index] : nil
  }

  /// The scalar `distance` places ahead, if any.
  func scalar(at distance: Int) -> Unicode.Scalar? {
    let index = startIndex + distance
    return index < endIndex ? self[index] : nil
  }

  /// Consumes `word` when the input starts with it; spaces between its scalars are tolerated
  /// (`个 百 分 点`), as stray spaces are in OCR'd text.
  mutating func consume(_ word: Word) -> Bool {
    guard let end = matchEnd(of: word) else { return false }
    self = self[end...]
    return true
  }

  /// Whether the input starts with `word` (spaces between its scalars tolerated).
  func starts(with word: Word) -> Bool { matchEnd(of: word) != nil }

  /// The index just past `word` at the start of the input, or nil when it does not start with it.
  func matchEnd(of word: Word) -> Int? {
    var index = startIndex
    for (position, scalar) in word.enumerated() {
      if position > 0 {
        while index < endIndex, Scalars.isSpace(self[index]) { index += 1 }
      }
      guard index < endIndex, Scalars.sameLetter(self[index], scalar) else { return nil }
      index += 1
    }
    return index
  }
}

/// Classes of scalars that the quantity parsers look at.
enum Scalars {
  /// U+0020, U+3000 and tabs: the stray spaces of OCR'd text (`1463 家`).
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}" || scalar == "\t" || scalar == "\u{A0}"
  }

  /// The value of an ASCII or full-width digit.
  static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  /// Latin letters, half or full width.
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
    default: return false
    }
  }

  /// Letters of words: Han or Latin. A number glued to one is often part of a name (`G20`).
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.isHan || isLatinLetter(scalar) }

  /// Whether two scalars are the same letter, ignoring ASCII case and full width (`CM` = `cm`).
  static func sameLetter(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    a == b || folded(a) == folded(b)
  }

  /// Full-width ASCII folded to ASCII, then lowercased: the key under which lexicons file a word.
  static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    var value = scalar.value
    if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
    if (0x41...0x5A).contains(value) { value += 0x20 }
    return Unicode.Scalar(value) ?? scalar
  }
}
