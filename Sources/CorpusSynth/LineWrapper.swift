// Column wrapping of a paragraph: where a page dump of a printed column breaks its lines.

/// Splits a paragraph into the lines a narrow newspaper column gives.
enum LineWrapper {
  /// Line ranges of `scalars` at `width` Han characters per line (ASCII counts half).
  ///
  /// Lines may break between a number and its measure word (`针对 3` / `名职工`), as columns do;
  /// NB: they never break inside a run of digits, nor put a closing punctuation mark first on a line.
  static func columns(_ scalars: [Unicode.Scalar], width: Int) -> [Range<Int>] {
    let capacity = width * 2
    var lines: [Range<Int>] = []
    var start = 0
    var used = 0
    var index = 0
    while index < scalars.count {
      let cost = scalars[index].isASCII ? 1 : 2
      if used + cost <= capacity || index == start {
        used += cost
        index += 1
        continue
      }
      var cut = index
      if isClosing(scalars[cut]) { cut += 1 }
      while cut > start + 1, cut < scalars.count, isDigitRun(scalars[cut - 1]), isDigitRun(scalars[cut]) { cut -= 1 }
      lines.append(start..<cut)
      start = cut
      index = cut
      used = 0
    }
    if start < scalars.count { lines.append(start..<scalars.count) }
    return lines
  }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    "，。、；：？！”）》,.;:?!)".unicodeScalars.contains(scalar)
  }

  /// Digits and what sits inside numbers (`1,200`, `12.72`), in both widths.
  private static func isDigitRun(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) || scalar == "." || scalar == ","
  }
}
