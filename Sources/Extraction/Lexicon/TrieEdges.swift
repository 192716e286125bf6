// The edges of a scalar trie in one open-addressing hash table, probed once per scalar scanned.

/// `(node << 21) | scalar` → child node, with linear probing and a multiplicative hash.
///
/// NB: a `Dictionary<UInt64, Int32>` hashes every probe with SipHash (about a hundred
/// instructions); a trie walk probes once per scalar of the text, so that hash was most of the
/// cost of finding places, programmes and cues. Keys are never `UInt64.max` (nodes are `Int32`).
struct TrieEdges: Sendable {
  private static let empty = UInt64.max
  private var keys = [UInt64](repeating: empty, count: 16)
  private var children = [Int32](repeating: 0, count: 16)
  /// 64 minus log2 of the capacity: the hash's top bits pick the slot.
  private var shift = 60
  private var count = 0

  @inline(__always)
  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
  }

  /// The child under `key`, or nil.
  @inline(__always)
  subscript(key: UInt64) -> Int32? {
    keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var index = slot(of: key)
      while true {
        let found = keys[index]
        if found == key { return children[index] }
        if found == Self.empty { return nil }
        index = (index + 1) & mask
      }
    }
  }

  /// Adds an edge; `key` must not be present yet.
  mutating func insert(_ key: UInt64, child: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var index = slot(of: key)
    while keys[index] != Self.empty { index = (index + 1) & mask }
    keys[index] = key
    children[index] = child
    count += 1
  }

  private mutating func grow() {
    let old = zip(keys, children).filter { $0.0 != Self.empty }
    keys = [UInt64](repeating: Self.empty, count: keys.count * 2)
    children = [Int32](repeating: 0, count: children.count * 2)
    shift -= 1
    count = 0
    for (key, child) in old { insert(key, child: child) }
  }
}
