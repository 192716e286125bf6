// Programme start years stated anywhere in the corpus (`从2015年…“暖心伴考”`).
import ChineseText

/// Start years of programmes named in quotes, collected in a cheap pass over parsed documents.
public struct ProgrammeStarts: Sendable {
  /// Programme name (the quoted text) → the earliest start year stated for it.
  public var years: [String: Int] = [:]

  /// Quoted names of programmes are short: 2 to 10 scalars.
  static let nameLengths = 2...10

  /// Collects, from every article, the start years (`从2015年`, `自2015年`, `2015年以来`) stated in
  /// a sentence, for the names quoted in that sentence and for the article's main programme.
  public static func collect(from documents: [Document]) -> ProgrammeStarts {
    var starts = ProgrammeStarts()
    for article in documents.lazy.flatMap(\.articles) {
      // The main programme is found only for articles that state a start year: most do not.
      var main: String?? = nil
      for paragraph in article.paragraphs where paragraph.normalizedScalars.contains("年") {
        let text = paragraph.normalizedScalars
        // NB: a start year is written `…年`; a sentence without 年 is skipped without a copy.
        for sentence in TextPieces.sentenceRanges(text) where text[sentence].contains("年") {
          let scalars = Array(text[sentence])
          let startYears = YearScan.mentions(in: scalars).compactMap { mention -> Int? in
            guard case .explicit(let year, true) = mention.kind, !startsLocally(scalars, yearAt: mention.range.lowerBound)
            else { return nil }
            return year
          }
          guard let year = startYears.min() else { continue }
          if main == nil { main = .some(mainProgramme(of: article)) }
          // NB: a place that joined a programme (`怀柔区自2016年起参与“暖心伴考”`) dates its own start.
          guard !joinsAProgramme(scalars) else { continue }
          for name in quotedNames(in: scalars) + (main!.map { [$0] } ?? []) {
            starts.years[name] = min(starts.years[name] ?? year, year)
          }
        }
      }
    }
    return starts
  }

  /// Verbs of joining something that already runs.
  static let joiningVerbs = ["参与", "参加", "加入", "融入"].map { Array($0.unicodeScalars) }

  /// Whether the sentence joins a quoted programme (`…起参与“暖心伴考”`): its start year is the
  /// joiner's, not the programme's.
  static func joinsAProgramme(_ sentence: [Unicode.Scalar]) -> Bool {
    for (index, scalar) in sentence.enumerated() where scalar == "“" || scalar == "「" {
      if joiningVerbs.contains(where: { sentence[..<index].endsWithWord($0) }) { return true }
    }
    return false
  }

  /// Words of a local unit: one that states its start (`我区自2017年开展…`, `朝阳区从2016年起…`,
  /// `该街道自2018年…`) dates its own share of a programme, not the programme.
  static let localUnits = ["区", "街道", "乡", "镇"].map { Array($0.unicodeScalars) }

  /// Whether the clause before the start year at `yearAt` names a local unit as its subject.
  static func startsLocally(_ sentence: [Unicode.Scalar], yearAt index: Int) -> Bool {
    let subject = sentence[..<index].afterLast { Punctuation.splitsClause($0) || Punctuation.endsSentence($0) }
    return localUnits.contains(where: subject.containsWord)
  }

  /// The quoted name an article mentions most (its headline counts too), if any.
  static func mainProgramme(of article: Article) -> String? {
    var counts: [String: Int] = [:]
    let titles = [article.headline, article.subtitle, article.kicker].compactMap { $0?.scalarArray }
    for text in titles + article.paragraphs.map(\.normalizedScalars) {
      for name in quotedNames(in: text) { counts[name, default: 0] += 1 }
    }
    return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// Texts inside `“…”`, `‘…’`, `「…」` or `『…』` that are short enough to be names.
  static func quotedNames(in text: [Unicode.Scalar]) -> [String] {
    var names: [String] = []
    var opens: [(scalar: Unicode.Scalar, index: Int)] = []
    for (index, scalar) in text.enumerated() {
      if scalar == "“" || scalar == "‘" || scalar == "「" || scalar == "『" {
        opens.append((scalar, index))
      } else if scalar == "”" || scalar == "’" || scalar == "」" || scalar == "』", let open = opens.popLast() {
        let inner = text[(open.index + 1)..<index]
        if nameLengths.contains(inner.count), !inner.contains(where: { Punctuation.endsSentence($0) || $0 == "," }) {
          names.append(String(scalars: inner))
        }
      }
    }
    return names
  }
}
