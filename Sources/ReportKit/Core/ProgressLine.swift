// A one-line progress report on standard error while a long load runs in a terminal.
import Extraction
import Foundation
import Synchronization

/// Draws `extraction 2/3 · 120/496 files · 2,400 articles · 3.5/14.5 MB · 5.1 MB/s · about 3 s left`
/// on standard error, redrawn in place.
///
/// It stays silent when standard error is not a terminal (logs, pipes, CI), when the run is
/// `--quiet`, and for the first ``delay`` of a run, so short runs print nothing.
public final class ProgressLine: Sendable {
  /// Runs shorter than this never draw.
  public static let delay: Duration = .seconds(2)
  /// At most one redraw per interval.
  static let interval: Duration = .milliseconds(200)

  private let write: (@Sendable (String) -> Void)?
  private let delay: Duration
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let state = Mutex<DrawState>(DrawState())

  private struct DrawState {
    var lastDraw: ContinuousClock.Instant?
    var width = 0
    /// The pass being drawn and when its first file finished, for its own rate.
    var pass: LoadProgress.Pass?
    var passStart: ContinuousClock.Instant?
  }

  /// A line on standard error, or a silent one when `quiet` or standard error is not a terminal.
  public convenience init(quiet: Bool) {
    let toTerminal: @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    self.init(write: !quiet && isatty(STDERR_FILENO) == 1 ? toTerminal : nil)
  }

  /// A line drawn through `write` (nil: silent) once `delay` has passed.
  init(write: (@Sendable (String) -> Void)?, delay: Duration = ProgressLine.delay) {
    self.write = write
    self.delay = delay
    start = clock.now
  }

  /// Redraws the line for `progress`, unless it is too early or too soon after the last redraw.
  @Sendable public func update(_ progress: LoadProgress) {
    guard let write else { return }
    let now = clock.now
    let elapsed = now - start
    let text: String? = state.withLock { state in
      // NB: a pass is timed from its first file even before the line draws, or a pass that
      // began before the delay would show a rate of all its bytes over part of its time.
      if state.pass != progress.pass { (state.pass, state.passStart) = (progress.pass, now) }
      guard elapsed >= delay else { return nil }
      if let last = state.lastDraw, now - last < Self.interval, progress.filesDone < progress.filesTotal { return nil }
      state.lastDraw = now
      return Self.drawing(Self.render(progress, elapsed: elapsed, inPass: now - (state.passStart ?? start)), over: &state)
    }
    if let text { write(text) }
  }

  /// Draws `text` in place of the line (once the delay has passed, like ``update(_:)``): what a
  /// run is doing after the load, e.g. `reports · 2/4 written · activity-types.xlsx`.
  @Sendable public func show(_ text: String) {
    guard let write, clock.now - start >= delay else { return }
    write(state.withLock { Self.drawing(text, over: &$0) })
  }

  /// `line` drawn in place of the one on screen, whose width `state` keeps.
  /// NB: pad over the previous line's tail, since `\r` only moves the cursor.
  private static func drawing(_ line: String, over state: inout DrawState) -> String {
    let padding = String(repeating: " ", count: max(0, state.width - line.count))
    state.width = line.count
    return "\r" + line + padding
  }

  /// Whether this line ever draws.
  var isSilent: Bool { write == nil }

  /// Clears the line, if one was drawn, so the summary starts on a clean line.
  public func finish() {
    guard let write else { return }
    let width = state.withLock { state in
      defer { state = DrawState() }
      return state.width
    }
    if width > 0 { write("\r" + String(repeating: " ", count: width) + "\r") }
  }

  /// The line's text for a snapshot taken `elapsed` into the run and `inPass` into its pass.
  static func render(_ p: LoadProgress, elapsed: Duration, inPass: Duration) -> String {
    let seconds = Self.seconds(elapsed)
    var parts = [
      "\(p.pass.name) \(p.pass.number)/\(p.pass.count)",
      "\(grouped(p.filesDone))/\(grouped(p.filesTotal)) files",
    ]
    if p.pass.findsArticles { parts.append("\(grouped(p.articles)) articles") }
    parts.append(String(format: "%.1f/%.1f MB", megabytes(p.bytesDone), megabytes(p.bytesTotal)))
    let done = p.fractionDone
    if Self.seconds(inPass) > 0 { parts.append(String(format: "%.1f MB/s", megabytes(p.bytesDone) / Self.seconds(inPass))) }
    if seconds > 0, done > 0 {
      parts.append("about \(Int((seconds * (1 - done) / done).rounded(.up))) s left")
    }
    return parts.joined(separator: " · ")
  }

  static func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  static func grouped(_ count: Int) -> String { Phrases.number(Double(count)) }
}
