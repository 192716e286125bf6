// `去年…服务户外劳动者超过20万人次；今年前5个月，这一数字已达15.6万人次`: a figure said of "this number".
import ChineseText

/// A figure whose clause names no noun but "this number" (`这一数字`, `这个数字`, `该数字`) counts what
/// the figure before it in a measure word that counts alike counts: the same measure, at another
/// time or place (`这一数字已达15.6万人次` is people served, this year's).
enum ThisFigure {
  /// Words that point back at the figure before.
  static let pointers = ["这一数字", "这个数字", "该数字", "这一数据", "此数字"].map { Array($0.unicodeScalars) }

  /// The earlier fact `quantity` restates the measure of, if its clause points back at one: the last
  /// of its own paragraph's facts that counts alike, else of the article's paragraphs before.
  static func antecedent(
    of quantity: Quantity, clause: Range<Int>, in scalars: [Unicode.Scalar], paragraph: [Fact], before: [Fact]
  ) -> Fact? {
    guard pointers.contains(where: { scalars.offset(ofWord: $0, in: clause.lowerBound..<quantity.start) != nil }) else { return nil }
    func countsAlike(_ fact: Fact) -> Bool { fact.metric != .other && MeasureWordClass.countAlike(fact.unit, quantity.unit) }
    return paragraph.last(where: countsAlike) ?? before.last(where: countsAlike)
  }
}
