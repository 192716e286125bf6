// The running count behind ``LoadProgress``, shared by a pass's worker threads.
import NewsCorpus
import Synchronization

/// Counts finished files, bytes and articles of one pass and reports each new total.
final class ProgressTally: Sendable {
  private let state: Mutex<LoadProgress>
  private let report: (@Sendable (LoadProgress) -> Void)?

  init(pass: LoadProgress.Pass, files: [CorpusFile], report: (@Sendable (LoadProgress) -> Void)?) {
    state = Mutex(LoadProgress(
      pass: pass, filesDone: 0, filesTotal: files.count, bytesDone: 0,
      bytesTotal: files.reduce(0) { $0 + $1.bytes }, articles: 0))
    self.report = report
  }

  func fileDone(bytes: Int, articles: Int) {
    guard let report else { return }
    let snapshot = state.withLock { progress in
      progress.filesDone += 1
      progress.bytesDone += bytes
      progress.articles += articles
      return progress
    }
    report(snapshot)
  }
}
