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
    // NB: the text is encoded straight into a buffer of its largest size (4 bytes a scalar), the
    // normalised scalars into an array of their exact size; appending to Arrays or Strings scalar
    // by scalar cost a uniqueness check and a retain each.
    let text = UnsafeMutablePointer<UInt8>.allocate(capacity: originalCount * 4)
    let normalized = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: normalizedCount)
    // UTF-8 offset of each original scalar of the current piece, relative to the paragraph.
    let offsets = UnsafeMutablePointer<Int32>.allocate(capacity: originalCount)
    defer {
      text.deallocate()
      normalized.deallocate()
      offsets.deallocate()
    }
    var textCount = 0
    var normalizedScalars = 0
    var lineStarts: [(line: Int, offset: Int32)] = []
    let origin = [Int32](unsafeUninitializedCapacity: normalizedCount) { origin, initialized in
      initialized = 0
      document.withUnsafeBufferPointer { document in
        for piece in pieces where !piece.isEmpty {
          let line = piece.line
          lineStarts.append((line.number, Int32(textCount)))
          line.normalized.scalars.withUnsafeBufferPointer { scalars in
            line.normalized.origin.withUnsafeBufferPointer { lineOrigin in
              let base = line.content.lowerBound
              let lower = base + lineOrigin[piece.from]
              // NB: up to the last kept scalar, so a dropped trailing space or credit leaves no trace.
              let upper = base + lineOrigin[piece.to - 1] + 1
              for index in lower..<upper {
                offsets[index - lower] = Int32(textCount)
                encode(document[index], into: text, at: &textCount)
              }
              for index in piece.from..<piece.to {
                normalized[normalizedScalars] = scalars[index]
                normalizedScalars += 1
                origin[initialized] = offsets[base + lineOrigin[index] - lower]
                initialized += 1
              }
            }
          }
        }
      }
    }
    let startOffset = first.line.content.lowerBound + first.line.normalized.origin[first.from]
    let start = SourceLocation(file: file, line: first.line.number, column: startOffset - first.line.start + 1)
    return Paragraph(
      text: String(decoding: UnsafeBufferPointer(start: text, count: textCount), as: UTF8.self),
      normalizedScalars: Array(UnsafeBufferPointer(start: normalized, count: normalizedScalars)),
      lines: first.line.number...last.line.number, start: start, origin: origin, lineStarts: lineStarts)
  }

  /// Writes the UTF-8 form of `scalar` at `bytes + offset` and moves `offset` past it.
  @inline(__always)
  static func encode(_ scalar: Unicode.Scalar, into bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
    scalar.writeUTF8(to: bytes, at: &offset)
  }
}
