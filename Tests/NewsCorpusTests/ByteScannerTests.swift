// The word-at-a-time and fast-path byte checks agree with the plain byte-by-byte rules.
import Testing
@testable import NewsCorpus

/// Control bytes counted one byte at a time, as the scanner's rule states it.
private func plainControlCount(_ bytes: [UInt8]) -> Int? {
  let nul = bytes.filter { $0 == 0 }.count
  let control = bytes.filter { ($0 < 0x20 || $0 == 0x7F) && $0 != 0 && !ByteScanner.isTextControl($0) }.count
  return nul > 0 || control * ByteScanner.binaryControlShare > bytes.count ? nul + control : nil
}

/// Inputs with every awkward byte at every offset within a word, and tails shorter than a word.
private let controlInputs: [[UInt8]] = {
  var inputs: [[UInt8]] = [[], [0x41], Array("工会\n".utf8)]
  for byte: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x1B, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF] {
    for offset in 0..<17 {
      var bytes = [UInt8](repeating: 0x41, count: 19)
      bytes[offset] = byte
      inputs.append(bytes)
      inputs.append(Array(bytes.prefix(offset + 1)))
    }
  }
  // Control bytes at just above and just below one in a hundred.
  for controls in [1, 2, 3] {
    var bytes = [UInt8](repeating: 0xE5, count: 200)
    for k in 0..<controls { bytes[k * 50 + 3] = 0x02 }
    inputs.append(bytes)
  }
  return inputs
}()

@Test(arguments: controlInputs)
func countsControlBytesAsTheByteRuleDoes(_ bytes: [UInt8]) {
  #expect(ByteScanner.binaryControlCount(bytes) == plainControlCount(bytes))
}

@Test func everyWordWithAControlByteIsLookedAt() {
  for byte in 0...255 {
    for offset in 0..<8 {
      var word: UInt64 = 0x4141_4141_4141_4141
      word &= ~(0xFF << UInt64(offset * 8))
      word |= UInt64(byte) << UInt64(offset * 8)
      if byte < 0x20 || byte == 0x7F { #expect(ByteScanner.hasControlByte(word)) }
    }
  }
  #expect(!ByteScanner.hasControlByte(0x4141_4141_4141_4141))
  #expect(!ByteScanner.hasControlByte(0xA5B9_E5A5_B9E5_8080))
}

/// Valid and invalid UTF-8: truncated, overlong, surrogate, above U+10FFFF, stray continuation,
/// each also at the very end of the input.
private let utf8Inputs: [[UInt8]] = {
  let valid = Array("北京市总工会 a ü 𠀀 ２０２４\n".utf8)
  let bad: [[UInt8]] = [[0xE5, 0xB9], [0xE5], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0x80], [0xBF, 0xE5, 0xB9, 0xB4], [0xF0, 0x9F, 0x98], [0xFF], [0xEE, 0x80, 0x41]]
  return [valid, []] + bad.flatMap { [valid + $0, $0 + valid, valid + $0 + valid] }
}()

@Test(arguments: utf8Inputs)
func validatesUTF8AsTheStandardLibraryDoes(_ bytes: [UInt8]) {
  let valid = String(validating: bytes, as: UTF8.self) != nil
  #expect(ByteScanner.isValidUTF8(bytes, from: 0) == valid)
  let scan = ByteScanner.scanUTF8(bytes)
  #expect((scan.firstInvalid == nil) == valid)
  if !valid { #expect(scan.firstInvalid == ByteScanner.countingScan(bytes, from: 0).firstInvalid) }
}
