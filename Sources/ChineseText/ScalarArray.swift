// A string's Unicode scalars as an array, decoded from its UTF-8 in one pass.

extension String {
  /// The string's scalars as an array: the same as `Array(unicodeScalars)`, but decoded from the
  /// string's UTF-8 in one pass.
  /// NB: `Array(unicodeScalars)` walks the string twice (to count, then to copy) through the
  /// generic iterator; for a paragraph that is several times slower.
  public var scalarArray: [Unicode.Scalar] {
    var copy = self
    return copy.withUTF8 { utf8 in
      [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, count in
        var i = 0
        count = 0
        while i < utf8.count {
          // NB: a String's UTF-8 is always valid, so every sequence decodes to a scalar.
          scalars[count] = Unicode.Scalar.decodeValidUTF8(utf8, at: &i)
          count += 1
        }
      }
    }
  }
}

extension Unicode.Scalar {
  /// Decodes the scalar whose UTF-8 starts at `bytes[index]` and moves `index` past it. The bytes
  /// must be valid UTF-8 (a String's, or input already checked): nothing is validated here.
  @inlinable @inline(__always)
  public static func decodeValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
    let b0 = UInt32(bytes[index])
    let value: UInt32
    if b0 < 0x80 {
      value = b0
      index += 1
    } else if b0 < 0xE0 {
      value = (b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
      index += 2
    } else if b0 < 0xF0 {
      value = (b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      index += 3
    } else {
      value = (b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
      index += 4
    }
    return Unicode.Scalar(value).unsafelyUnwrapped
  }
}
