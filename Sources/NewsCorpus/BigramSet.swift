// A small set of Han bigrams, looked for in long text behind a bit mask.
import ChineseText

/// A few bigrams to look for in long text, with a bit mask that rules most pairs out unhashed.
struct BigramSet {
  /// The members, sorted, each once.
  /// NB: a title has a few dozen bigrams: a binary search of them is cheaper than building and
  /// probing a hashed `Set`, which SipHashes every member and every probe.
  let members: [HeadlineMatch.Bigram]
  /// Bit `slot(b)` is set for every member `b`.
  private var mask = [UInt64](repeating: 0, count: BigramSet.maskWords)
  static let maskWords = 64

  init(_ members: some Sequence<HeadlineMatch.Bigram>) {
    var sorted = members.sorted()
    sorted.removeDuplicates()
    self.members = sorted
    for bigram in sorted {
      let slot = BigramSet.slot(bigram)
      mask[slot >> 6] |= 1 << UInt64(slot & 63)
    }
  }

  @inline(__always)
  static func slot(_ bigram: HeadlineMatch.Bigram) -> Int {
    Int(truncatingIfNeeded: (bigram &* 0x9E37_79B9_7F4A_7C15) >> 52)  // 12 bits: 64 words of 64
  }

  /// Whether any Han bigram of `scalars` is a member.
  func intersects(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
    guard !members.isEmpty else { return false }
    var previous: UInt32? = nil
    for scalar in scalars {
      guard scalar.isHan else {
        previous = nil
        continue
      }
      if let before = previous, contains(HeadlineMatch.Bigram(before) << 32 | HeadlineMatch.Bigram(scalar.value)) {
        return true
      }
      previous = scalar.value
    }
    return false
  }

  /// Whether `bigram` is a member; most non-members are ruled out by the mask, unhashed.
  @inline(__always)
  func contains(_ bigram: HeadlineMatch.Bigram) -> Bool {
    let slot = BigramSet.slot(bigram)
    guard mask[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { return false }
    var (low, high) = (0, members.count)
    while low < high {
      let middle = (low + high) / 2
      if members[middle] < bigram { low = middle + 1 } else { high = middle }
    }
    return low < members.count && members[low] == bigram
  }

  /// The members among the Han bigrams of a paragraph draft (pieces joined, as the paragraph
  /// will be), each once, in order of first appearance.
  func bigrams(in paragraph: ParagraphDraft) -> [HeadlineMatch.Bigram] {
    var found: [HeadlineMatch.Bigram] = []
    guard !members.isEmpty else { return found }
    var previous: UInt32? = nil
    for piece in paragraph.pieces {
      let scalars = piece.line.normalized.scalars
      for index in piece.from..<piece.to {
        let scalar = scalars[index]
        guard scalar.isHan else {
          previous = nil
          continue
        }
        if let before = previous {
          let bigram = HeadlineMatch.Bigram(before) << 32 | HeadlineMatch.Bigram(scalar.value)
          if contains(bigram), !found.contains(bigram) {
            found.append(bigram)
          }
        }
        previous = scalar.value
      }
    }
    return found
  }
}

extension Array where Element: Equatable {
  /// Drops each element equal to the one before it (on a sorted array: every duplicate).
  fileprivate mutating func removeDuplicates() {
    guard count > 1 else { return }
    var kept = 1
    for index in 1..<count where self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    removeLast(count - kept)
  }
}
