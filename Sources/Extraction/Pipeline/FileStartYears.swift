// What one file says about programme start years and what its provisional results read of them.
import NewsCorpus

/// The start years a file states, and the look-ups its extraction made with those standing in for
/// the corpus's: all that is kept of it, besides its results, until the corpus's are known.
struct FileStartYears: Sendable {
  /// The start years the file states (`从2015年…“暖心伴考”`), to merge into the corpus's.
  var starts: ProgrammeStarts
  /// The programme names whose start the year resolver asked for (anniversaries, `第十年`).
  var namesAsked: StartAnswers
  /// The programme ids whose start the fact extractor asked for (`从…到现在`, running totals).
  var idsAsked: StartAnswers

  /// Whether the corpus's tables give every answer the file's own gave: then extracting it again
  /// with them would take the same path and give the same results.
  func holds(names: ProgrammeStarts, ids: [String: Int]) -> Bool {
    namesAsked.agree(with: names.years) && idsAsked.agree(with: ids)
  }
}
