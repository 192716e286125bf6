// The date a page prints about itself: the surest year of everything on it.

/// A page's masthead or dateline with its year (`北京日报 2019年7月2日 第5版`).
///
/// It dates the page: articles that state no year of their own take it (see `YearResolver`).
/// Only a masthead above the page's first text, or one with more than a date (a paper's name,
/// a weekday, an edition), counts: a bare date under a story is that story's.
public struct PrintedDate: Hashable, Sendable {
  public var year: Int
  /// The masthead as printed.
  public var quote: String
  public var line: Int

  public init(year: Int, quote: String, line: Int) {
    self.year = year
    self.quote = quote
    self.line = line
  }

  /// The first masthead of a page's blocks that dates it, quoted from the file's scalars.
  static func find(in blocks: [Block], scalars: [Unicode.Scalar]) -> PrintedDate? {
    var belowText = false
    for (index, block) in blocks.enumerated() {
      switch block {
      case .label(let line):
        if let printed = Masthead.printedYear(line.normalized.scalars, atPageTop: index == 0), !belowText || printed.parts >= 2 {
          return PrintedDate(year: printed.year, quote: String(String.UnicodeScalarView(scalars[line.content])), line: line.number)
        }
        // NB: a web page's header (`发布时间：2023-06-06`) dates its article as a masthead does.
        if !belowText, let year = PageFurniture.webPublishedYear(line.normalized.scalars) {
          return PrintedDate(year: year, quote: String(String.UnicodeScalarView(scalars[line.content])), line: line.number)
        }
      case .paragraph: belowText = true
      default: break
      }
    }
    return nil
  }
}
