// A fixed job timed on one thread alone and on every worker at once: how fast the host is on the
// day, and whether its cores slow each other down, so tables from different days compare.
import Dispatch
import Synchronization

/// The same sort of the same numbers, timed alone and then on `threads` threads at once.
///
/// NB: this shared host's speed moves by the hour: one evening the sort took 0.21 s, later 0.37 s,
/// and the 100k run 27 s, later 44 s, on the same build. Alone, the sort says how fast the host
/// is; on every worker at once, whether its cores slow each other down (a busy sibling core).
struct HostCheck {
  var threads: Int
  /// Seconds for the job on one thread with nothing else running (fastest of `rounds`).
  var alone: Double
  /// Seconds per thread, on average, with `threads` running the job at once (fastest of `rounds`).
  var together: Double

  /// How much slower a thread runs beside the others than alone.
  var slowdown: Double { together / max(alone, 1e-9) }

  /// Numbers sorted by the job: memory and branches, like the pipeline, for about a quarter second.
  static let count = 2_000_000
  static let rounds = 3

  static func measure(threads: Int) -> HostCheck {
    let input = numbers()
    var alone = Double.infinity
    var together = Double.infinity
    for _ in 0..<rounds {
      alone = min(alone, Stopwatch.timeOnThread { job(input) }.1.wall)
      let laps = Mutex([Double](repeating: 0, count: threads))
      DispatchQueue.concurrentPerform(iterations: threads) { thread in
        let lap = Stopwatch.timeOnThread { job(input) }.1.wall
        laps.withLock { $0[thread] = lap }
      }
      together = min(together, laps.withLock { $0.reduce(0, +) } / Double(threads))
    }
    return HostCheck(threads: threads, alone: alone, together: together)
  }

  /// `count` numbers from a fixed xorshift sequence: the same input every run.
  static func numbers() -> [UInt64] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
  }

  /// The job: sort a copy; the median is returned so the work cannot be dropped.
  static func job(_ input: [UInt64]) -> UInt64 {
    input.sorted()[input.count / 2]
  }
}
