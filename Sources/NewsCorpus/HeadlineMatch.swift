// Whether an article's body is about its headline: shared Han bigrams between them.
import ChineseText

enum HeadlineMatch {
  /// Two adjacent Han scalars packed into one integer.
  /// NB: hashing integers, not two-character Strings, keeps this off the String hashing and
  /// normalisation paths that dominated segmentation time.
  typealias Bigram = UInt64

  /// The Han bigrams of a text.
  static func bigrams(_ text: String) -> Set<Bigram> { bigrams(text.unicodeScalars) }

  /// The Han bigrams of a run of scalars.
  static func bigrams(_ scalars: some Sequence<Unicode.Scalar>) -> Set<Bigram> { Set(bigramList(scalars)) }

  /// The Han bigrams of a run of scalars in text order, repeats included.
  static func bigramList(_ scalars: some Sequence<Unicode.Scalar>) -> [Bigram] {
    var result: [Bigram] = []
    var previous: Unicode.Scalar? = nil
    for scalar in scalars {
      if scalar.isHan, let before = previous {
        result.append(Bigram(before.value) << 32 | Bigram(scalar.value))
      }
      previous = scalar.isHan ? scalar : nil
    }
    return result
  }

  /// Flags an article whose body shares no Han bigram with its headline, kicker or subtitle.
  static func mismatch(_ article: Article) -> QualityFlag? {
    // NB: each title on its own, so no bigram spans two of them.
    let titles = BigramSet([article.kicker, article.headline, article.subtitle].flatMap { bigramList($0?.unicodeScalars ?? "".unicodeScalars) })
    guard !titles.members.isEmpty, !(article.paragraphs.isEmpty && article.captions.isEmpty) else { return nil }
    // NB: a paragraph is scanned until its first title bigram, not collected into a set.
    if article.paragraphs.contains(where: { titles.intersects($0.normalizedScalars) })
      || article.captions.contains(where: { titles.intersects($0.normalizedScalars) })
    {
      return nil
    }
    return QualityFlag(.headlineMismatch, line: article.headlineLine ?? article.lineStart, detail: article.headline ?? "")
  }
}
