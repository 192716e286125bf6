// A figure counted per year (`年服务户外劳动者超1000万人次`): one year's, never a running total.
import ChineseText

/// Words that give a clause's figure as a yearly rate: `年` as "a year, yearly" before a service verb
/// (`驿站年服务…`, `，年接待…`, `每年开展…`, `全年惠及…`).
enum AnnualRate {
  /// Verbs a yearly rate counts with.
  static let verbs = ["服务", "接待", "惠及", "受益", "帮扶", "救助", "慰问", "培训", "走访", "开展", "举办", "组织", "发放", "覆盖"]
    .map { Array($0.unicodeScalars) }
  /// Han that make a word of the 年 before them, so it is no "yearly": an age (`青年`, `老年`), a span
  /// of years (`多年`, `近年`, `历年`, `连年`, `常年`), or a year of its own (`今年`, `去年`, `当年`,
  /// `同年`, `往年`, `上年`); numerals make a count of years (`三年`, `10年`).
  /// NB: 每年 and 全年 keep the yearly reading; 今年 and its kin are single-year words of their own.
  static let formsAWord: Set<Unicode.Scalar> = Set("青老少童成中新历连近多数常长今去明前后当本同往上下壮晚早末半整周".unicodeScalars)

  /// Whether `clause` gives its figures per year: a 年 that opens a yearly rate before one of `verbs`.
  static func says(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
    var index = clause.startIndex
    while let found = clause[index...].firstIndex(of: "年") {
      index = found + 1
      let rest = clause[index...]
      guard verbs.contains(where: rest.starts) else { continue }
      guard found > clause.startIndex else { return true }
      let before = clause[found - 1]
      if before.isASCIIDigit || ChineseNumeral.isNumeralScalar(before) || formsAWord.contains(before) { continue }
      return true
    }
    return false
  }
}
