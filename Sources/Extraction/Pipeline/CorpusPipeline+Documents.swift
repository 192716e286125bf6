// Each file's segmented document and its article records, streamed in file order: what
// `corpus articles` prints, without holding the corpus.
import NewsCorpus

extension CorpusPipeline {
  /// One file read for printing: its document, segmented with the corpus's banners and its years
  /// resolved with the corpus's programme start years.
  public struct ReadFile: Sendable {
    public var document: Document
    let extractor: FactExtractor

    /// The records of its articles, made on each call (a listing of lines needs none).
    public func records() -> [ArticleRecord] { document.articles.map(extractor.record) }
  }

  /// Reads every file into the documents `Corpus.load` gives (and the records of `ParsedCorpus(_:)`),
  /// renders each file with `render` on the worker threads, and folds the renderings (or why a
  /// file could not be read) into `initial` with `combine`, in file order. Only the files in
  /// flight are held, never the corpus.
  ///
  /// Three passes: the banners; the corpus's programme start years, each file's own merged in file
  /// order (a year can resolve from a start stated in any file); then each file segmented again and
  /// its years resolved, for the renderer (which asks for the records if it needs them). Segmenting
  /// twice costs a pass but keeps no text; a single file is segmented once. Progress is reported
  /// to the pipeline's `progress` as the passes of ``LoadProgress/Pass/listing``.
  public func documents<Rendered: Sendable, Accumulator: Sendable>(
    into initial: consuming Accumulator, render: @Sendable (ReadFile) -> Rendered,
    inOrder combine: @Sendable (inout Accumulator, Result<Rendered, CorpusDiagnostic>) -> Void
  ) -> Accumulator {
    let plan = LoadProgress.Pass.listing
    let keys = BannerKeys(banners(reportedAs: plan[0]))
    // NB: a corpus of one file (a year's archive in one dump) states only its own start years,
    // read from the document being printed: no second segmentation.
    let corpusStarts = files.count < 2 ? nil : forEachFile(plan[1], of: files, into: ProgrammeStarts()) {
      file, bytes throws(CorpusDiagnostic) in
      let document = try StagedFile(bytes: bytes, file: file.path).segment(banners: keys)
      return (ProgrammeStarts.collect(from: [document]), articles: document.articles.count)
    } inOrder: { starts, _, result in
      if case .success(let own) = result { starts.merge(own) }
    }
    let corpusExtractor = corpusStarts.map { FactExtractor(programmeStarts: ParsedCorpus.programmeIds($0)) }
    return forEachFile(plan[2], of: files, into: initial) { file, bytes throws(CorpusDiagnostic) in
      var document = try StagedFile(bytes: bytes, file: file.path).segment(banners: keys)
      let starts = corpusStarts ?? ProgrammeStarts.collect(from: [document])
      YearResolver.resolve(&document, programmeStarts: starts)
      let extractor = corpusExtractor ?? FactExtractor(programmeStarts: ParsedCorpus.programmeIds(starts))
      return (render(ReadFile(document: document, extractor: extractor)), articles: document.articles.count)
    } inOrder: { accumulator, _, result in
      combine(&accumulator, result)
    }
  }
}
