// Normalised text for matching, with a map from every normalised scalar back to the original.

/// Text folded for matching, and for each of its scalars the offset of the original scalar.
public struct NormalizedText: Hashable, Sendable {
  /// The folded scalars.
  public var scalars: [Unicode.Scalar]
  /// `origin[i]` is the offset (in Unicode scalars) of `scalars[i]` in the original text.
  public var origin: [Int]

  public init(scalars: [Unicode.Scalar] = [], origin: [Int] = []) {
    self.scalars = scalars
    self.origin = origin
  }

  /// The folded text as a `String`.
  public var string: String {
    String(scalars: scalars)
  }
}

/// Folds newspaper text for matching, one pass over its scalars.
///
/// - full-width ASCII forms and U+3000 → ASCII (`２０２４年` → `2024年`, `，` → `,`);
/// - Traditional → Simplified (`體` → `体`);
/// - letter-spacing collapsed: a space between two Han or CJK punctuation scalars goes when
///   either neighbour stands alone between spaces (`向 前 一 步` → `向前一步`), while a space
///   between two words stays (`记者 张晶`);
/// - a space between a digit and a Han scalar or CJK punctuation goes (`8 月 14 日` → `8月14日`), as does
///   one between a rounded figure and its measure word (`6800余 人次` → `6800余人次`), and
///   one between two digits inside a number (`1 463` → `1463`, `2 0 2 4` → `2024`), but not one
///   between two numbers (`45 30` stays) nor a tab or an ideographic space (`2024\t104`: columns),
///   and a tab between two Han stays too (`区 域\t驿站数量`: a table's columns), as does one after a Han
///   before a digit (`2021年底\t2022年新增`);
/// - other runs of white space shrink to one ASCII space; line breaks are kept as they are;
/// - a half-width `.` that ends a Chinese sentence becomes `。` (`全覆盖.其中` → `全覆盖。其中`; `5.6万` stays);
/// - a Latin letter that OCR read for a digit inside a number is that digit (`2O15年` → `2015年`,
///   `l0个` → `10个`; `O2O平台` stays): see `OCRDigits`.
public enum TextNormalizer {
  /// The normalised form of `text`.
  public static func normalize(_ text: String) -> NormalizedText {
    normalize(text.scalarArray)
  }

  /// The normalised form of `source`, a slice of scalars (offsets in `origin` count from its start).
  public static func normalize(_ source: some RandomAccessCollection<Unicode.Scalar>) -> NormalizedText {
    normalize(source, folding: ScriptFolding.table(covering: source))
  }

  /// The normalised form of `source`, folding scripts with `table` (which should cover `source`:
  /// take one table for a whole document rather than one per line).
  public static func normalize(
    _ source: some RandomAccessCollection<Unicode.Scalar>, folding table: ScriptFolding.Table
  ) -> NormalizedText {
    if let result = source.withContiguousStorageIfAvailable({ normalize($0, folding: table) }) { return result }
    return Array(source).withUnsafeBufferPointer { normalize($0, folding: table) }
  }

  /// The normalised form of `original`, once the letters OCR put for digits are digits again (`2O15年`).
  static func normalize(_ original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table)
    -> NormalizedText
  {
    // NB: the fold notes a letter that may be a digit as it goes, so a line with none is read once.
    let (folded, mayNeedRepair) = fold(original, folding: table)
    guard mayNeedRepair, let repaired = OCRDigits.repaired(original) else { return folded }
    return repaired.withUnsafeBufferPointer { fold($0, folding: table).normalized }
  }

  /// One pass over the original scalars, folding each as it is read; and whether it met a Latin
  /// letter OCR may have put for a digit.
  /// NB: no folded copy of the line is kept; a space run looks at most two scalars either side.
  static func fold(_ original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table)
    -> (normalized: NormalizedText, mayNeedRepair: Bool)
  {
    var result = NormalizedText()
    result.scalars.reserveCapacity(original.count)
    result.origin.reserveCapacity(original.count)
    var mayNeedRepair = false
    var index = 0
    while index < original.count {
      let scalar = table.fold(WidthFolding.fold(original[index]))
      guard scalar.isHorizontalSpace else {
        // NB: one comparison for the Han that make up most of a line.
        if scalar.value < 0x80, OCRDigits.digit(for: scalar) != nil { mayNeedRepair = true }
        result.scalars.append(scalar.value == 0x2E ? fullStop(at: index, in: original, after: result.scalars.last) : scalar)
        result.origin.append(index)
        index += 1
        continue
      }
      var end = index + 1
      while end < original.count, table.fold(WidthFolding.fold(original[end])).isHorizontalSpace { end += 1 }
      if !dropsSpace(in: original, folding: table, from: index, to: end), !result.scalars.isEmpty,
        end < original.count
      {
        result.scalars.append(" ")
        result.origin.append(index)
      }
      index = end
    }
    return (result, mayNeedRepair)
  }

