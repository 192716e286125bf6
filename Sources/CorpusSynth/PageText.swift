// The bytes of one page dump, built line by line as UTF-8 without a String per line.

/// A page's text as UTF-8 bytes, and how many lines it has so far.
struct PageText {
  private(set) var bytes: [UInt8] = []
  /// Lines written so far; the next line appended is line `lineCount + 1`.
  private(set) var lineCount = 0

  init() { bytes.reserveCapacity(40_000) }

  /// Appends `scalars` as one line.
  mutating func appendLine(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    bytes.append(0x0A)
    lineCount += 1
  }

  mutating func appendLine(_ text: String) {
    bytes += text.utf8
    bytes.append(0x0A)
    lineCount += 1
  }

  /// Continues the last line with `text` (a photo credit after its caption).
  mutating func extendLastLine(_ text: String) {
    precondition(bytes.last == 0x0A, "no line to extend")
    bytes.removeLast()
    bytes += text.utf8
    bytes.append(0x0A)
  }

  mutating func appendBlankLines(_ count: Int) {
    bytes += repeatElement(0x0A, count: count)
    lineCount += count
  }
}
