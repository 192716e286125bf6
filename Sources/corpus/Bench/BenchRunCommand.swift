// `corpus bench-run`: one corpus size measured in a process of its own, so its peak memory is its own.
import ArgumentParser
import CorpusSynth
import Extraction
import Foundation
import NewsCorpus
import ReportKit

/// Runs the whole pipeline once and prints a ``BenchResult`` as JSON on standard output.
struct BenchRunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-run",
    abstract: "Measure the pipeline on one synthetic corpus (used by `corpus bench`).",
    shouldDisplay: false)

  @Option(help: "Folder of synthetic page dumps.") var corpus: String
  @Option(help: "The planted-facts.jsonl written with them.") var planted: String
  @Option(help: "Folder for the four workbooks and summaries.") var out: String
  @Option(help: "Threads for the load.") var workers = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    var phases: [BenchResult.Phase] = []
    let pipeline = try CorpusPipeline(folder: corpus, workers: workers)
    let bytes = pipeline.files.reduce(0) { $0 + $1.bytes }

    // Load: the three passes of the streaming pipeline; the third reads only the files it redoes.
    // Each phase is recorded as it ends, so its peak memory is its own.
    let (banners, bannerLap) = Stopwatch.time { pipeline.banners() }
    phases.append(.init(name: "1 banners (decode, page tops)", lap: bannerLap, bytes: bytes, articles: 0))
    var (provisional, extractLap) = Stopwatch.time { Optional(pipeline.extract(banners: banners)) }
    phases.append(.init(
      name: "2 extraction (decode, segment, facts, own starts)", lap: extractLap, bytes: bytes,
      articles: provisional!.articleCount))
    let redone = provisional!.filesToRedo.map { pipeline.files[$0] }
    let articlesToRedo = provisional!.articlesToRedo
    // NB: handed over, not kept, so the redo changes the extraction's arrays in place.
    let (model, redoLap) = Stopwatch.time { pipeline.redo(provisional.take()!) }
    phases.append(.init(
      name: "3 redo (\(redone.count) of \(pipeline.files.count) files: years read another file's start)", lap: redoLap,
      bytes: redone.reduce(0) { $0 + $1.bytes }, articles: articlesToRedo))
    let articles = model.articles.count

    // Reports, as `corpus reports` writes them: the analyses several reports share, computed
    // once side by side; then each report's own tables, workbook and summary (staged and
    // renamed), a report per thread, the audit (by far the biggest) first.
    let options = try ReportOptions.parse(["--seeds", corpus, "--out", out, "--quiet"])
    let order = ReportCatalog.biggestFirst(ReportCatalog.names)
    let ((shared, outcomes), reportsLap) = Stopwatch.time {
      let (analyses, sharedLap) = Stopwatch.time { SharedAnalyses(model, workers: workers) }
      let outcomes = ParallelMap.map(order.count, workers: workers) { index in
        Result { () throws -> BenchResult.ReportLaps in
          let name = order[index]
          let (content, aggregate) = Stopwatch.timeOnThread { ReportCatalog.content(name, model, shared: analyses)! }
          let (written, write) = try Stopwatch.timeOnThread { try Report(name: name, options: options).writeMeasured(content, corpus: model) }
          return .init(name: name, aggregate: aggregate, write: write, close: written.closing)
        }
      }
      return (sharedLap, outcomes)
    }
    let reports = try outcomes.map { try $0.get() }
    phases.append(.init(name: "reports (shared analyses, then .xlsx and .md a thread each)", lap: reportsLap, bytes: 0, articles: articles))

    // The pipeline's peak memory, before the floor's own cell arrays are built.
    let pipelinePeak = Stopwatch.peakResidentMegabytes()

    // Floor: the audit's fact cells through the wrapper and through the raw C API, in turn, three
    // times, each loop's fastest lap kept: a busy host only ever adds time, and a single pass of
    // the 1k loops (hundredths of a second) read anywhere from 1.1× to 2.5×.
    let cells = CellFloor(facts: model.facts)
    var (wrapper, raw) = (Stopwatch.Lap.never, Stopwatch.Lap.never)
    for _ in 0..<CellFloor.rounds {
      wrapper = wrapper.faster(try cells.throughWrapper(to: out + "/floor-wrapper.xlsx"))
      raw = raw.faster(try cells.throughCAPI(to: out + "/floor-c.xlsx"))
    }

    // Check: planted facts the pipeline found.
    let recall = PlantedRecall(planted: try PlantedFact.load(from: planted), extracted: model.facts)

    let result = BenchResult(
      articles: articles, files: model.files.count, bytes: bytes, facts: model.facts.count, workers: workers,
      allocator: ProcessAllocator.summary, phases: phases, shared: shared, reports: reports,
      peakResidentMegabytes: pipelinePeak,
      recall: .init(
        found: recall.found, planted: recall.planted, year: recall.agreeing.year, place: recall.agreeing.place,
        breakdown: recall.agreeing.breakdown, period: recall.agreeing.period, programme: recall.agreeing.programme),
      cellsWritten: cells.cellCount,
      wrapperCells: wrapper, rawCells: raw)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
  }
}
