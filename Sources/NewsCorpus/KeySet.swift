// The sentences and clauses a page has shown so far, as an open-addressing set of their keys.

/// A set of ``TextPieces/Key``s: linear probing on the key's own FNV hash.
///
/// NB: `Set<Key>` feeds every key through `Hasher` (SipHash) on each look-up and insertion; the
/// repetition check asks once or twice for every sentence and clause of a page, and that hashing
/// was most of its cost. The FNV hash is already well mixed, so its top bits pick the slot.
struct KeySet {
  /// Slots; a key's `length` is never 0, so length 0 marks an empty slot.
  private var slots = [TextPieces.Key](repeating: TextPieces.Key(hash: 0, length: 0), count: 64)
  /// 64 minus log2 of the capacity: the hash's top bits pick the slot.
  private var shift: UInt64 = 58
  private(set) var count = 0

  init() {}

  func contains(_ key: TextPieces.Key) -> Bool {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = Self.slot(of: key, shift: shift)
      while slots[index].length != 0 {
        if slots[index] == key { return true }
        index = (index + 1) & mask
      }
      return false
    }
  }

  mutating func insert(_ key: TextPieces.Key) {
    precondition(key.length > 0, "a piece key has at least one scalar")
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var index = Self.slot(of: key, shift: shift)
    while slots[index].length != 0 {
      if slots[index] == key { return }
      index = (index + 1) & mask
    }
    slots[index] = key
    count += 1
  }

  mutating func formUnion(_ keys: some Sequence<TextPieces.Key>) {
    for key in keys { insert(key) }
  }

  @inline(__always)
  private static func slot(of key: TextPieces.Key, shift: UInt64) -> Int {
    // NB: the length is mixed in too, so equal hashes of different lengths rarely share a slot.
    Int(truncatingIfNeeded: ((key.hash ^ UInt64(key.length)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func grow() {
    let old = slots
    slots = [TextPieces.Key](repeating: TextPieces.Key(hash: 0, length: 0), count: old.count * 2)
    shift -= 1
    count = 0
    for key in old where key.length != 0 { insert(key) }
  }
}
