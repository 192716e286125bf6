// One file extracted before the corpus's programme start years are known, with a record of which
// of them its results depend on.
import NewsCorpus

/// A file extracted with the start years it states itself standing in for the corpus's.
struct ProvisionalFile: Sendable {
  var extraction: FileExtraction
  /// The start years it states and the ones its results read.
  var startYears: FileStartYears

  /// Segments a file with the corpus's banners, collects its own start years, then resolves years
  /// and extracts with those, recording every look-up.
  init(bytes: [UInt8], file: String, banners: BannerKeys, extractor: FactExtractor) throws(CorpusDiagnostic) {
    var document = try StagedFile(bytes: bytes, file: file).segment(banners: banners)
    // NB: collecting reads only quotes and `从2015年` phrases, never the years being resolved.
    let starts = ProgrammeStarts.collect(from: [document])
    let names = RecordedStartLookup(starts.years)
    YearResolver.resolve(&document, startYear: names.year(of:))
    // NB: the extractor asks by programme id, so its table is the file's own names turned to ids,
    // just as the corpus's table is made from the corpus's names.
    let ids = RecordedStartLookup(ParsedCorpus.programmeIds(starts))
    extraction = FileExtraction(document, bytes: bytes.count) {
      extractor.extract($0, file: $1, programmeStart: ids.year(of:))
    }
    startYears = FileStartYears(starts: starts, namesAsked: names.answers, idsAsked: ids.answers)
  }
}
