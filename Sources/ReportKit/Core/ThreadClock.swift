// The wall clock and the calling thread's CPU clock, read together: for one step of work that runs
// beside other work (a report's workbook on one of several threads).
import Foundation

/// One reading of the wall clock and of the calling thread's CPU time.
public struct ThreadClock: Sendable {
  /// Seconds on both clocks between two readings.
  public struct Elapsed: Codable, Hashable, Sendable {
    public var wall: Double
    public var cpu: Double

    public init(wall: Double, cpu: Double) {
      (self.wall, self.cpu) = (wall, cpu)
    }
  }

  private let wall: ContinuousClock.Instant
  private let cpu: Double

  /// The clocks now.
  public static func now() -> ThreadClock {
    ThreadClock(wall: ContinuousClock.now, cpu: threadCPUSeconds())
  }

  /// Seconds from this reading to now, on the same thread.
  public func elapsed() -> Elapsed {
    let cpuNow = Self.threadCPUSeconds()
    let span = ContinuousClock.now - wall
    let seconds = Double(span.components.seconds) + Double(span.components.attoseconds) * 1e-18
    return Elapsed(wall: seconds, cpu: cpuNow - cpu)
  }

  /// CPU seconds of the calling thread so far.
  public static func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}
