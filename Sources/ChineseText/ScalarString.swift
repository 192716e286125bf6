// Strings built from Unicode scalars by encoding their UTF-8 once, not by appending scalar by scalar.

extension String {
  /// The string of `scalars`: the same as `String(String.UnicodeScalarView(scalars))`, encoded
  /// into the new string's storage in one pass.
  /// NB: `UnicodeScalarView.append(contentsOf:)` is generic and re-checks the storage per scalar;
  /// it was the largest cost of building short strings (names, titles, keys).
  @inlinable
  public init(scalars: some Collection<Unicode.Scalar>) {
    let capacity = scalars.count * 4
    self.init(unsafeUninitializedCapacity: capacity) { bytes in
      var offset = 0
      // NB: at most 4 bytes a scalar were reserved above, so the buffer has room.
      guard let base = bytes.baseAddress else { return 0 }
      for scalar in scalars { scalar.writeUTF8(to: base, at: &offset) }
      return offset
    }
  }
}

extension Unicode.Scalar {
  /// Writes the scalar's UTF-8 (1 to 4 bytes) at `bytes + offset` and moves `offset` past it.
  @inlinable @inline(__always)
  public func writeUTF8(to bytes: UnsafeMutablePointer<UInt8>, at offset: inout Int) {
    let value = self.value
    if value < 0x80 {
      bytes[offset] = UInt8(truncatingIfNeeded: value)
      offset += 1
    } else if value < 0x800 {
      bytes[offset] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
      bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      offset += 2
    } else if value < 0x1_0000 {
      bytes[offset] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
      bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      bytes[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      offset += 3
    } else {
      bytes[offset] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
      bytes[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
      bytes[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
      bytes[offset + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
      offset += 4
    }
  }
}
