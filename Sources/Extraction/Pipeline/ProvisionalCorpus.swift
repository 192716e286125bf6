// Every file extracted once with its own start years: the corpus's start years follow, and with
// them the few files whose results would differ.
import NewsCorpus

/// The extraction pass's output: each file extracted with the start years it states, those start
/// years merged into the corpus's, and the files to extract again because they asked for a start
/// year that the corpus's table answers differently.
public struct ProvisionalCorpus: Sendable {
  /// The banners every file was segmented with.
  public let banners: Set<String>
  /// The earliest start year the corpus states for each programme name (merged in file order).
  public let starts: ProgrammeStarts
  /// The same by programme id, as ``FactExtractor`` asks for them.
  public let programmeIds: [String: Int]
  /// Indices (into the pipeline's files) of the files to extract again with ``starts``.
  public let filesToRedo: [Int]
  /// The articles of those files.
  public var articlesToRedo: Int { articles(in: filesToRedo) }
  /// The articles of every file.
  public var articleCount: Int { articles(in: files.indices) }

  private func articles(in indices: some Sequence<Int>) -> Int {
    indices.reduce(0) { count, index in count + ((try? files[index].get())?.extraction.articles.count ?? 0) }
  }
  /// Each file's provisional extraction, or why it could not be read, in file order.
  let files: [Result<ProvisionalFile, CorpusDiagnostic>]

  init(banners: Set<String>, files: [Result<ProvisionalFile, CorpusDiagnostic>]) {
    var starts = ProgrammeStarts(yearsByName: [:])
    for case .success(let file) in files {
      starts.merge(file.starts)
    }
    let ids = ParsedCorpus.programmeIds(starts)
    self.banners = banners
    self.starts = starts
    self.programmeIds = ids
    self.files = files
    filesToRedo = files.indices.filter { index in
      guard case .success(let file) = files[index] else { return false }
      return !file.holds(names: starts, ids: ids)
    }
  }
}
