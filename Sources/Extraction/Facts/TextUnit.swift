// One piece of an article's text to extract from: a title line or a body paragraph.
import ChineseText
import NewsCorpus

/// A title line or a paragraph, with the way back from normalised offsets to lines and quotes.
struct TextUnit: Sendable {
  enum Source: Sendable {
    /// A kicker, headline or subtitle: one source line, already normalised by the segmenter.
    case title(line: Int)
    case paragraph(Paragraph)
  }

  var scalars: [Unicode.Scalar]
  var source: Source
  /// True when every scalar is simple (see `ScalarText`), so windows match scalar by scalar.
  var isSimple: Bool

  init(title: String, line: Int) {
    scalars = title.scalarArray
    source = .title(line: line)
    isSimple = scalars.allSatisfy(ScalarText.isSimple)
  }

  init(_ paragraph: Paragraph) {
    scalars = paragraph.normalizedScalars
    source = .paragraph(paragraph)
    isSimple = scalars.allSatisfy(ScalarText.isSimple)
  }

  var isTitle: Bool { if case .title = source { true } else { false } }

  /// The source line of the normalised scalar at `offset`.
  func line(at offset: Int) -> Int {
    switch source {
    case .title(let line): line
    case .paragraph(let paragraph): paragraph.line(ofNormalizedOffset: offset)
    }
  }

  /// The verbatim text behind a normalised range.
  func quote(_ range: Range<Int>) -> String {
    // NB: a sentence cut at a bullet (`◆站点98个 ◆…`) keeps no space at its ends.
    var range = range.clamped(to: 0..<scalars.count)
    while let last = range.last, scalars[last].isHorizontalSpace { range = range.dropLast() }
    while let first = range.first, scalars[first].isHorizontalSpace { range = range.dropFirst() }
    return switch source {
    case .title: String(scalars: scalars[range])
    case .paragraph(let paragraph): paragraph.quote(normalizedRange: range)
    }
  }

  /// The text of a normalised range, for matching.
  func text(_ range: Range<Int>) -> String {
    String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
  }

  /// The scalars of a normalised range, for matching.
  func window(_ range: Range<Int>) -> ScalarText {
    ScalarText(scalars[range.clamped(to: 0..<scalars.count)], isSimple: isSimple)
  }
}
