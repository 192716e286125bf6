// Sentences and clauses of normalised text, split at depth-0 punctuation.

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
}
