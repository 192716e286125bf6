// What one benchmark run measured on one corpus size, passed from the child process as JSON.

/// One corpus size's figures: each phase's lap, the sizes, memory and recall.
struct BenchResult: Codable, Hashable {
  struct Phase: Codable, Hashable {
    var name: String
    var lap: Stopwatch.Lap
    /// Bytes and articles the phase went through (0 when it works on the model, not the text).
    var bytes: Int
    var articles: Int
    /// The process's peak resident memory when the phase ended, in MB.
    var peakResidentMegabytes: Double

    /// A phase that has just ended (its peak memory is read now).
    init(name: String, lap: Stopwatch.Lap, bytes: Int, articles: Int) {
      (self.name, self.lap, self.bytes, self.articles) = (name, lap, bytes, articles)
      peakResidentMegabytes = Stopwatch.peakResidentMegabytes()
    }
  }

  var articles: Int
  var files: Int
  var bytes: Int
  var facts: Int
  var workers: Int
  /// The allocator the measured process ran on (`ProcessAllocator.summary`).
  var allocator: String
  var phases: [Phase]
  /// The analyses several reports share, computed once at the start of the reports phase.
  var shared: Stopwatch.Lap
  /// Each report's share of the reports phase, on its own thread.
  var reports: [ReportLaps]
  /// The process's peak resident memory at the end of the pipeline (before the cell floor), in MB.
  var peakResidentMegabytes: Double
  var recall: PlantedRecallFigures
  /// The audit facts sheet's cells written through the Xlsx wrapper and through the raw C API.
  var cellsWritten: Int
  var wrapperCells: Stopwatch.Lap
  var rawCells: Stopwatch.Lap

  /// One report's aggregation and writing, timed on the thread that ran it.
  struct ReportLaps: Codable, Hashable {
    var name: String
    var aggregate: Stopwatch.Lap
    var write: Stopwatch.Lap
    /// The part of `write` inside libxlsxwriter's `workbook_close`: the sheets it kept in memory
    /// written out as XML, then every part deflated into the zip (C code, one thread per workbook).
    var close: Stopwatch.Lap
  }

  struct PlantedRecallFigures: Codable, Hashable {
    var found: Int
    var planted: Int
    /// Of the found facts, those read with the planted year, place, breakdown, period and programme.
    var year: Int
    var place: Int
    var breakdown: Int
    var period: Int
    var programme: Int
  }
}
