// Folder of dumps → the parsed model, streamed file by file over every core.
import Foundation
import NewsCorpus

/// The streaming loader behind ``ParsedCorpus/load(from:)``.
///
/// Two facts about a file need the whole corpus: which top-of-page lines are banners (they recur
/// across pages) and when each programme started (one page says `从2015年`, another counts
/// `第十年`). So the files are read in three passes, each spread over `workers` threads:
/// 1. banners — decode and read only the top of each page;
/// 2. programme starts — segment and keep only the start years each file states;
/// 3. extraction — segment with the banners, resolve years with the starts, extract facts.
///
/// Only per-file results stay in memory (banner keys, start years, then records and facts), never
/// the texts; results are merged in file order, so the output is the same on any number of cores.
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
    let banners = banners()
    return extract(banners: banners, starts: programmeStarts(banners: banners))
  }

  /// Pass 1: the banners of the corpus, from the top lines of every decodable file.
  public func banners() -> Set<String> {
    let surveys = forEachFile(.banners) { file, bytes throws(CorpusDiagnostic) in
      (try BannerSurvey(bytes: bytes, file: file.path), articles: 0)
    }
    return BannerSurvey.banners(surveys.compactMap { try? $0.get() })
  }

  /// Pass 2: the earliest start year the corpus states for each programme name.
  public func programmeStarts(banners: Set<String>) -> ProgrammeStarts {
    let perFile = forEachFile(.programmeStarts) { file, bytes throws(CorpusDiagnostic) in
      let document = try StagedFile(bytes: bytes, file: file.path).segment(banners: banners)
      return (ProgrammeStarts.collect(from: [document]), articles: document.articles.count)
    }
    var starts = ProgrammeStarts(yearsByName: [:])
    for case .success(let fileStarts) in perFile {
      starts.merge(fileStarts)
    }
    return starts
  }

  /// Pass 3: every file's records, facts and station mentions, merged in file order.
  public func extract(banners: Set<String>, starts: ProgrammeStarts) -> ParsedCorpus {
    let extractor = FactExtractor(programmeStarts: ParsedCorpus.programmeIds(starts))
    let perFile = forEachFile(.extraction) { file, bytes throws(CorpusDiagnostic) in
      var document = try StagedFile(bytes: bytes, file: file.path).segment(banners: banners)
      YearResolver.resolve(&document, programmeStarts: starts)
      let extraction = FileExtraction(document, bytes: bytes.count, extractor: extractor)
      return (extraction, articles: document.articles.count)
    }
    var corpus = ParsedCorpus(files: [], articles: [], facts: [], stationMentions: [], diagnostics: [])
    for result in perFile {
      switch result {
      case .success(let file):
        corpus.files.append(file.summary)
        corpus.articles += file.articles
        corpus.facts += file.facts
        corpus.stationMentions += file.stationMentions
      case .failure(let diagnostic):
        corpus.diagnostics.append(ParsedCorpus.Diagnostic(diagnostic))
      }
    }
    return corpus
  }

  /// Reads every file and runs `body` on it over `workers` threads, reporting progress; results
  /// come back in file order.
  func forEachFile<FileResult: Sendable>(
    _ pass: LoadProgress.Pass,
    _ body: @Sendable (CorpusFile, [UInt8]) throws(CorpusDiagnostic) -> (FileResult, articles: Int)
  ) -> [Result<FileResult, CorpusDiagnostic>] {
    let tally = ProgressTally(pass: pass, files: files, report: progress)
    return ParallelMap.map(files.count, workers: workers) { index in
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
  }
}
