// A seeded random source whose every draw is defined here, so a seed gives the same corpus anywhere.

/// SplitMix64 (Steele, Lea & Flood 2014): one 64-bit state, one multiply-xorshift output.
///
/// NB: the draws below never go through the standard library's `random(in:using:)`, whose
/// algorithm is not promised to stay the same across Swift versions.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A new, independent stream: the same seed and label always give the same stream.
  func fork(_ label: UInt64) -> SplitMix64 {
    var mixer = SplitMix64(seed: state ^ (label &* 0xD1B5_4A32_D192_ED03))
    return SplitMix64(seed: mixer.next())
  }

  /// A whole number in `range`, by the multiply-high method (bias below 2⁻³² for our ranges).
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
  }

  /// True with probability `p` (0…1).
  mutating func chance(_ p: Double) -> Bool {
    Double(next() >> 11) * 0x1p-53 < p
  }

  /// One element of a non-empty array.
  mutating func pick<T>(_ items: [T]) -> T {
    items[int(0...(items.count - 1))]
  }

  /// `count` distinct elements of `items`, in the order drawn.
  mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
    var pool = items
    var chosen: [T] = []
    for _ in 0..<min(count, pool.count) {
      chosen.append(pool.remove(at: int(0...(pool.count - 1))))
    }
    return chosen
  }
}
