// The shared Traditional → Simplified table, filled from ICU as scalars are first asked for.
import Foundation

/// The one table behind `ScriptFolding`, guarded by a lock so any thread may extend it.
///
/// Callers take an immutable snapshot (`ScriptFolding.Table`) covering the scalars they will
/// fold, so the hot loop never locks; a snapshot shares storage with the table until the next
/// extension copies it.
final class FoldingCache: @unchecked Sendable {
  /// Marks a scalar not transformed yet (no covered scalar has the value 0).
  static let unknown: UInt32 = 0

  static let shared = FoldingCache()

  private let lock = NSLock()
  /// Guarded by `lock`.
  private var values: [UInt32]

  init() {
    values = Array(repeating: FoldingCache.unknown, count: ScriptFolding.coveredRange.count)
  }

  /// A snapshot knowing every scalar of `scalars`; the unknown ones go through ICU in one run.
  func table(covering scalars: some Sequence<Unicode.Scalar>) -> ScriptFolding.Table {
    // NB: the generic sequence is read through a buffer: iterating it generically across the
    // module boundary cost ~150 instructions a scalar.
    if let table = scalars.withContiguousStorageIfAvailable({ table(covering: $0) }) { return table }
    return Array(scalars).withUnsafeBufferPointer { table(covering: $0) }
  }

  func table(covering scalars: UnsafeBufferPointer<Unicode.Scalar>) -> ScriptFolding.Table {
    let lower = ScriptFolding.coveredRange.lowerBound
    let upper = ScriptFolding.coveredRange.upperBound
    lock.lock()
    defer { lock.unlock() }
    var missing: [UInt32] = []
    values.withUnsafeMutableBufferPointer { table in
      for scalar in scalars {
        let value = scalar.value
        guard value >= lower && value <= upper else { continue }
        let index = Int(value &- lower)
        if table[index] == FoldingCache.unknown {
          table[index] = value  // NB: provisional, so a scalar seen twice is transformed once
          missing.append(value)
        }
      }
    }
    if !missing.isEmpty {
      for (value, folded) in zip(missing, ScriptFolding.transliterate(missing)) {
        values[Int(value - lower)] = folded
      }
    }
    return ScriptFolding.Table(values: values)
  }
}
