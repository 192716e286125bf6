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
          let b0 = UInt32(utf8[i])
          let value: UInt32
          if b0 < 0x80 {
            value = b0
            i += 1
          } else if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            i += 2
          } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            i += 3
          } else {
            value = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
              | UInt32(utf8[i + 3] & 0x3F)
            i += 4
          }
          // NB: a String's UTF-8 is always valid, so every value is a scalar.
          scalars[count] = Unicode.Scalar(value).unsafelyUnwrapped
          count += 1
        }
      }
    }
  }
}
