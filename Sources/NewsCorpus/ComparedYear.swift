// A year named as the base of a comparison (`较2023年底`, `与2023年相比`): not when anything happens.
import ChineseText

/// Whether a year mention is what something is compared with. Such a year dates neither the figure
/// before it (`共有驿站2900余家，较2023年底增加了200余家`) nor the article (`比2019年的90支多出60支`).
public enum ComparedYear {
  /// Marks right before a year that make it the base of a comparison (`较2023年`, `比2015年`).
  static let marks: Set<Unicode.Scalar> = ["较", "比"]
  /// Marks before a year that do so when 相比 follows it (`与2023年相比`, `同2023年底相比`).
  static let marksWhenXiangbiFollows: Set<Unicode.Scalar> = ["与", "和", "同", "跟"]
  static let xiangbi = Array("相比".unicodeScalars)
  /// Marks before a year that do so when a multiple (倍) follows it in its clause.
  static let marksWhenMultipleFollows: Set<Unicode.Scalar> = ["是", "为", "于"]
  static let multipleReach = 16
  /// How far after the year 相比 may follow, in scalars (`与2023年底相比`).
  static let xiangbiReach = 6

  /// Whether the year at `at..<end` of `text` is the base of a comparison.
  public static func isCompared(_ text: [Unicode.Scalar], yearAt at: Int, end: Int) -> Bool {
    guard at > 0 else { return false }
    if marks.contains(text[at - 1]) { return true }
    // NB: a multiple of a year's figure (`是2015年首批人数的两倍多`, `相当于2019年的3倍`) compares too.
    if marksWhenMultipleFollows.contains(text[at - 1]), clause(of: text, from: end, reach: multipleReach).contains("倍") {
      return true
    }
    guard marksWhenXiangbiFollows.contains(text[at - 1]) else { return false }
    return clause(of: text, from: end, reach: xiangbiReach).containsWord(xiangbi)
  }

  /// Words right after a year that say its figure was small then (`2015年仅30人`, `2015年时只有3个`):
  /// the year is the past the present is measured against, so it does not date the article (its
  /// figure is still that year's).
  static let onlyWords: Set<Unicode.Scalar> = ["仅", "只", "才"]

  static func isOnlyThen(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    var index = end
    if index < text.count, text[index] == "时" { index += 1 }
    return index < text.count && onlyWords.contains(text[index])
  }

  /// The words after `end` up to the end of their clause, at most `reach` scalars.
  static func clause(of text: [Unicode.Scalar], from end: Int, reach: Int) -> ArraySlice<Unicode.Scalar> {
    text[end..<min(text.count, end + reach)].prefix { !Punctuation.splitsClause($0) && !Punctuation.endsSentence($0) }
  }
}
