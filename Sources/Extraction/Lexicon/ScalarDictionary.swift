// A dictionary of terms compiled into a trie over Unicode scalars, for longest-match scanning.
import ChineseText

/// Terms compiled once into a trie keyed by Unicode scalars; each term carries payloads.
///
/// One hash table (`TrieEdges`) maps `(node, scalar)` to the child node, so a lookup is one probe
/// per scalar and no `Character` is ever built. Several payloads may share a term (an ambiguous name).
public struct ScalarDictionary<Payload: Sendable>: Sendable {
  /// `(node << 21) | scalar` → child node. NB: scalars fit in 21 bits, so the key is unique.
  private var edges = TrieEdges()
  /// Payloads of the term ending at each node; empty for inner nodes.
  private var payloads: [[Payload]] = [[]]
  /// Whether a term ends at each node, so a walk need not load the payload arrays.
  private var endsTerm: [Bool] = [false]
  /// The length in scalars of the longest term, which bounds every walk.
  public private(set) var longestTerm = 0
  /// One bit per Basic Multilingual Plane scalar that starts a term: most positions of a text
  /// start no term, and a bit test is cheaper than a hash probe. Scalars above the BMP always probe.
  private var startsTerm = [UInt64](repeating: 0, count: 0x10000 / 64)
  /// One bit per hashed pair of first two scalars of a term of two or more scalars, and one bit per
  /// BMP scalar that is a term on its own: most positions whose scalar starts some term (工 of 工会)
  /// are followed by a scalar that starts none of them, and two bit tests rule them out unprobed.
  private var startsPair = [UInt64](repeating: 0, count: (1 << ScalarDictionary.pairHashBits) / 64)
  private var isSingleTerm = [UInt64](repeating: 0, count: 0x10000 / 64)
  /// NB: computed, since a generic type has no static stored properties.
  private static var pairHashBits: Int { 15 }

  /// Compiles `terms`; a term listed twice keeps both payloads, in order.
  public init<S: Sequence>(_ terms: S) where S.Element == (String, Payload) {
    for (term, payload) in terms { insert(term, payload) }
  }

  /// The number of distinct terms.
  public var count: Int { payloads.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) } }

  private mutating func insert(_ term: String, _ payload: Payload) {
    var node: Int32 = 0
    var length = 0
    let scalars = Array(term.unicodeScalars)
    if let first = scalars.first, first.value < 0x10000 {
      startsTerm[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63)
      if scalars.count == 1 { isSingleTerm[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
    }
    if scalars.count >= 2 {
      let pair = Self.pairSlot(scalars[0], scalars[1])
      startsPair[pair >> 6] |= 1 << UInt64(pair & 63)
    }
    for scalar in scalars {
      let key = Self.key(node, scalar)
      if let child = edges[key] {
        node = child
      } else {
        let child = Int32(payloads.count)
        payloads.append([])
        endsTerm.append(false)
        edges.insert(key, child: child)
        node = child
      }
      length += 1
    }
    guard length > 0 else { return }
    payloads[Int(node)].append(payload)
    endsTerm[Int(node)] = true
    longestTerm = max(longestTerm, length)
  }

  /// False when no term can start with `scalar`.
  @inline(__always)
  private func mayStart(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value < 0x10000 else { return true }
    return startsTerm[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }

  /// False when no term starts with `first` followed by `second` and `first` alone is no term.
  /// Only asked where `mayStart(first)` holds, so a scalar above the BMP (no bits) always passes.
  @inline(__always)
  private func mayStart(_ first: Unicode.Scalar, then second: Unicode.Scalar?) -> Bool {
    let value = first.value
    guard value < 0x10000 else { return true }
    if isSingleTerm[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 { return true }
    guard let second else { return false }
    let pair = Self.pairSlot(first, second)
    return startsPair[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }

  @inline(__always)
  private static func pairSlot(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
    let key = UInt64(first.value) << 21 | UInt64(second.value)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - pairHashBits))
  }

  private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
  }

  /// Every term that starts at `start`, longest first.
  public func terms(startingAt start: Int, in scalars: [Unicode.Scalar]) -> [TermMatch<Payload>] {
    var found: [TermMatch<Payload>] = []
    var node: Int32 = 0
    var index = start
    while index < scalars.count, let child = edges[Self.key(node, scalars[index])] {
      node = child
      index += 1
      let here = payloads[Int(node)]
      if !here.isEmpty { found.append(TermMatch(start: start, end: index, payloads: here, node: node)) }
    }
    return found.reversed()
  }

  /// The end and node of the longest term at `start` that ends before `limit`.
  @inline(__always)
  private func longestTerm(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, before limit: Int)
    -> (end: Int, node: Int32)?
  {
    var found: (end: Int, node: Int32)?
    var node: Int32 = 0
    var index = start
    while index < text.count, index + 1 < limit, let child = edges[Self.key(node, text[index])] {
      node = child
      index += 1
      if endsTerm[Int(node)] { found = (index, node) }
    }
    return found
  }

  /// Leftmost-longest, non-overlapping matches: at each position the longest term that `accept`
  /// admits wins and the scan resumes after it; shorter terms are tried when a longer one is refused.
  public func scan(
    _ scalars: [Unicode.Scalar], accept: (TermMatch<Payload>) -> Bool = { _ in true }
  ) -> [TermMatch<Payload>] {
    var matches: [TermMatch<Payload>] = []
    scalars.withUnsafeBufferPointer { text in
      var position = 0
      while position < text.count {
        guard mayStart(text[position]),
          mayStart(text[position], then: position + 1 < text.count ? text[position + 1] : nil)
        else {
          position += 1
          continue
        }
        // NB: the longest term is found in one walk; a shorter one only when `accept` refuses,
        // by walking again up to the refused end (refusals are rare, so no list of ends is kept).
        var limit = text.count + 1
        var accepted: TermMatch<Payload>?
        while accepted == nil, let (end, node) = longestTerm(in: text, from: position, before: limit) {
          let match = TermMatch(start: position, end: end, payloads: payloads[Int(node)], node: node)
          if accept(match) { accepted = match } else { limit = end }
        }
        if let match = accepted {
          matches.append(match)
          position = match.end
        } else {
          position += 1
        }
      }
    }
    return matches
  }
}

/// One dictionary term found in a text: scalar offsets `start..<end` and the term's payloads.
public struct TermMatch<Payload: Sendable>: Sendable {
  public let start: Int
  public let end: Int
  public let payloads: [Payload]
  /// The trie node the term ends at: the same for every match of the same term.
  let node: Int32

  /// The matched text, rebuilt from the scanned scalars.
  public func surface(in scalars: [Unicode.Scalar]) -> String {
    String(scalars: scalars[start..<end])
  }
}
