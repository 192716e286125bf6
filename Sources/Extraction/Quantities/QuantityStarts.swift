// Where a quantity may start: one bit per scalar, so the parser skips most of a text at once.
import ChineseText

extension QuantityParser {
  /// Whether a quantity may start at this scalar (see `startsQuantity(_:)`), by a bit test for the
  /// Basic Multilingual Plane.
  ///
  /// NB: `startsQuantity` hashes the scalar into two tables; asked for every scalar of every text,
  /// that was a third of the parser's cost.
  static func mayStart(_ scalar: Unicode.Scalar) -> Bool { StartScalars().contains(scalar) }

  /// `mayStart` with the bits loaded once, for a loop over a text.
  /// NB: reading the static table on every scalar goes through its lazy initialiser's check.
  struct StartScalars {
    let bits = QuantityParser.startBits

    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      guard value < 0x10000 else { return QuantityParser.startsQuantity(scalar) }
      return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }
  }

  /// Whether a quantity may start at this scalar: a digit, a numeral, a sign or currency, or
  /// the first scalar of an approximation or temperature word.
  static func startsQuantity(_ scalar: Unicode.Scalar) -> Bool {
    if Scalars.arabicDigit(scalar) != nil || ChineseNumeral.isNumeralScalar(scalar) { return true }
    if startScalars.contains(scalar) { return true }
    return ApproximationPrefix.mayStart(with: scalar)
  }

  static let startScalars: Set<Unicode.Scalar> = Set("半几幾数數米负負-－−+＋.．".unicodeScalars).union(wordStartScalars)

  /// First scalars of the currency and temperature words written before a number (`人民币`, `摄氏`).
  static let wordStartScalars: Set<Unicode.Scalar> = Set("$￥¥€£UH人港新美欧歐日英摄攝华華".unicodeScalars)

  /// Start scalars that start nothing but such a word (人 of 人民币, not a numeral or an
  /// approximation): a quantity starts there only where the word does.
  /// NB: 人 alone was a fifth of the parser's attempts (人员, 工人…), each about 1,500 instructions.
  static let wordOnlyStartScalars: Set<Unicode.Scalar> = wordStartScalars.filter { scalar in
    Scalars.arabicDigit(scalar) == nil && !ChineseNumeral.isNumeralScalar(scalar)
      && !ApproximationPrefix.mayStart(with: scalar)
  }

  /// `startsQuantity` for every BMP scalar, as bits.
  ///
  /// Only scalars that can pass one of its tests are asked: ASCII and full-width forms (digits,
  /// signs, and every scalar that folds to an ASCII word start), numerals, the start scalars and
  /// the first scalars of approximation words. `QuantityStartsTests` checks the whole plane.
  static let startBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    var candidates: [Unicode.Scalar] = (0x00...0x7F).compactMap(Unicode.Scalar.init)
    candidates += (0xFF00...0xFFEF).compactMap(Unicode.Scalar.init)
    candidates += (0x3000...0x9FFF).compactMap(Unicode.Scalar.init).filter(ChineseNumeral.isNumeralScalar)
    candidates += startScalars
    candidates += ApproximationPrefix.firstScalars
    for scalar in candidates where scalar.value < 0x10000 && startsQuantity(scalar) {
      bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
    }
    return bits
  }()
}
