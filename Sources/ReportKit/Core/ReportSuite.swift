// Every report from one load: the parsed model and the shared analyses computed once, the
// workbooks written side by side. What `corpus reports` and `make reports` run.
import Analysis
import Extraction
import Foundation
import Synchronization

/// The reports in `names`, written as their `report-<name>` notebooks write them (same bytes),
/// from a single load of the seeds.
public struct ReportSuite: Sendable {
  public let options: ReportOptions
  public let names: [String]
  /// Threads for the load, the shared analyses and the workbooks.
  public let workers: Int
  /// The streaming loader, unless a check asks for the in-memory reference.
  public let loader: ModelLoader

  /// `names` listed twice are written once.
  public init(options: ReportOptions, names: [String] = ReportCatalog.names, workers: Int, loader: ModelLoader = .streaming) {
    self.options = options
    var seen: Set<String> = []
    self.names = names.filter { seen.insert($0).inserted }
    self.workers = max(1, workers)
    self.loader = loader
  }

  /// Loads the seeds (a bad input file stops everything, nothing written), computes, then writes
  /// every report, each staged and renamed; returns the summaries in `names` order. A report that
  /// fails leaves the others written and its error is thrown once all have been tried.
  public func run() throws -> [String] {
    let corpus = try Report(name: names.first ?? "corpus", options: options).load(workers: workers, loader: loader)
    let shared = SharedAnalyses(corpus, workers: workers)
    // NB: summaries are printed by the caller, in order, not by threads as they finish.
    let quiet = { var options = options; options.quiet = true; return options }()
    let order = ReportCatalog.biggestFirst(names)
    // NB: a big archive's workbooks take a while after the load: say which are done.
    let progress = ProgressLine(quiet: options.quiet)
    let done = Atomic<Int>(0)
    let written = ParallelMap.map(order.count, workers: workers) { index in
      let name = order[index]
      let result = Result { () throws -> String in
        guard let content = ReportCatalog.content(name, corpus, shared: shared) else { throw ReportError.unknownReport(name) }
        return try Report(name: name, options: quiet).write(content, corpus: corpus)
      }
      let count = done.wrappingAdd(1, ordering: .relaxed).newValue
      progress.show("reports · \(count)/\(order.count) written · \(name).xlsx")
      return result
    }
    progress.finish()
    let byName = Dictionary(uniqueKeysWithValues: zip(order, written))
    return try names.map { try byName[$0]!.get() }
  }
}
