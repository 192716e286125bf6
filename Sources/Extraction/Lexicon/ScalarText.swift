// Word tests on normalised scalars that agree with `String.contains` / `hasPrefix`, without NSString.
import ChineseText
import Foundation

/// A stretch of normalised text, held as scalars, for the word tests the extraction rules make.
///
/// NB: Foundation's `String.contains(_:)` goes through NSString/CFStringFind (tens of thousands of
/// instructions per call on Linux) and, like `String.hasPrefix`, compares canonically equivalent
/// grapheme clusters, not scalars. On *simple* text (see `isSimple(_:)`) every scalar is its own
/// cluster and its own canonical form, so both reduce to plain scalar comparison. Text that is not
/// simple falls back to the `String` operations, so a test's answer never differs from theirs.
struct ScalarText {
  let scalars: ArraySlice<Unicode.Scalar>
  /// True when every scalar is simple, so scalar comparison is exact.
  let isSimple: Bool

  init(_ scalars: ArraySlice<Unicode.Scalar>, isSimple: Bool) {
    self.scalars = scalars
    self.isSimple = isSimple
  }

  init(_ string: String) {
    self.init(checking: Array(string.unicodeScalars)[...])
  }

  /// Scalars whose simplicity is not known yet: every one is looked at once.
  init(checking scalars: ArraySlice<Unicode.Scalar>) {
    self.init(scalars, isSimple: scalars.allSatisfy(Self.isSimple))
  }

  /// The text as a `String`, for the fallback and for callers that need one.
  var string: String { String(scalars: scalars) }

  /// Same as `string.contains(word.text)` (Foundation): false for an empty word.
  func contains(_ word: MatchWord) -> Bool {
    guard isSimple, word.isSimple else { return string.contains(word.text) }
    return firstOffset(of: word.scalars) != nil
  }

  /// Same as `string.hasPrefix(word.text)`.
  func hasPrefix(_ word: MatchWord) -> Bool {
    guard isSimple, word.isSimple else { return string.hasPrefix(word.text) }
    return has(word.scalars, at: scalars.startIndex)
  }

  /// The scalars up to the end of `word` when the text opens with it or with at most
  /// `maxQualifier` Han scalars (and the list marks `、和及与`) qualifying it (`高考、中考考点`); nil
  /// otherwise, and for text that is not simple.
  func opening(qualified word: MatchWord, maxQualifier: Int) -> ArraySlice<Unicode.Scalar>? {
    guard isSimple, word.isSimple, !word.scalars.isEmpty else { return nil }
    var index = scalars.startIndex
    while index - scalars.startIndex <= maxQualifier {
      if has(word.scalars, at: index) { return scalars[..<(index + word.scalars.count)] }
      guard index < scalars.endIndex, scalars[index].isHan || Self.joinsQualifiers(scalars[index]) else { return nil }
      index += 1
    }
    return nil
  }

  /// Marks that join qualifiers of one noun (`高考、中考考点`, `高考和中考考点`).
  static func joinsQualifiers(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "、" || scalar == "和" || scalar == "及" || scalar == "与"
  }

  /// The text after the last occurrence of `word` (`string.range(of:options: .backwards)`), or nil.
  func suffix(afterLast word: MatchWord) -> ScalarText? {
    guard isSimple, word.isSimple else {
      let text = string
      guard let found = text.range(of: word.text, options: .backwards) else { return nil }
      let offset = text.unicodeScalars.distance(from: text.startIndex, to: found.upperBound)
      return ScalarText(scalars[(scalars.startIndex + offset)...], isSimple: false)
    }
    guard let first = word.scalars.first, scalars.count >= word.scalars.count else { return nil }
    var start = scalars.endIndex - word.scalars.count
    while start >= scalars.startIndex {
      if scalars[start] == first, has(word.scalars, at: start) {
        return ScalarText(scalars[(start + word.scalars.count)...], isSimple: true)
      }
      start -= 1
    }
    return nil
  }

  /// The text with every occurrence of `word` removed, left to right (`string.replacing(word, with: "")`).
  func removingAll(_ word: MatchWord) -> ScalarText {
    guard isSimple, word.isSimple, !word.scalars.isEmpty else {
      let kept = Array(string.replacing(word.text, with: "").unicodeScalars)
      return ScalarText(kept[...], isSimple: kept.allSatisfy(Self.isSimple))
    }
    guard firstOffset(of: word.scalars) != nil else { return self }
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(scalars.count)
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if has(word.scalars, at: index) {
        index += word.scalars.count
      } else {
        kept.append(scalars[index])
        index += 1
      }
    }
    return ScalarText(kept[...], isSimple: true)
  }

  /// Whether `word` stands at `index`, scalar for scalar.
  /// NB: not `ArraySlice.starts(with:)`, which the quantity parsers overload to skip spaces and fold width.
  private func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
    guard scalars.endIndex - index >= word.count else { return false }
    for offset in 0..<word.count where scalars[index + offset] != word[offset] { return false }
    return true
  }

  /// The index of the first occurrence of `word`, or nil (also for an empty word).
  func firstOffset(of word: [Unicode.Scalar]) -> Int? {
    guard let first = word.first, word.count <= scalars.count else { return nil }
    let last = scalars.endIndex - word.count
    var index = scalars.startIndex
    while index <= last {
      if scalars[index] == first {
        var matched = 1
        while matched < word.count, scalars[index + matched] == word[matched] { matched += 1 }
        if matched == word.count { return index }
      }
      index += 1
    }
    return nil
  }

  /// A scalar that is its own grapheme cluster in any text it can stand in, and its own canonical
  /// decomposition: ASCII (but CR), Han (not the compatibility ideographs, which decompose), and
  /// CJK, general and full-width punctuation (not the combining tone marks U+302A–302F).
  static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x20...0x7E, 0xB7, 0xD7, 0xF7: true
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF: true
    case 0x3000...0x3029, 0x3030...0x303F, 0x2010...0x2027, 0x2030...0x205E: true
    case 0xFF01...0xFF5E, 0xFFE0...0xFFE6, 0x2460...0x24FF, 0x2500...0x25FF: true
    default: false
    }
  }
}

/// A word to test text for, from a data file or a rule, held as a string and as scalars.
struct MatchWord: Sendable, Hashable {
  let text: String
  let scalars: [Unicode.Scalar]
  let isSimple: Bool

  init(_ text: String) {
    self.text = text
    scalars = Array(text.unicodeScalars)
    isSimple = scalars.allSatisfy(ScalarText.isSimple)
  }
}
