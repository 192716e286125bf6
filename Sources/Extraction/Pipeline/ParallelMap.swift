// Work spread over the cores, results kept in input order so output never depends on the core count.
import Dispatch
import Synchronization

/// An order-keeping parallel map: `workers` threads take the next index as they finish, and each
/// result lands at its own index.
public enum ParallelMap {
  public static func map<Result: Sendable>(
    _ count: Int, workers: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    var results: [Result] = []
    results.reserveCapacity(count)
    return reduce(count, workers: workers, into: consume results, body) { results, _, result in
      results.append(result)
    }
  }

  /// Runs `body` on every index over `workers` threads and folds each result into `initial` with
  /// `combine`, in index order, as soon as it and every result before it are done: a result waits
  /// only for a slower earlier one, so results need not all be held until the end.
  ///
  /// `combine` runs on whichever thread completed the run of results, one call at a time.
  public static func reduce<Result: Sendable, Accumulator: Sendable>(
    _ count: Int, workers: Int, into initial: consuming Accumulator, _ body: @Sendable (Int) -> Result,
    inOrder combine: @Sendable (inout Accumulator, Int, Result) -> Void
  ) -> Accumulator {
    let shared = Shared<Result, Accumulator>(consume initial)
    let threads = max(1, min(workers, count))
    // NB: concurrentPerform runs one iteration per thread and returns when all are done;
    // the shared counter hands out files dynamically, so a big file does not hold up a fixed share.
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while true {
        let index = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        let result = body(index)
        shared.state.withLock { state in
          state.waiting[index] = result
          while let next = state.waiting.removeValue(forKey: state.combined) {
            combine(&state.accumulator!, state.combined, next)
            state.combined += 1
          }
        }
      }
    }
    // NB: taken out, not copied, so the caller holds the only reference to its storage.
    return shared.state.withLock { $0.accumulator.take()! }
  }

  private final class Shared<Result: Sendable, Accumulator: Sendable>: Sendable {
    let next = Atomic<Int>(0)
    let state: Mutex<State>

    /// The fold so far, and the results done before an earlier one.
    struct State {
      var accumulator: Accumulator?
      var waiting: [Int: Result] = [:]
      /// How many results are folded in: the index of the next.
      var combined = 0
    }

    init(_ accumulator: consuming Accumulator) { state = Mutex(State(accumulator: consume accumulator)) }
  }
}
