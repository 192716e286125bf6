// Which loader reads the seeds: the streaming pipeline, or the in-memory loader it is checked against.
import ArgumentParser
import Extraction
import NewsCorpus

/// The loader behind a report run.
///
/// Reports always stream (`ParsedCorpus.load`). The single-threaded in-memory loader
/// (`ParsedCorpus(Corpus.load)`) holds the whole corpus, about 2 GB for 100,000 articles; it is
/// the reference the streaming one must equal, and `scripts/check-loaders.sh` compares the two
/// runs' workbooks byte for byte on a big corpus, where the unit tests' small ones cannot reach.
public enum ModelLoader: String, Sendable, CaseIterable, ExpressibleByArgument {
  case streaming
  case inMemory = "in-memory"

  /// The parsed model of `seeds`; `progress` is reported by the streaming loader only.
  func load(from seeds: String, workers: Int, progress: @escaping @Sendable (LoadProgress) -> Void) throws
    -> ParsedCorpus
  {
    switch self {
    case .streaming: try ParsedCorpus.load(from: seeds, workers: workers, progress: progress)
    case .inMemory: ParsedCorpus(try Corpus.load(from: seeds))
    }
  }
}
