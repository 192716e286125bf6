// Files' results appended to one model as they finish, in file order, so no file's are held twice;
// a file extracted again later is put back in its own place.
import NewsCorpus

/// Files' summaries, records, facts, station mentions and diagnostics appended in file order, with
/// where each file's lie in the model.
struct MergedFiles: Sendable {
  private(set) var corpus = ParsedCorpus(files: [], articles: [], facts: [], stationMentions: [], diagnostics: [])
  /// Each file's place in ``corpus``, in the order the files were appended.
  private(set) var spans: [Span] = []
  /// How much room the arrays get when they run out.
  private var growth: ProjectedGrowth
  /// The records' and facts' recurring values, so that each is stored once.
  private var shared = SharedValues()
  /// Redone files whose results differ in number from their first ones, with those results: put in
  /// place by ``model()``, which moves everything after them.
  private var resized: [(file: Int, part: ParsedCorpus)] = []

  /// An empty model, into which files of `bytes` bytes in all will be merged.
  init(bytes: Int = 0) {
    growth = ProjectedGrowth(bytesTotal: bytes)
  }

  /// Where one file's results lie in each array of the model.
  struct Span: Hashable, Sendable {
    var files: Range<Int>
    var articles: Range<Int>
    var facts: Range<Int>
    var stationMentions: Range<Int>
    var diagnostics: Range<Int>
  }

  /// Appends the next file's results (of a file of `bytes` bytes), or why it could not be read.
  mutating func append(_ file: Result<FileExtraction, CorpusDiagnostic>, bytes: Int = 0) {
    let part = part(file)
    growth.bytesMerged += bytes
    spans.append(Span(
      files: Self.append(part.files, to: &corpus.files, growth),
      articles: Self.append(part.articles, to: &corpus.articles, growth),
      facts: Self.append(part.facts, to: &corpus.facts, growth),
      stationMentions: Self.append(part.stationMentions, to: &corpus.stationMentions, growth),
      diagnostics: Self.append(part.diagnostics, to: &corpus.diagnostics, growth)))
  }

  /// Appends `part` to `array`, making room as `growth` says; returns where it went.
  ///
  /// NB: static, so that no copy of `self` holds a second reference to the array being appended to.
  private static func append<Element>(
    _ part: [Element], to array: inout [Element], _ growth: ProjectedGrowth
  ) -> Range<Int> {
    if array.count + part.count > array.capacity {
      array.reserveCapacity(growth.capacity(for: array.count + part.count, current: array.capacity))
    }
    array += part
    return array.endIndex - part.count..<array.endIndex
  }

  /// Puts a redone file's results (or why it could not be read again) in place of its first ones:
  /// at once when each array gets as many as it had, else when the model is taken.
  mutating func replace(file: Int, with result: Result<FileExtraction, CorpusDiagnostic>) {
    let part = part(result)
    let span = spans[file]
    // NB: the usual case (other start years change years, not what is found): in place.
    guard span.files.count == part.files.count, span.articles.count == part.articles.count,
      span.facts.count == part.facts.count, span.stationMentions.count == part.stationMentions.count,
      span.diagnostics.count == part.diagnostics.count
    else {
      resized.append((file, part))
      return
    }
    corpus.files.replaceSubrange(span.files, with: part.files)
    corpus.articles.replaceSubrange(span.articles, with: part.articles)
    corpus.facts.replaceSubrange(span.facts, with: part.facts)
    corpus.stationMentions.replaceSubrange(span.stationMentions, with: part.stationMentions)
    corpus.diagnostics.replaceSubrange(span.diagnostics, with: part.diagnostics)
  }

  /// The model, with the redone files whose results changed in number put in place too.
  consuming func model() -> ParsedCorpus {
    // NB: taken out of `self`, so the arrays are changed in place rather than copied.
    var corpus = ParsedCorpus(files: [], articles: [], facts: [], stationMentions: [], diagnostics: [])
    swap(&corpus, &self.corpus)
    let resized = resized.sorted { $0.file < $1.file }
    let old = resized.map { spans[$0.file] }
    let new = resized.map(\.part)
    Self.splice(&corpus.files, old.map(\.files), new.map(\.files))
    Self.splice(&corpus.articles, old.map(\.articles), new.map(\.articles))
    Self.splice(&corpus.facts, old.map(\.facts), new.map(\.facts))
    Self.splice(&corpus.stationMentions, old.map(\.stationMentions), new.map(\.stationMentions))
    Self.splice(&corpus.diagnostics, old.map(\.diagnostics), new.map(\.diagnostics))
    return corpus
  }

  /// `array` with each of `spans` (ascending, disjoint) replaced by the part at the same position.
  static func splice<Element>(_ array: inout [Element], _ spans: [Range<Int>], _ parts: [[Element]]) {
    if zip(spans, parts).allSatisfy({ $0.count == $1.count }) {
      for (span, part) in zip(spans, parts) {
        array.replaceSubrange(span, with: part)
      }
      return
    }
    var spliced: [Element] = []
    spliced.reserveCapacity(zip(spans, parts).reduce(array.count) { $0 + $1.1.count - $1.0.count })
    var kept = 0
    for (span, part) in zip(spans, parts) {
      spliced += array[kept..<span.lowerBound]
      spliced += part
      kept = span.upperBound
    }
    spliced += array[kept...]
    array = spliced
  }

  /// One file's contribution to the model: its summary, records and facts (sharing their recurring
  /// values) and mentions, or its diagnostic.
  private mutating func part(_ file: Result<FileExtraction, CorpusDiagnostic>) -> ParsedCorpus {
    switch file {
    case .success(let file):
      ParsedCorpus(
        files: [file.summary], articles: file.articles.map { shared.sharing($0) },
        facts: file.facts.map { shared.sharing($0) }, stationMentions: file.stationMentions, diagnostics: [])
    case .failure(let diagnostic):
      ParsedCorpus(files: [], articles: [], facts: [], stationMentions: [], diagnostics: [.init(diagnostic)])
    }
  }
}
