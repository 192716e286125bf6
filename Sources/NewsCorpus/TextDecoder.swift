// Raw bytes → Unicode scalars, the encoding detected from the bytes, line breaks unified.
import Foundation

/// Decodes a dump: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
///
/// The encoding is detected, never assumed: a BOM decides; otherwise strict UTF-8; otherwise
/// GB18030 when the bytes follow its structure. CRLF and lone CR become LF. A file that is
/// empty, binary or valid in none of these throws a `CorpusDiagnostic` naming the place.
public enum TextDecoder {
  /// What the decoder produced.
  public struct Decoded: Sendable {
    public var scalars: [Unicode.Scalar]
    public var encoding: TextEncoding
  }

  /// The expectation quoted in errors.
  static let expectedText = "UTF-8 or GB18030 text"

  /// Foundation's GB18030 encoding (kCFStringEncodingGB_18030_2000 = 0x0632, as an NSStringEncoding).
  // NB: `CFStringEncodings` is not exported on Linux; the raw NSStringEncoding value is the same.
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  public static func decode(_ bytes: [UInt8], file: String) throws(CorpusDiagnostic) -> Decoded {
    let start = SourceLocation(file: file, line: 1, column: 1)
    if hasUTF16BOM(bytes) {
      let littleEndian = bytes[0] == 0xFF
      let scalars = try decodeUTF16(bytes, from: 2, littleEndian: littleEndian, file: file)
      try requireText(scalars, at: start)
      return Decoded(scalars: scalars, encoding: littleEndian ? .utf16LE : .utf16BE)
    }
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasBOM ? 3 : 0
    if let control = ByteScanner.binaryControlCount(bytes) {
      // NB: UTF-16 saved without its mark looks binary (a NUL in every ASCII unit); only then is it tried.
      if let decoded = bomlessUTF16(bytes) { return decoded }
      throw CorpusDiagnostic(at: start, .binary(controlBytes: control, total: bytes.count))
    }
    let scan = ByteScanner.scanUTF8(bytes, from: body)
    if scan.firstInvalid == nil {
      let scalars = decodeValidUTF8(bytes, from: body)
      try requireText(scalars, at: start)
      return Decoded(scalars: scalars, encoding: hasBOM ? .utf8BOM : .utf8)
    }
    let firstBadUTF8 = scan.firstInvalid!
    // NB: or, with few ASCII units, like a byte encoding gone wrong.
    if !hasBOM, let decoded = bomlessUTF16(bytes) { return decoded }
    if hasBOM || scan.looksLikeDamagedUTF8 {
      throw invalidByte(in: bytes, at: firstBadUTF8, file: file, decodedAs: .utf8)
    }
    if let bad = ByteScanner.firstInvalidGB18030(bytes) {
      throw invalidByte(in: bytes, at: max(bad, 0), file: file, decodedAs: .gb18030)
    }
    guard let text = String(data: Data(bytes), encoding: gb18030) else {
      throw invalidByte(in: bytes, at: firstBadUTF8, file: file, decodedAs: .utf8)
    }
    let scalars = unifyLineBreaks(text.unicodeScalars)
    try requireText(scalars, at: start)
    return Decoded(scalars: scalars, encoding: .gb18030)
  }

  /// The top of a file, for a reader of a page's first lines: valid UTF-8 is decoded only up to
  /// about `limit` bytes (`complete` is false when the file goes on), anything else whole.
  /// Throws what `decode` throws, so a file the top reader accepts is one `decode` accepts.
  /// NB: the decoded top is exactly the start of what `decode` returns: the cut falls on a
  /// scalar boundary, and a CR just before it is a line break either way.
  public static func decodeTop(_ bytes: [UInt8], file: String, limit: Int) throws(CorpusDiagnostic)
    -> (decoded: Decoded, complete: Bool)
  {
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let body = hasBOM ? 3 : 0
    guard bytes.count > body + limit, !hasUTF16BOM(bytes), ByteScanner.binaryControlCount(bytes) == nil,
      ByteScanner.isValidUTF8(bytes, from: body)
    else { return (try decode(bytes, file: file), true) }
    var end = body + limit
    while end > body, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    let scalars = decodeValidUTF8(bytes, from: body, to: end)
    // NB: a top of nothing but white space says nothing of the rest, which `decode` then judges.
    guard hasText(scalars) else { return (try decode(bytes, file: file), true) }
    return (Decoded(scalars: scalars, encoding: hasBOM ? .utf8BOM : .utf8), false)
  }

