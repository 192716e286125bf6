// Joins pieces of source lines into a Paragraph, keeping the map back to the original text.
import ChineseText

/// A piece of one source line: the normalised scalars from `from` to the end (or `to`).
struct LinePiece: Sendable {
  var line: SourceLine
  /// Offsets into `line.normalized`.
  var from: Int
  var to: Int

  init(_ line: SourceLine, from: Int = 0, to: Int? = nil) {
    self.line = line
    self.from = from
    self.to = to ?? line.normalized.scalars.count
  }

  var isEmpty: Bool { from >= to }
  var scalars: ArraySlice<Unicode.Scalar> { line.normalized.scalars[from..<to] }
}

/// Builds paragraphs in time linear in their length.
enum ParagraphBuilder {
  static func build(_ pieces: [LinePiece], in document: [Unicode.Scalar], file: String) -> Paragraph? {
    let pieces = pieces.filter { !$0.isEmpty }
    guard let first = pieces.first, let last = pieces.last else { return nil }
    var text = String.UnicodeScalarView()
    var normalized = String.UnicodeScalarView()
    var origin: [Int32] = []
    var lineStarts: [(line: Int, offset: Int32)] = []
    origin.reserveCapacity(pieces.reduce(0) { $0 + $1.to - $1.from })
    var utf8Count: Int32 = 0
    for piece in pieces {
      let base = piece.line.content.lowerBound
      let lower = base + piece.line.normalized.origin[piece.from]
      // NB: up to the last kept scalar, so a dropped trailing space or credit leaves no trace.
      let upper = base + piece.line.normalized.origin[piece.to - 1] + 1
      lineStarts.append((piece.line.number, utf8Count))
      // UTF-8 offset of each original scalar of this piece, relative to the paragraph.
      var offsets: [Int32] = []
      offsets.reserveCapacity(upper - lower)
      for scalar in document[lower..<upper] {
        offsets.append(utf8Count)
        text.append(scalar)
        utf8Count += Int32(UTF8.width(scalar))
      }
      for index in piece.from..<piece.to {
        normalized.append(piece.line.normalized.scalars[index])
        origin.append(offsets[base + piece.line.normalized.origin[index] - lower])
      }
    }
    let startOffset = first.line.content.lowerBound + first.line.normalized.origin[first.from]
    let start = SourceLocation(file: file, line: first.line.number, column: startOffset - first.line.start + 1)
    return Paragraph(
      text: String(text), normalized: String(normalized), lines: first.line.number...last.line.number,
      start: start, origin: origin, lineStarts: lineStarts)
  }
}
