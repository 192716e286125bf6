// Letters an OCR engine reads for digits inside a number: 2O15年, l0个, 3O余名, 6l8个.

/// Repairs the Latin letters a scanned page's OCR puts for the digits they look like (`O`, `o` for
/// 0; `l`, `I` for 1), where they sit inside a number: `2O15年` → `2015年`, `l0个` → `10个`,
/// `l 5OO余人次` → `1 500余人次` (letter-spaced digits are joined later, as any number's).
///
/// A letter is a digit only inside a run of digits and such letters that holds a real digit (or,
/// of letters alone, runs to a Han such as its measure word: `逾l OOO名`), is touched by no other
/// Latin letter (`B2O`, `COVID` stay) and does not open with `O` (a number opens with no 0:
/// `O2O平台` stays). One space may part the run after a lone scalar, as letter-spacing sets digits
/// (`l 5OO`), never after a longer number (`10 I` stays); a decimal point stays inside it (`1.O万`).
enum OCRDigits {
  /// The digit a letter stands for, or nil for any other scalar (already folded to half width).
  static func digit(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "O", "o": "0"
    case "l", "I": "1"
    default: nil
    }
  }

  /// `original` with the letters that stand for digits replaced, scalar for scalar (so offsets
  /// keep their meaning); nil when there is none. Asked only of a line that holds such a letter.
  static func repaired(_ original: UnsafeBufferPointer<Unicode.Scalar>) -> [Unicode.Scalar]? {
    let folded = { (index: Int) in WidthFolding.fold(original[index]) }
    var repairs: [Int] = []
    var index = 0
    while index < original.count {
      guard isRunScalar(folded(index)) else {
        index += 1
        continue
      }
      let start = index
      var letters: [Int] = []
      var hasDigit = false
      var pieceLength = 0
      while index < original.count {
        let scalar = folded(index)
        if isRunScalar(scalar) {
          if scalar.isASCIIDigit { hasDigit = true } else { letters.append(index) }
          pieceLength += 1
          index += 1
        } else if scalar == " ", pieceLength == 1, index + 1 < original.count, isRunScalar(folded(index + 1)) {
          pieceLength = 0
          index += 1
        } else if scalar == ".", pieceLength > 0, index + 1 < original.count, isRunScalar(folded(index + 1)) {
          // NB: a decimal point stays inside its number (`1.O万`).
          index += 1
        } else {
          break
        }
      }
      let touchesLetter = (start > 0 && folded(start - 1).isASCIILetter) || (index < original.count && folded(index).isASCIILetter)
      let opensWithZero = folded(start) == "O" || folded(start) == "o"
      let isNumber = hasDigit || (index - start >= 2 && index < original.count && folded(index).isHan)
      if isNumber, !letters.isEmpty, !touchesLetter, !opensWithZero { repairs += letters }
    }
    guard !repairs.isEmpty else { return nil }
    var result = Array(original)
    for index in repairs {
      if let digit = digit(for: folded(index)) { result[index] = digit }
    }
    return result
  }

  /// A digit or a letter that may stand for one.
  static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCIIDigit || digit(for: scalar) != nil }
}
