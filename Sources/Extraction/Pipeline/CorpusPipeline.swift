// Folder of dumps → the parsed model, streamed file by file over every core.
import Foundation
import NewsCorpus

/// The streaming loader behind ``ParsedCorpus/load(from:)``.
///
/// Two facts about a file need the whole corpus: which top-of-page lines are banners (they recur
/// across pages) and when each programme started (one page says `从2015年`, another counts
/// `第十年`). So the files are read in passes, each spread over `workers` threads:
/// 1. banners — decode and read only the top of each page;
/// 2. extraction — segment with the banners, collect the start years the file states, resolve
///    years and extract facts with those standing in for the corpus's, recording every start year
///    looked up (by name in ``YearResolver``, by programme id in ``FactExtractor``) with its answer;
///    each file's results are appended to the model as soon as every file before it is done;
/// 3. redo — merge the files' start years in file order, then extract again, with the corpus's
///    table, only the files whose recorded look-ups it answers differently, and put their results
///    in place of the provisional ones.
///
/// Why this equals extracting every file with the corpus's table (what a separate pass of start
/// years used to give): a file's results are a deterministic function of its bytes, the banners
/// and the table, and they read the table only through those look-ups. If the corpus's table
/// gives every recorded answer (a missing year included), a run with it asks the same keys in the
/// same order (by induction on the look-ups), takes the same path and gives the same results;
/// otherwise the file is redone with it. So any stand-in table would be correct. The file's own is
/// chosen because the corpus's agrees with it on every name the file states, unless another file
/// states an earlier year; and look-ups are made only where the answer can matter (an anniversary
/// in an article with no stated year, `从…到现在`, a running total with no start year), so only
/// files that count from a start stated elsewhere are redone: few.
///
/// Only results stay in memory (banner keys, then the model and each file's start years), never
/// the texts, and a file's records, facts and mentions are held once: merged as the pass goes, not
/// all kept per file and then copied. Results are merged in file order and the redo decision
/// depends only on the file and the merged table, so the output is the same on any number of cores.
public struct CorpusPipeline: Sendable {
  public let files: [CorpusFile]
  /// Threads per pass; 1 runs everything on the calling thread.
  public var workers: Int
  /// Called after every file, from whichever thread finished it.
  public var progress: (@Sendable (LoadProgress) -> Void)?

  public init(
    files: [CorpusFile], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) {
    self.files = files
    self.workers = max(1, workers)
    self.progress = progress
  }

  /// The pipeline over every regular file of `folder` (sorted by name, hidden files skipped).
  public init(
    folder: String, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (LoadProgress) -> Void)? = nil
  ) throws {
    self.init(files: try CorpusFile.list(in: folder), workers: workers, progress: progress)
  }

  /// All three passes.
  public func run() -> ParsedCorpus {
    redo(extract(banners: banners()))
  }

  /// Pass 1: the banners of the corpus, from the top lines of every decodable file (reported as
  /// `pass`: the first of whichever plan runs).
  public func banners(reportedAs pass: LoadProgress.Pass = .banners) -> Set<String> {
    let surveys = forEachFile(pass, of: files) { file, bytes throws(CorpusDiagnostic) in
      (try BannerSurvey(bytes: bytes, file: file.path), articles: 0)
    }
    return BannerSurvey.banners(surveys.compactMap { try? $0.get() })
  }

  /// Pass 2: every file extracted with its own programme start years, merged in file order as it
  /// finishes, and the corpus's start years.
  public func extract(banners: Set<String>) -> ProvisionalCorpus {
    // NB: the extractor's own table stays empty: each file asks its own through a recorded look-up.
    let extractor = FactExtractor()
    let keys = BannerKeys(banners)
    let total = files.reduce(0) { $0 + $1.bytes }
    let extracted = forEachFile(.extraction, of: files, into: ProvisionalCorpus.Extracted(bytes: total)) {
      file, bytes throws(CorpusDiagnostic) in
      let provisional = try ProvisionalFile(bytes: bytes, file: file.path, banners: keys, extractor: extractor)
      return (provisional, articles: provisional.extraction.articles.count)
    } inOrder: { extracted, index, result in
      extracted.append(result, bytes: files[index].bytes)
    }
    return ProvisionalCorpus(banners: keys, files: extracted)
  }

  /// Pass 3: the files whose start years the corpus answers differently, extracted again with the
  /// corpus's and put in place of their provisional results, which become the model.
  /// `provisional` comes from this pipeline's ``extract(banners:)``: it names files by index. Pass it
  /// on rather than keeping a copy: the model's arrays are then changed in place, not copied.
  public func redo(_ provisional: consuming ProvisionalCorpus) -> ParsedCorpus {
    let extractor = FactExtractor(programmeStarts: provisional.programmeIds)
    let (banners, starts, redoing) = (provisional.banners, provisional.starts, provisional.filesToRedo)
    // NB: moved out and on, never copied, so that its arrays are uniquely referenced and changed
    // in place.
    var merged = MergedFiles()
    swap(&merged, &provisional.merged)
    let redone = forEachFile(.redo, of: redoing.map { files[$0] }, into: consume merged) {
      file, bytes throws(CorpusDiagnostic) in
      let extraction = try FileExtraction(
        bytes: bytes, file: file.path, banners: banners, starts: starts, extractor: extractor)
      return (extraction, articles: extraction.articles.count)
    } inOrder: { merged, index, result in
      merged.replace(file: redoing[index], with: result)
    }
    return (consume redone).model()
  }

  /// Reads each of `files` and runs `body` on it over `workers` threads, reporting progress;
  /// results come back in the order of `files`.
  func forEachFile<FileResult: Sendable>(
    _ pass: LoadProgress.Pass, of files: [CorpusFile],
    _ body: @Sendable (CorpusFile, [UInt8]) throws(CorpusDiagnostic) -> (FileResult, articles: Int)
  ) -> [Result<FileResult, CorpusDiagnostic>] {
    var results: [Result<FileResult, CorpusDiagnostic>] = []
    results.reserveCapacity(files.count)
    return forEachFile(pass, of: files, into: consume results, body) { results, _, result in
      results.append(result)
    }
  }

  /// The same, folding each file's result into `initial` with `combine` in the order of `files`
  /// as soon as it and every file before it are done, so results are not all held until the end.
  func forEachFile<FileResult: Sendable, Accumulator: Sendable>(
    _ pass: LoadProgress.Pass, of files: [CorpusFile], into initial: consuming Accumulator,
    _ body: @Sendable (CorpusFile, [UInt8]) throws(CorpusDiagnostic) -> (FileResult, articles: Int),
    inOrder combine: @Sendable (inout Accumulator, Int, Result<FileResult, CorpusDiagnostic>) -> Void
  ) -> Accumulator {
    let tally = ProgressTally(pass: pass, files: files, report: progress)
    let read: @Sendable (Int) -> Result<FileResult, CorpusDiagnostic> = { index in
      let file = files[index]
      let result: Result<FileResult, CorpusDiagnostic>
      var articles = 0
      do throws(CorpusDiagnostic) {
        let output = try body(file, try file.read())
        articles = output.articles
        result = .success(output.0)
      } catch {
        result = .failure(error)
      }
      tally.fileDone(bytes: file.bytes, articles: articles)
      return result
    }
    return ParallelMap.reduce(files.count, workers: workers, into: consume initial, read, inOrder: combine)
  }
}
