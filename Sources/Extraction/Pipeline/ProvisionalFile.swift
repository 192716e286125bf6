// One file extracted before the corpus's programme start years are known, with a record of which
// of them its results depend on.
import NewsCorpus

/// A file extracted with the start years it states itself standing in for the corpus's.
struct ProvisionalFile: Sendable {
  var extraction: FileExtraction
  /// The start years the file states (`从2015年…“暖心伴考”`), to merge into the corpus's.
  var starts: ProgrammeStarts
  /// The programme names whose start the year resolver asked for (anniversaries, `第十年`).
  var namesAsked: StartAnswers
  /// The programme ids whose start the fact extractor asked for (`从…到现在`, running totals).
  var idsAsked: StartAnswers

  /// Segments a file with the corpus's banners, collects its own start years, then resolves years
  /// and extracts with those, recording every look-up.
  init(bytes: [UInt8], file: String, banners: Set<String>, extractor: FactExtractor) throws(CorpusDiagnostic) {
    var document = try StagedFile(bytes: bytes, file: file).segment(banners: banners)
    // NB: collecting reads only quotes and `从2015年` phrases, never the years being resolved.
    starts = ProgrammeStarts.collect(from: [document])
    let names = RecordedStartLookup(starts.years)
    YearResolver.resolve(&document, startYear: names.year(of:))
    // NB: the extractor asks by programme id, so its table is the file's own names turned to ids,
    // just as the corpus's table is made from the corpus's names.
    let ids = RecordedStartLookup(ParsedCorpus.programmeIds(starts))
    extraction = FileExtraction(document, bytes: bytes.count) { extractor.extract($0, programmeStart: ids.year(of:)) }
    (namesAsked, idsAsked) = (names.answers, ids.answers)
  }

  /// Whether the corpus's tables give every answer the file's own gave: then extracting it again
  /// with them would take the same path and give the same results.
  func holds(names: ProgrammeStarts, ids: [String: Int]) -> Bool {
    namesAsked.agree(with: names.years) && idsAsked.agree(with: ids)
  }
}
