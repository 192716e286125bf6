// Byte-level checks on raw dumps: binary data, strict UTF-8 and GB18030 structure.

/// Scans raw bytes without decoding them.
enum ByteScanner {
  /// Whether a byte below 0x20 is one text may contain: tab, line feed, vertical tab, form feed,
  /// return, escape.
  /// NB: a switch, not a Set: every line feed of every file comes through here.
  static func isTextControl(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: return true
    default: return false
    }
  }

  /// The share of control bytes above which a file is binary: one in a hundred.
  static let binaryControlShare = 100

  /// The number of NUL and non-text control bytes, if the file looks binary.
  static func binaryControlCount(_ bytes: [UInt8]) -> Int? {
    var nul = 0
    var control = 0
    bytes.withUnsafeBufferPointer { bytes in
      // NB: eight bytes at a time; only a word holding a byte below 0x20 or a DEL (in text, a
      // word with a line feed) is looked at byte by byte.
      var i = 0
      while i + 8 <= bytes.count {
        if hasControlByte(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
          for byte in bytes[i..<i + 8] { count(byte, nul: &nul, control: &control) }
        }
        i += 8
      }
      for byte in bytes[i...] { count(byte, nul: &nul, control: &control) }
    }
    if nul > 0 || control * binaryControlShare > bytes.count { return nul + control }
    return nil
  }

  @inline(__always)
  private static func count(_ byte: UInt8, nul: inout Int, control: inout Int) {
    guard byte < 0x20 || byte == 0x7F else { return }
    if byte == 0 { nul += 1 } else if !isTextControl(byte) { control += 1 }
  }

  /// Whether any of the eight bytes of `word` is below 0x20 or is 0x7F.
  /// NB: `(x - 0x20…) & ~x & 0x80…` is non-zero exactly when some byte of x is below 0x20 (the
  /// classic "has less than" test, exact for bounds up to 0x80); DEL is a zero byte of x ^ 0x7F….
  @inline(__always)
  static func hasControlByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- ones &* 0x20) & ~word & highs
    let del = word ^ (ones &* 0x7F)
    let isDEL = (del &- ones) & ~del & highs
    return below | isDEL != 0
  }

  /// The result of a strict UTF-8 scan.
  struct UTF8Scan {
    /// The offset of the first invalid byte, if any.
    var firstInvalid: Int?
    /// Well-formed multi-byte sequences and invalid bytes seen over the whole input.
    var multiByteSequences = 0
    var invalidBytes = 0

    /// Mostly UTF-8 with a few bad bytes: damaged UTF-8 rather than another encoding.
    var looksLikeDamagedUTF8: Bool { multiByteSequences >= 4 * max(invalidBytes, 1) }
  }

  /// Validates UTF-8 strictly (no overlongs, no surrogates, nothing above U+10FFFF).
  static func scanUTF8(_ bytes: [UInt8], from start: Int = 0) -> UTF8Scan {
    // NB: almost every file is valid; the counts only matter for one that is not, so a quick
    // check goes first and the counting scan runs only when it fails.
    if isValidUTF8(bytes, from: start) { return UTF8Scan() }
    return countingScan(bytes, from: start)
  }

  /// Whether `bytes[start...]` is strictly valid UTF-8, with a fast path for ASCII and for the
  /// three-byte sequences of Han text.
  static func isValidUTF8(_ bytes: [UInt8], from start: Int) -> Bool {
    bytes.withUnsafeBufferPointer { bytes in
      var i = start
      let n = bytes.count
      while i < n {
        let b0 = bytes[i]
        if b0 < 0x80 {
          i += 1
          continue
        }
        // E1–EC and EE–EF lead three-byte sequences whose second byte may be any continuation.
        if b0 >= 0xE1, b0 != 0xED, b0 <= 0xEF, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
          i += 3
          continue
        }
        guard let length = sequenceLength(bytes, at: i) else { return false }
        i += length
      }
      return true
    }
  }

  /// The length of the valid sequence at `i`, or nil for an invalid byte there.
  @inline(__always)
  private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    let b0 = bytes[i]
    let length: Int
    var lower: UInt8 = 0x80
    var upper: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; lower = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; upper = 0x9F
    case 0xF0: length = 4; lower = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; upper = 0x8F
    default: return nil
    }
    guard i + length <= bytes.count, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return nil }
    for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// The full scan: the first invalid byte, and how much of the input is UTF-8 and how much not.
  static func countingScan(_ bytes: [UInt8], from start: Int) -> UTF8Scan {
    var scan = UTF8Scan()
    bytes.withUnsafeBufferPointer { bytes in
      var i = start
      while i < bytes.count {
        if bytes[i] < 0x80 {
          i += 1
        } else if let length = sequenceLength(bytes, at: i) {
          scan.multiByteSequences += 1
          i += length
        } else {
          if scan.firstInvalid == nil { scan.firstInvalid = i }
          scan.invalidBytes += 1
          i += 1
        }
      }
    }
    return scan
  }

  /// The offset of the first byte that breaks GB18030's one-, two- and four-byte structure.
  static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 { i += 1; continue }
      guard b0 >= 0x81 && b0 <= 0xFE, i + 1 < n else { return i }
      let b1 = bytes[i + 1]
      if (0x40...0x7E).contains(b1) || (0x80...0xFE).contains(b1) {
        i += 2
      } else if (0x30...0x39).contains(b1), i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]),
        (0x30...0x39).contains(bytes[i + 3])
      {
        i += 4
      } else {
        return i
      }
    }
    return nil
  }
}