  /// Whether the bytes open with a UTF-16 byte-order mark (little or big endian).
  static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
  }

  /// Whether anything but white space (and BOMs) is there.
  static func hasText(_ scalars: [Unicode.Scalar]) -> Bool {
    scalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }
  }

  /// Throws `.empty` when there is nothing but white space.
  static func requireText(_ scalars: [Unicode.Scalar], at start: SourceLocation) throws(CorpusDiagnostic) {
    if !hasText(scalars) { throw CorpusDiagnostic(at: start, .empty) }
  }

  /// CRLF and CR → LF; a leading BOM scalar dropped.
  static func unifyLineBreaks(_ source: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(source.underestimatedCount)
    var previousWasCR = false
    for scalar in source {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      if scalar == "\u{FEFF}" && result.isEmpty { continue }
      result.append(scalar)
    }
    return result
  }

  /// Strict UTF-8 (as `ByteScanner.scanUTF8` has checked) → scalars, with line breaks unified
  /// as `unifyLineBreaks` does.
  /// NB: one pass straight from the bytes; decoding into a String and then copying its scalars
  /// through a generic sequence cost three times as much.
  static func decodeValidUTF8(_ bytes: [UInt8], from start: Int, to end: Int? = nil) -> [Unicode.Scalar] {
    bytes.withUnsafeBufferPointer { whole in
      let bytes = UnsafeBufferPointer(rebasing: whole[..<(end ?? whole.count)])
      // NB: sized by the scalars' lead bytes (a byte count would over-allocate Han text threefold
      // for the file's lifetime) and written through the buffer, not appended scalar by scalar.
      var leads = 0
      for index in start..<max(start, bytes.count) where bytes[index] & 0xC0 != 0x80 { leads += 1 }
      return [Unicode.Scalar](unsafeUninitializedCapacity: leads) { result, count in
        count = 0
        var previousWasCR = false
        var i = start
        while i < bytes.count {
          let scalar = Unicode.Scalar.decodeValidUTF8(bytes, at: &i)
          let value = scalar.value
          if value == 0x0D {
            result[count] = "\n"
            count += 1
            previousWasCR = true
            continue
          }
          if value == 0x0A && previousWasCR {
            previousWasCR = false
            continue
          }
          previousWasCR = false
          if value == 0xFEFF && count == 0 { continue }
          result[count] = scalar
          count += 1
        }
      }
    }
  }

  /// The text of bytes that are UTF-16 saved without a byte-order mark, if they are: the NUL bytes
  /// (the high half of a line break, a digit, a Latin letter) stand at odd offsets (little endian)
  /// or at even ones (big endian), four to one at least, and there are some (text in a byte encoding
  /// has none), and the decoded text is text: no control characters but line breaks and tabs.
  static func bomlessUTF16(_ bytes: [UInt8]) -> Decoded? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var nuls = (even: 0, odd: 0)
    for (offset, byte) in bytes.enumerated() where byte == 0 {
      if offset % 2 == 0 { nuls.even += 1 } else { nuls.odd += 1 }
    }
    // NB: a Han scalar may end in a zero byte too (一 is U+4E00), so one side need only outweigh the other.
    let (major, minor) = (max(nuls.odd, nuls.even), min(nuls.odd, nuls.even))
    guard major >= 2, major >= 4 * minor else { return nil }
    let littleEndian = nuls.odd > nuls.even
    guard let scalars = try? decodeUTF16(bytes, from: 0, littleEndian: littleEndian, file: ""), hasText(scalars),
      !scalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    else { return nil }
    return Decoded(scalars: scalars, encoding: littleEndian ? .utf16LE : .utf16BE)
  }

  static func decodeUTF16(_ bytes: [UInt8], from first: Int, littleEndian: Bool, file: String) throws(CorpusDiagnostic)
    -> [Unicode.Scalar]
  {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = first
    while i + 1 < bytes.count {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(units.count)
    var line = 1
    var column = 1
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      case .emptyInput:
        if bytes.count % 2 == 1 {
          throw CorpusDiagnostic(
            at: SourceLocation(file: file, line: line, column: column),
            .invalidByte(bytes[bytes.count - 1], expected: "UTF-16 text (an odd trailing byte)"))
        }
        return unifyLineBreaks(scalars)
      case .error:
        let index = scalars.count
        let unit = index < units.count ? units[min(index, units.count - 1)] : 0
        throw CorpusDiagnostic(at: SourceLocation(file: file, line: line, column: column), .invalidUTF16(unit))
      }
    }
  }

  /// The diagnostic for the invalid byte at `offset`, located by decoding the valid prefix.
  static func invalidByte(in bytes: [UInt8], at offset: Int, file: String, decodedAs encoding: TextEncoding)
    -> CorpusDiagnostic
  {
    var lineStart = 0
    var line = 1
    for i in 0..<offset where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let prefix = Array(bytes[lineStart..<offset])
    let column: Int
    if encoding == .gb18030, let text = String(data: Data(prefix), encoding: gb18030) {
      column = text.unicodeScalars.count + 1
    } else {
      column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
    }
    return CorpusDiagnostic(
      at: SourceLocation(file: file, line: line, column: column),
      .invalidByte(bytes[offset], expected: expectedText))
  }
}
