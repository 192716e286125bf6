// `1156名选手进入决赛`: those who reached a contest's final are a part of those who entered it.
import ChineseText

/// A count of people right before the words of reaching a final (`386名选手进入决赛`, `60名职工晋级决赛`)
/// counts the finalists: the part `决赛`, never a second head count beside those who entered.
enum Finalists {
  static let label = "决赛"
  /// Words of reaching a final.
  static let reaching = ["进入决赛", "晋级决赛", "闯入决赛", "入围决赛", "进入总决赛", "晋级总决赛"].map { Array($0.unicodeScalars) }
  /// The most Han scalars between a count and its words of reaching: a noun of people (`选手`, `职工`).
  static let maxWordsBetween = 6

  /// The part `决赛` when the words right after a count of people (ending at `end`) say they reached the final.
  static func part(after end: Int, in scalars: [Unicode.Scalar]) -> String? {
    var index = end
    while index < scalars.count, index - end <= maxWordsBetween, scalars[index].isHan {
      if reaching.contains(where: { scalars[index...].starts(with: $0) }) { return label }
      index += 1
    }
    return nil
  }
}