  /// Marks a Chinese sentence closes with before a half-width full stop (`全覆盖.`, `19 家.今年`).
  static let closingMarks: Set<Unicode.Scalar> = Set("”’）)》」』】".unicodeScalars)

  /// The half-width `.` at `index`, or `。` where it ends a Chinese sentence.
  static func fullStop(at index: Int, in original: UnsafeBufferPointer<Unicode.Scalar>, after previous: Unicode.Scalar?)
    -> Unicode.Scalar
  {
    endsChineseSentence(after: previous, before: index + 1 < original.count ? original[index + 1] : nil) ? "。" : "."
  }

  /// Whether a half-width `.` ends a Chinese sentence: it follows Han text (or its closing quote or
  /// bracket) and no digit or Latin letter follows it, so `5.6万`, `2023.11.8` and `www.bjzgh.org` keep it.
  static func endsChineseSentence(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
    guard let previous, previous.isHan || previous.isCJKPunctuation || closingMarks.contains(previous) else { return false }
    guard let next else { return true }
    let folded = WidthFolding.fold(next)
    return !(folded.value < 0x80 && (folded.isASCIIDigit || folded.properties.isAlphabetic))
  }

  /// Whether the space run `original[start..<end]` is letter-spacing or sits inside a number.
  /// Wideness is judged on the original scalars: `，` is CJK punctuation even though it folds to `,`.
  static func dropsSpace(
    in original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table, from start: Int,
    to end: Int
  ) -> Bool {
    guard start > 0, end < original.count else { return true }
    let wideBefore = original[start - 1]
    let wideAfter = original[end]
    let before = table.fold(WidthFolding.fold(wideBefore))
    let after = table.fold(WidthFolding.fold(wideAfter))
    // NB: a tab or an ideographic space sets columns apart (`2015\t6\t52`): never a stray space in a number.
    if before.isASCIIDigit && after.isASCIIDigit {
      return !separatesColumns(original, from: start, to: end) && splitsOneNumber(original, folding: table, from: start, to: end)
    }
    if before.isASCIIDigit && isWide(wideAfter) { return true }
    // NB: a space after a rounded figure and before a number parts two cells of a table's row
    // (`300余　1.1万`), never a number from its unit.
    // NB: so does a column's gap after a Han (`2021年底　　　2022年新增`: two cells of a header of years),
    // where a stray space (`8 月 14 日`) goes.
    if after.isASCIIDigit && isWide(wideBefore) {
      return !endsARoundedFigure(original, folding: table, at: start - 1) && !(wideBefore.isHan && setsColumnsApart(original[start..<end]))
    }
    // NB: a decimal point set off by spaces (`5 . 6万人次`) stays inside its number, and so does a
    // thousands comma with a stray space before it (`8 ,600余人次`).
    if before.isASCIIDigit && after == ".", digit(after: end + 1, in: original, folding: table) { return true }
    if before.isASCIIDigit && after == ",", thousandsGroup(after: end + 1, in: original, folding: table) { return true }
    if before == "." && after.isASCIIDigit, digit(before: start - 2, in: original, folding: table) { return true }
    guard isWide(wideBefore), isWide(wideAfter) else { return false }
    // NB: a stray space between a rounded figure and its measure word goes, as after a digit
    // (`6800余 人次`, `2.4万 份`); a column's gap stays.
    if wideAfter.isHan, !setsColumnsApart(original[start..<end]), endsARoundedFigure(original, folding: table, at: start - 1) {
      return true
    }
    // NB: a tab or two ideographic spaces between two Han set a table's columns apart, even after a
    // letter-spaced or one-Han cell (`区 域\t驿站数量（座）` → `区域 驿站数量(座)`, `区　　　　慰问困难职工（户）`).
    if wideBefore.isHan, wideAfter.isHan, setsColumnsApart(original[start..<end]) { return false }
    if wideBefore.isCJKPunctuation || wideAfter.isCJKPunctuation { return true }
    return standsAlone(original, at: start - 1) || standsAlone(original, at: end)
  }

