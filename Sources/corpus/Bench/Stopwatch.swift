// Wall and CPU time of one phase, and the process's peak resident memory.
import Foundation
import ReportKit

/// Times a phase by the wall clock and by the CPU time of every thread of the process.
struct Stopwatch {
  /// Wall and CPU seconds: the same two figures as a report's closing time, so one type serves both.
  typealias Lap = ThreadClock.Elapsed

  /// Runs `body`, returning its result and its lap (CPU of every thread of the process).
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Lap) {
    let start = ThreadClock.now()
    let cpuBefore = cpuSeconds()
    let result = try body()
    var lap = start.elapsed()
    lap.cpu = cpuSeconds() - cpuBefore
    return (result, lap)
  }

  /// Runs `body`, returning its result and its lap on the calling thread (CPU of this thread only),
  /// for work that runs beside other work.
  static func timeOnThread<T>(_ body: () throws -> T) rethrows -> (T, Lap) {
    let start = ThreadClock.now()
    let result = try body()
    return (result, start.elapsed())
  }

  /// User plus system CPU seconds of the whole process so far.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The process's peak resident set so far, in MB: the kernel's high-water mark of this process's
  /// own memory (`VmHWM`), else `ru_maxrss`.
  ///
  /// NB: not `ru_maxrss` first: on Linux a spawned child's starts at its parent's peak (the exec
  /// carries the old address space's high-water mark over), so each size's `bench-run` read the
  /// bench parent's peak too: 77 MB for the 1k corpus once the parent had run its host check,
  /// 36 MB on its own.
  static func peakResidentMegabytes() -> Double {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = line.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Double($0) })
    {
      return kilobytes / 1024
    }
    // NB: Linux reports `ru_maxrss` in KB.
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}

extension Stopwatch.Lap {
  /// A lap slower than any: where a search for the fastest starts.
  static let never = Stopwatch.Lap(wall: .infinity, cpu: .infinity)

  /// The lap of the two with less wall time.
  func faster(_ other: Stopwatch.Lap) -> Stopwatch.Lap { other.wall < wall ? other : self }
}
