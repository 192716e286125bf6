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
    guard let first = pieces.first(where: { !$0.isEmpty }), let last = pieces.last(where: { !$0.isEmpty }) else {
      return nil
    }
    var normalizedCount = 0
    var originalCount = 0
    for piece in pieces where !piece.isEmpty {
      normalizedCount += piece.to - piece.from
      let origin = piece.line.normalized.origin
      originalCount += origin[piece.to - 1] + 1 - origin[piece.from]
    }
    var text = UTF8Buffer(capacity: originalCount * 3)
    var normalized = UTF8Buffer(capacity: normalizedCount * 3)
    var origin: [Int32] = []
    origin.reserveCapacity(normalizedCount)
    var lineStarts: [(line: Int, offset: Int32)] = []
    // UTF-8 offset of each original scalar of the current piece, relative to the paragraph.
    var offsets: [Int32] = []
    for piece in pieces where !piece.isEmpty {
      let line = piece.line
      let base = line.content.lowerBound
      let lower = base + line.normalized.origin[piece.from]
      // NB: up to the last kept scalar, so a dropped trailing space or credit leaves no trace.
      let upper = base + line.normalized.origin[piece.to - 1] + 1
      lineStarts.append((line.number, Int32(text.count)))
      offsets.removeAll(keepingCapacity: true)
      for index in lower..<upper {
        offsets.append(Int32(text.count))
        text.append(document[index])
      }
      for index in piece.from..<piece.to {
        normalized.append(line.normalized.scalars[index])
        origin.append(offsets[base + line.normalized.origin[index] - lower])
      }
    }
    let startOffset = first.line.content.lowerBound + first.line.normalized.origin[first.from]
    let start = SourceLocation(file: file, line: first.line.number, column: startOffset - first.line.start + 1)
    return Paragraph(
      text: text.string, normalized: normalized.string, lines: first.line.number...last.line.number,
      start: start, origin: origin, lineStarts: lineStarts)
  }
}
