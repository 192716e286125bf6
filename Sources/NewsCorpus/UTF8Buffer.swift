// Strings built from Unicode scalars by encoding UTF-8 bytes, not by appending scalar by scalar.

/// A growing run of UTF-8 bytes that becomes a `String` once.
/// NB: `String.UnicodeScalarView.append` re-checks the string's storage on every call and was the
/// single largest cost of building paragraphs; encoding into a byte array is a few instructions.
struct UTF8Buffer {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// The number of bytes so far: the UTF-8 offset of the next scalar.
  var count: Int { bytes.count }

  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value))
    } else if value < 0x800 {
      bytes.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else if value < 0x1_0000 {
      bytes.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else {
      bytes.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
      bytes.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    }
  }

  mutating func append(contentsOf scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars { append(scalar) }
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
  /// The string of `scalars`, encoded in one pass.
  init(scalars: some Collection<Unicode.Scalar>) {
    var buffer = UTF8Buffer(capacity: scalars.count * 3)
    buffer.append(contentsOf: scalars)
    self = buffer.string
  }
}
