// One line of a dump: where its content sits, its Markdown marks, its normalised form.
import ChineseText

/// A source line with its content (white space, `#` marks and `**` marks removed) normalised.
///
/// NB: a class, so that the many copies the segmenter makes (pieces, drafts, lookahead) retain
/// one object instead of each of the line's arrays.
final class SourceLine: Sendable {
  /// 1-based line number.
  let number: Int
  /// Scalar offset of the line's first scalar in the document.
  let start: Int
  /// Scalar offsets of the content in the document (after `#` marks and surrounding spaces).
  let content: Range<Int>
  /// Number of leading `#` marks (0 when none).
  let headingLevel: Int
  /// The content folded for matching; `origin` counts from `content.lowerBound`.
  let normalized: NormalizedText
  /// The original content is letter-spaced (`向 前 一 步`).
  let isLetterSpaced: Bool
  /// A rule drawn across the page (`------------`): blank, but it ends the story above it.
  let isRule: Bool
  /// The shape of the normalised content, read once: page context, banners and the block
  /// reader all ask for it, some of them twice per line.
  let shape: LineShape

  /// Letter-spaced titles are short: at most this many scalars with their spaces.
  static let maxLetterSpacedLength = 80

  var isBlank: Bool { normalized.scalars.isEmpty }

  /// Splits `scalars` into lines (at LF) and analyses each.
  static func split(_ scalars: [Unicode.Scalar]) -> [SourceLine] {
    var lines: [SourceLine] = []
    let folding = ScriptFolding.table(covering: scalars)
    var start = 0
    var number = 1
    for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
      lines.append(SourceLine(scalars, range: start..<index, number: number, folding: folding))
      start = index + 1
      number += 1
    }
    if let last = lines.last, last.isBlank, last.content.isEmpty, scalars.last == "\n" { lines.removeLast() }
    return lines
  }

  init(_ scalars: [Unicode.Scalar], range: Range<Int>, number: Int, folding: ScriptFolding.Table) {
    self.number = number
    self.start = range.lowerBound
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, scalars[lower].isHorizontalSpace { lower += 1 }
    while upper > lower, scalars[upper - 1].isHorizontalSpace { upper -= 1 }
    var level = 0
    while lower < upper, scalars[lower] == "#" {
      level += 1
      lower += 1
    }
    if level > 0, level <= 6, lower == upper || scalars[lower].isHorizontalSpace {
      while lower < upper, scalars[lower].isHorizontalSpace { lower += 1 }
    } else if level > 0 {
      lower -= level  // `#1` is text, not a heading
      level = 0
    }
    self.headingLevel = level
    self.content = lower..<upper
    let normalized = SourceLine.normalize(scalars[lower..<upper], folding: folding)
    self.normalized = normalized
    self.isRule = normalized.scalars.isEmpty && upper > lower && SourceLine.isRule(Array(scalars[lower..<upper]))
    var shape = LineShape(normalized.scalars)
    shape.width = SourceLine.printedWidth(of: normalized, in: scalars, from: lower, folded: shape.width)
    self.shape = shape
    // NB: folding keeps one scalar for one and spaces only as " ": a normalised line as long as its
    // content with no space in it had no space to letter-space with, so most lines skip the scan.
    let hadSpace = shape.hasSpace || normalized.scalars.count != upper - lower
    self.isLetterSpaced =
      hadSpace && upper - lower <= SourceLine.maxLetterSpacedLength && LineShape.isLetterSpaced(scalars[lower..<upper])
  }

  /// The width the normalised scalars take as printed: a full-width digit or letter folded to ASCII
  /// (`４８０～` → `480~`) still fills two columns, so a line of a packed column that holds one is
  /// as wide as its neighbours, not a short line that could be a title. `folded` is the width of the
  /// folded scalars, kept when the content holds no full-width form.
  static func printedWidth(of normalized: NormalizedText, in scalars: [Unicode.Scalar], from lower: Int, folded: Int) -> Int {
    var width = folded
    for (index, scalar) in normalized.scalars.enumerated() where scalar.value < 0x80 {
      let original = scalars[lower + normalized.origin[index]]
      if original.value >= 0xFF01, original.value <= 0xFF5E { width += 1 }
    }
    return width
  }

  /// Scalars a page rule is drawn with, half- or full-width.
  static func drawsRule(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    // NB: only the horizontal box-drawing lines (─━┄┅┈┉═╌╍); a frame's corners (┌──┐) draw a box, not a rule.
    case "-", "=", "~", "_", "*", "—", "·", "•", "－", "＝", "～", "＿", "＊", "─", "━", "┄", "┅", "┈", "┉", "═", "╌", "╍": true
    default: false
    }
  }

  /// A line drawn across the page between stories (`------------`, `——————`, `＝＝＝`): it reads as
  /// a blank line, never as a title or text.
  static func isRule(_ scalars: [Unicode.Scalar]) -> Bool {
    var marks = 0
    for scalar in scalars where !scalar.isHorizontalSpace {
      guard drawsRule(scalar) else { return false }
      marks += 1
    }
    return marks >= 3
  }

  /// Normalises content and drops Markdown emphasis marks (`**`, `__`) and a table row's pipes
  /// (`| 八角街道 | 14 |`) from the folded form.
  static func normalize(_ content: ArraySlice<Unicode.Scalar>, folding: ScriptFolding.Table) -> NormalizedText {
    var folded = TextNormalizer.normalize(content, folding: folding)
    if folded.scalars.first == "|", let cells = PipeTableRow.cells(folded) { folded = cells }
    if isRule(folded.scalars) { return NormalizedText() }
    guard folded.scalars.contains(where: { $0 == "*" || $0 == "_" }) else { return folded }
    var result = NormalizedText()
    result.scalars.reserveCapacity(folded.scalars.count)
    result.origin.reserveCapacity(folded.scalars.count)
    var index = 0
    let scalars = folded.scalars
    while index < scalars.count {
      let s = scalars[index]
      if (s == "*" || s == "_"), index + 1 < scalars.count, scalars[index + 1] == s {
        var end = index
        while end < scalars.count, scalars[end] == s { end += 1 }
        index = end
        continue
      }
      result.scalars.append(s)
      result.origin.append(folded.origin[index])
      index += 1
    }
    // NB: removing `**` can leave a space at either end; trim it.
    while result.scalars.first == " " {
      result.scalars.removeFirst()
      result.origin.removeFirst()
    }
    while result.scalars.last == " " {
      result.scalars.removeLast()
      result.origin.removeLast()
    }
    return result
  }
}
