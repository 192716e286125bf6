// The edges of a scalar trie in one open-addressing hash table, probed once per scalar scanned.

/// `(node << 21) | scalar` → child node, with linear probing and a multiplicative hash.
///
/// NB: a `Dictionary<UInt64, Int32>` hashes every probe with SipHash (about a hundred
/// instructions); a trie walk probes once per scalar of the text, so that hash was most of the
/// cost of finding places, programmes and cues. Keys are never `UInt64.max` (nodes are `Int32`).
struct TrieEdges: Sendable {
  /// One slot: a key and its child, side by side so a probe reads one cache line.
  private struct Slot: Sendable {
    var key: UInt64
    var child: Int32
  }

  private static let empty = UInt64.max
  private var slots = [Slot](repeating: Slot(key: empty, child: 0), count: 16)
  /// 64 minus log2 of the capacity: the hash's top bits pick the slot.
  private var shift = 60
  private var count = 0

  @inline(__always)
  private static func slot(of key: UInt64, shift: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
  }

  /// The child under `key`, or nil.
  @inline(__always)
  subscript(key: UInt64) -> Int32? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = Self.slot(of: key, shift: shift)
      while true {
        let slot = slots[index]
        if slot.key == key { return slot.child }
        if slot.key == Self.empty { return nil }
        index = (index + 1) & mask
      }
    }
  }

  /// Adds an edge; `key` must not be present yet.
  mutating func insert(_ key: UInt64, child: Int32) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var index = Self.slot(of: key, shift: shift)
    while slots[index].key != Self.empty { index = (index + 1) & mask }
    slots[index] = Slot(key: key, child: child)
    count += 1
  }

  private mutating func grow() {
    let old = slots.filter { $0.key != Self.empty }
    slots = [Slot](repeating: Slot(key: Self.empty, child: 0), count: slots.count * 2)
    shift -= 1
    count = 0
    for slot in old { insert(slot.key, child: slot.child) }
  }
}
