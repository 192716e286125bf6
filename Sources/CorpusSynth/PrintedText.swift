// A passage printed in a page's typography, with where each planted figure landed and its clause.

/// The scalars of one printed passage and the figures in it.
struct PrintedText {
  /// A planted figure's place in `scalars` and the clause around it.
  struct Placement {
    var start: Int
    var end: Int
    var figure: Figure
    /// The clause that holds the figure, verbatim (no line breaks: the dump's lines join without gaps).
    var quote: String
  }

  var scalars: [Unicode.Scalar]
  var placements: [Placement]

  var text: String { String(String.UnicodeScalarView(scalars)) }
}

extension Passage {
  /// Prints the words in the page's punctuation and digit widths; figures keep their surface.
  func printed(_ type: Typography, _ rng: inout SplitMix64) -> PrintedText {
    var scalars: [Unicode.Scalar] = []
    var spans: [(start: Int, end: Int, figure: Figure)] = []
    var walls: [Int] = []  // offsets no quote may cross (the end of a byline run-in)
    for piece in pieces {
      switch piece {
      case .words(let text):
        var printed = type.punctuate(text)
        if rng.chance(type.fullWidthDigits) { printed = Typography.fullWidth(printed) }
        scalars += printed.unicodeScalars
      case .byline(let text):
        scalars += type.punctuate(text).unicodeScalars
        walls.append(scalars.count)
      case .figure(let figure):
        let start = scalars.count
        scalars += figure.amount.surface.unicodeScalars
        spans.append((start, scalars.count, figure))
      }
    }
    let placements = spans.map { span in
      PrintedText.Placement(
        start: span.start, end: span.end, figure: span.figure,
        quote: Self.clause(in: scalars, around: span.start..<span.end, walls: walls))
    }
    return PrintedText(scalars: scalars, placements: placements)
  }

  /// The clause around `range`: out to the nearest clause break (，。；！？： or their half-width forms).
  static func clause(in scalars: [Unicode.Scalar], around range: Range<Int>, walls: [Int]) -> String {
    func isBreak(_ index: Int) -> Bool {
      switch scalars[index] {
      case "，", "。", "；", "！", "？", "：", ";", "!", "?", ":": return true
      // NB: a half-width comma between digits groups thousands (`1,200`); elsewhere it is a break.
      case ",":
        let digitBefore = index > 0 && ("0"..."9").contains(scalars[index - 1])
        let digitAfter = index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
        return !(digitBefore && digitAfter)
      default: return false
      }
    }
    var start = range.lowerBound
    let wall = walls.last { $0 <= range.lowerBound } ?? 0
    while start > wall, !isBreak(start - 1) { start -= 1 }
    var end = range.upperBound
    while end < scalars.count, !isBreak(end) { end += 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
