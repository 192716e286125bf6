// A body paragraph (or caption): verbatim text, normalised text, and the way back between them.
import ChineseText

/// A paragraph as printed: its verbatim text (source lines joined with no inserted characters),
/// its normalised form for matching, and its source lines.
public struct Paragraph: Hashable, Sendable {
  /// Verbatim text: the source lines' content joined with nothing inserted.
  public let text: String
  /// Folded for matching (see `TextNormalizer`), as scalars: every matcher reads scalars, so
  /// the paragraph keeps them rather than a string each would decode again.
  public let normalizedScalars: [Unicode.Scalar]
  /// The normalised text as a string.
  public var normalized: String { String(scalars: normalizedScalars) }
  /// The source lines the paragraph covers.
  public let lines: ClosedRange<Int>
  /// Where the paragraph's first scalar stands in the file.
  public let start: SourceLocation
  /// For each normalised scalar, the UTF-8 offset of its original scalar in `text`.
  let origin: [Int32]
  /// For each source line that contributed text, its number and the UTF-8 offset where it starts.
  let lineStarts: [(line: Int, offset: Int32)]

  /// The number of normalised scalars.
  public var normalizedCount: Int { origin.count }

  /// The source line of the normalised scalar at `offset` (clamped into the paragraph).
  public func line(ofNormalizedOffset offset: Int) -> Int {
    guard !origin.isEmpty else { return lines.lowerBound }
    let utf8 = origin[min(max(offset, 0), origin.count - 1)]
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid].offset <= utf8 { low = mid } else { high = mid - 1 }
    }
    return lineStarts[low].line
  }

  /// The verbatim original text behind the normalised scalars `normalizedRange`.
  public func quote(normalizedRange: Range<Int>) -> String {
    let range = normalizedRange.clamped(to: 0..<origin.count)
    guard !range.isEmpty else { return "" }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: Int(origin[range.lowerBound]))
    var upper = utf8.index(utf8.startIndex, offsetBy: Int(origin[range.upperBound - 1]))
    upper = text.unicodeScalars.index(after: upper)
    return String(text.unicodeScalars[lower..<upper])
  }

  public static func == (lhs: Paragraph, rhs: Paragraph) -> Bool {
    lhs.start == rhs.start && lhs.lines == rhs.lines && lhs.text == rhs.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(start)
    hasher.combine(text)
  }

  init(text: String, normalizedScalars: [Unicode.Scalar], lines: ClosedRange<Int>, start: SourceLocation,
       origin: [Int32], lineStarts: [(line: Int, offset: Int32)]) {
    self.text = text
    self.normalizedScalars = normalizedScalars
    self.lines = lines
    self.start = start
    self.origin = origin
    self.lineStarts = lineStarts
  }
}
