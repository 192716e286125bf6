// Every file extracted once with its own start years: the corpus's start years follow, and with
// them the few files whose results would differ.
import NewsCorpus

/// The extraction pass's output: each file extracted with the start years it states, merged in
/// file order into one model; those start years merged into the corpus's; and the files to extract
/// again because they asked for a start year that the corpus's table answers differently.
public struct ProvisionalCorpus: Sendable {
  /// The banners every file was segmented with, keyed once for the corpus.
  public let banners: BannerKeys
  /// The earliest start year the corpus states for each programme name (merged in file order).
  public let starts: ProgrammeStarts
  /// The same by programme id, as ``FactExtractor`` asks for them.
  public let programmeIds: [String: Int]
  /// Indices (into the pipeline's files) of the files to extract again with ``starts``.
  public let filesToRedo: [Int]
  /// The articles of those files.
  public let articlesToRedo: Int
  /// The articles of every file.
  public var articleCount: Int { merged.corpus.articles.count }
  /// Every file's provisional results (or why it could not be read), merged in file order.
  var merged: MergedFiles

  init(banners: BannerKeys, files: Extracted) {
    var starts = ProgrammeStarts(yearsByName: [:])
    for case let file? in files.startYears {
      starts.merge(file.starts)
    }
    let ids = ParsedCorpus.programmeIds(starts)
    self.banners = banners
    self.starts = starts
    self.programmeIds = ids
    filesToRedo = files.startYears.indices.filter { index in
      files.startYears[index].map { !$0.holds(names: starts, ids: ids) } ?? false
    }
    articlesToRedo = filesToRedo.reduce(0) { $0 + files.merged.spans[$1].articles.count }
    merged = files.merged
  }

  /// What the extraction pass keeps of the files as they finish, in file order: their results,
  /// merged, and their start years.
  struct Extracted: Sendable {
    var merged: MergedFiles
    /// Each file's start years, nil for a file that could not be read.
    var startYears: [FileStartYears?] = []

    /// Nothing yet, of files of `bytes` bytes in all.
    init(bytes: Int) {
      merged = MergedFiles(bytes: bytes)
    }

    mutating func append(_ file: Result<ProvisionalFile, CorpusDiagnostic>, bytes: Int) {
      merged.append(file.map(\.extraction), bytes: bytes)
      startYears.append(try? file.get().startYears)
    }
  }
}
