// Whether an article's body is about its headline: shared Han bigrams between them.
import ChineseText

enum HeadlineMatch {
  /// The Han bigrams of a text.
  static func bigrams(_ text: String) -> Set<String> {
    var result: Set<String> = []
    var previous: Unicode.Scalar? = nil
    for scalar in text.unicodeScalars {
      if scalar.isHan, let before = previous {
        var pair = String.UnicodeScalarView()
        pair.append(before)
        pair.append(scalar)
        result.insert(String(pair))
      }
      previous = scalar.isHan ? scalar : nil
    }
    return result
  }

  /// Flags an article whose body shares no Han bigram with its headline, kicker or subtitle.
  static func mismatch(_ article: Article) -> QualityFlag? {
    let titles = [article.kicker, article.headline, article.subtitle].compactMap { $0 }.joined(separator: " ")
    let titleBigrams = bigrams(titles)
    let body = article.paragraphs + article.captions
    guard !titleBigrams.isEmpty, !body.isEmpty else { return nil }
    let bodyText = body.map(\.normalized).joined()
    if titleBigrams.contains(where: { bodyText.contains($0) }) { return nil }
    return QualityFlag(.headlineMismatch, line: article.headlineLine ?? article.lineStart, detail: article.headline ?? "")
  }
}
