// Anniversaries (`第十年`, `连续第9年`) date an article from its programme's start year.

extension YearResolver {
  /// An anniversary mention waiting for its programme's start year.
  struct AnniversaryMention {
    var n: Int
    /// Normalised scalar range of the mention in `text`.
    var range: Range<Int>
    var line: Int
    /// The normalised text the mention stands in, and how to quote a range of it verbatim.
    var text: [Unicode.Scalar]
    var quote: (Range<Int>) -> String
  }

  /// The year of the first anniversary whose programme has a known start: the first name quoted
  /// in the mention's text that `startYear` knows, else the article's main programme.
  static func firstDated(
    _ mentions: [AnniversaryMention], of article: Article, startYear: (String) -> Int?
  ) -> (year: Int, start: Int, evidence: YearEvidence)? {
    guard !mentions.isEmpty else { return nil }
    let main = ProgrammeStarts.mainProgramme(of: article)
    for mention in mentions {
      for name in ProgrammeStarts.quotedNames(in: mention.text) + (main.map { [$0] } ?? []) {
        guard let start = startYear(name) else { continue }
        let wide = quoteAround(mention.text, mention.range, name: name)
        let evidence = YearEvidence(
          .anniversary(programme: name, ordinal: mention.n), quote: mention.quote(wide), line: mention.line)
        return (start + mention.n - 1, start, evidence)
      }
    }
    return nil
  }

  /// The mention widened to include the programme name when it is quoted right after it.
  static func quoteAround(_ text: [Unicode.Scalar], _ range: Range<Int>, name: String) -> Range<Int> {
    let limit = min(text.count, range.upperBound + name.unicodeScalars.count + 6)
    return range.lowerBound..<clauseEnd(text, from: range.upperBound, limit: limit)
  }
}
