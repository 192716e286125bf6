// Sentences and clauses of normalised text, split at depth-0 punctuation.
import ChineseText

enum TextPieces {
  /// Sentences: split after `。！？…` outside brackets.
  static func sentences(_ text: String) -> [String] {
    split(text) { Punctuation.endsSentence($0) }
  }

  /// Clauses: split at sentence ends and at `;` outside brackets.
  static func clauses(_ text: String) -> [String] {
    split(text) { Punctuation.endsSentence($0) || $0 == ";" }
  }

  static func split(_ text: String, at isBoundary: (Unicode.Scalar) -> Bool) -> [String] {
    var pieces: [String] = []
    var piece = String.UnicodeScalarView()
    var depth = 0
    for scalar in text.unicodeScalars {
      if Punctuation.opens(scalar) { depth += 1 } else if Punctuation.closes(scalar) { depth = max(0, depth - 1) }
      if depth == 0 && isBoundary(scalar) {
        if !piece.isEmpty { pieces.append(String(piece)) }
        piece = String.UnicodeScalarView()
      } else {
        piece.append(scalar)
      }
    }
    if !piece.isEmpty { pieces.append(String(piece)) }
    return pieces
  }

  /// The ranges of the sentences of `text`: the pieces `sentences` would return, as offsets.
  static func sentenceRanges(_ text: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var depth = 0
    for (index, scalar) in text.enumerated() {
      if Punctuation.opens(scalar) { depth += 1 } else if Punctuation.closes(scalar) { depth = max(0, depth - 1) }
      if depth == 0 && Punctuation.endsSentence(scalar) {
        if index > start { ranges.append(start..<index) }
        start = index + 1
      }
    }
    if text.count > start { ranges.append(start..<text.count) }
    return ranges
  }

  /// A piece's identity for "seen before?" checks: a 64-bit FNV-1a hash of its scalars, and its length.
  /// NB: hashing scalars directly avoids building and hashing Strings (Unicode normalisation on
  /// every lookup); a 64-bit collision between two different sentences of one page is negligible.
  struct Key: Hashable {
    var hash: UInt64
    var length: Int

    // NB: the FNV hash already mixes the scalars; the hasher needs nothing else.
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  }

  /// The keys of the sentences and of the clauses (split as `sentences` and `clauses` split)
  /// of the text a paragraph draft's pieces join into, read from the lines' normalised scalars
  /// without building or decoding the paragraph's string.
  static func sentenceAndClauseKeys(_ pieces: [LinePiece]) -> (sentences: [Key], clauses: [Key]) {
    var splitter = KeySplitter()
    for piece in pieces where !piece.isEmpty {
      piece.line.normalized.scalars.withUnsafeBufferPointer { scalars in
        for index in piece.from..<piece.to { splitter.add(scalars[index]) }
      }
    }
    return splitter.finish()
  }

  /// Sentence and clause keys read scalar by scalar: both split at depth-0 sentence ends,
  /// clauses also at `;`.
  struct KeySplitter {
    var sentences = KeyRun()
    var clauses = KeyRun()
    var depth = 0

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
      if Punctuation.opens(scalar) { depth += 1 } else if Punctuation.closes(scalar) { depth = max(0, depth - 1) }
      let endsSentence = depth == 0 && Punctuation.endsSentence(scalar)
      if endsSentence { sentences.close() } else { sentences.add(scalar) }
      if endsSentence || (depth == 0 && scalar == ";") { clauses.close() } else { clauses.add(scalar) }
    }

    mutating func finish() -> (sentences: [Key], clauses: [Key]) {
      sentences.close()
      clauses.close()
      return (sentences.keys, clauses.keys)
    }
  }

  /// The keys of pieces read scalar by scalar: the FNV-1a hash and the length of each.
  struct KeyRun {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    var keys: [Key] = []
    var hash = offsetBasis
    var length = 0

    mutating func add(_ scalar: Unicode.Scalar) {
      hash = (hash ^ UInt64(scalar.value)) &* KeyRun.prime
      length += 1
    }

    mutating func close() {
      if length > 0 { keys.append(Key(hash: hash, length: length)) }
      (hash, length) = (KeyRun.offsetBasis, 0)
    }
  }
}
