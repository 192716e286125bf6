// `“…驿站26个”有误，应为“…驿站16个”。特此更正`: a correction withdraws the figure it quotes as printed.
import ChineseText

/// A paper's correction notice quotes the figure it printed and the one it should have printed
/// (`…一文中，“新建户外职工服务站26个”有误，应为“…16个”。特此更正`): the first is withdrawn and counts
/// nothing; the second counts as any figure does.
enum Correction {
  static let shouldRead = Array("应为".unicodeScalars)
  static let marks = ["更正", "有误"].map { Array($0.unicodeScalars) }

  /// Whether the figure ending at `end` is the one a correction withdraws: 应为 follows it in its
  /// sentence, and the paragraph says it corrects (`更正`, `有误`).
  static func isWithdrawn(endingAt end: Int, sentence: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
    guard end < sentence.upperBound, scalars[end..<sentence.upperBound].containsWord(shouldRead) else { return false }
    return marks.contains(where: scalars[...].containsWord)
  }
}