  /// Whether the space run between two digits parts one number: a letter-spaced number (`2 0 2 4`,
  /// its digit before the space standing alone) or a thousands group set off by a space (`1 463`,
  /// three digits and no more after it). Two numbers side by side, as in a table's row (`东城区 45 30`),
  /// stay two.
  static func splitsOneNumber(
    _ original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table, from start: Int, to end: Int
  ) -> Bool {
    func isDigit(_ i: Int) -> Bool {
      i >= 0 && i < original.count && table.fold(WidthFolding.fold(original[i])).isASCIIDigit
    }
    if !isDigit(start - 2) { return true }
    var groupEnd = end
    while isDigit(groupEnd) { groupEnd += 1 }
    return groupEnd - end == 3
  }

  /// Whether three digits, and no fourth, stand right at `index`: a thousands group after its comma.
  static func thousandsGroup(after index: Int, in original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table) -> Bool {
    var end = index
    while end < original.count, table.fold(WidthFolding.fold(original[end])).isASCIIDigit { end += 1 }
    return end - index == 3
  }

  /// Whether the first scalar at or after `index` that is no space is an ASCII digit.
  static func digit(after index: Int, in original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table) -> Bool {
    var i = index
    while i < original.count, original[i].isHorizontalSpace { i += 1 }
    return i < original.count && table.fold(WidthFolding.fold(original[i])).isASCIIDigit
  }

  /// Whether the first scalar at or before `index` that is no space is an ASCII digit.
  static func digit(before index: Int, in original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table) -> Bool {
    var i = index
    while i >= 0, original[i].isHorizontalSpace { i -= 1 }
    return i >= 0 && table.fold(WidthFolding.fold(original[i])).isASCIIDigit
  }

  /// Whether the scalar at `index` closes a figure's rounding: a multiplier or an approximation
  /// right after its digits (`300余`, `1.1万`, `2.3万余`).
  static func endsARoundedFigure(
    _ original: UnsafeBufferPointer<Unicode.Scalar>, folding table: ScriptFolding.Table, at index: Int
  ) -> Bool {
    var i = index
    while i >= 0, i > index - 2, ChineseNumeral.isRoundingWord(original[i]) { i -= 1 }
    return i < index && i >= 0 && table.fold(WidthFolding.fold(original[i])).isASCIIDigit
  }

  /// Whether a space run between two Han is a table's column gap: a tab, two ideographic spaces
  /// (letter-spacing sets one), or three ASCII spaces, as a page dumped with its layout sets its
  /// columns (`区          驿站总数(家)`).
  static func setsColumnsApart(_ run: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
    run.contains("\t") || run.count { $0 == "\u{3000}" } >= 2 || run.count >= minimumLayoutGap
  }

  /// The fewest ASCII spaces that set columns apart in a page dumped with its layout; letter-spacing
  /// and stray spaces set one or two.
  static let minimumLayoutGap = 3

  /// Whether the space run holds a tab or an ideographic space, or is a layout's column gap, which
  /// set a table's columns apart.
  static func separatesColumns(_ original: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Bool {
    end - start >= minimumLayoutGap || original[start..<end].contains { $0 == "\t" || $0 == "\u{3000}" }
  }

  /// A Han scalar or CJK punctuation: the scalars letter-spacing separates.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool { scalar.isHan || scalar.isCJKPunctuation }

  /// Whether the wide scalar at `index` has a space (or an edge, or punctuation) on both sides.
  /// NB: a measure word set off from its number (`300 名 服务站点`) does not stand alone: the space
  /// before it parts a number from its unit, not letters of a spaced-out line.
  static func standsAlone(_ original: UnsafeBufferPointer<Unicode.Scalar>, at index: Int) -> Bool {
    func isGap(_ i: Int) -> Bool {
      i < 0 || i >= original.count || original[i].isHorizontalSpace || original[i].isCJKPunctuation
    }
    var before = index - 1
    while before >= 0, original[before].isHorizontalSpace { before -= 1 }
    let afterNumber = before < index - 1 && before >= 0 && WidthFolding.fold(original[before]).isASCIIDigit
    return isGap(index - 1) && isGap(index + 1) && !afterNumber
  }
}
