// An article's texts as the article-wide matchers read them: body units, title and body joined, places.
import NewsCorpus

/// What `FactExtractor` reads of a whole article before its figures: the text units of its body
/// and captions, its title lines and its body joined by line breaks (as `joined(separator: "\n")`
/// joins their strings, but built once as scalars), and the places they name.
struct ArticleTexts {
  let units: [TextUnit]
  let title: [Unicode.Scalar]
  let body: [Unicode.Scalar]
  let places: ArticlePlaces

  init(_ article: Article, gazetteer: Gazetteer) {
    let titleLines = [article.kicker, article.headline, article.subtitle].compactMap { $0 }.map { Array($0.unicodeScalars) }
    units = (article.paragraphs + article.captions).map(TextUnit.init)
    title = Self.joinedLines(titleLines)
    body = Self.joinedLines(units.map(\.scalars))
    places = gazetteer.articlePlaces(
      title: Self.joinedLines(
        titleLines + [article.byline.unit, article.byline.dateline].map { Array(($0 ?? "").unicodeScalars) }),
      lead: units.first?.scalars ?? [], rest: Self.joinedLines(units.dropFirst().map(\.scalars)))
  }

  /// Texts joined by line breaks, as `joined(separator: "\n")` joins their strings.
  static func joinedLines(_ lines: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
    var joined: [Unicode.Scalar] = []
    joined.reserveCapacity(lines.reduce(lines.count) { $0 + $1.count })
    for (index, line) in lines.enumerated() {
      if index > 0 { joined.append("\n") }
      joined.append(contentsOf: line)
    }
    return joined
  }
}
