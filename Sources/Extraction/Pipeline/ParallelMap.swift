// Work spread over the cores, results kept in input order so output never depends on the core count.
import Dispatch
import Synchronization

/// An order-keeping parallel map: `workers` threads take the next index as they finish, and each
/// result lands at its own index.
public enum ParallelMap {
  public static func map<Result: Sendable>(
    _ count: Int, workers: Int, _ body: @Sendable (Int) -> Result
  ) -> [Result] {
    let shared = Shared<Result>(count: count)
    let threads = max(1, min(workers, count))
    // NB: concurrentPerform runs one iteration per thread and returns when all are done;
    // the shared counter hands out files dynamically, so a big file does not hold up a fixed share.
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
      while true {
        let index = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < count else { return }
        let result = body(index)
        shared.results.withLock { $0[index] = result }
      }
    }
    return shared.results.withLock { $0.map { $0! } }
  }

  private final class Shared<Result: Sendable>: Sendable {
    let next = Atomic<Int>(0)
    let results: Mutex<[Result?]>

    init(count: Int) { results = Mutex(Array(repeating: nil, count: count)) }
  }
}
