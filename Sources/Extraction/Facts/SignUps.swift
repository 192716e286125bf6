// `吸引单身职工300余人报名`: people who signed up are a part of their own, not the crowd that took part.
import ChineseText

/// A count of people right before 报名 (`300余人报名`, `300余人踊跃报名`), or before the people it
/// counts and then 报名 (`300余名单身职工报名`, `500名职工通过网络报名`), counts those who signed up,
/// beside those who took part (`经筛选后120名青年职工参加`): the part `报名`, which an article's head
/// count leaves out. Words of taking part between the count and 报名 (`300名职工参加报名咨询`) or
/// right after it (`550名职工报名参赛`: the contest's players) make it no sign-up count.
enum SignUps {
  static let word = Array("报名".unicodeScalars)
  static let label = String(scalars: word[...])
  /// The most Han scalars between a count and its 报名: a noun of people and how they signed up.
  static let maxWordsBetween = 8
  static let takingPart = ["参加", "参与", "参赛", "完成"].map { Array($0.unicodeScalars) }

  /// A count named by the number of sign-ups before it (`报名人数超过600人`, `报名人数一度突破1500人`).
  static let signUpCount = Array("报名人数".unicodeScalars)

  /// Verbs of reaching a count between 报名 and the count (`线上报名人数达2300余人`, `现场报名超1000人`).
  static let reaching = ["达", "达到", "超", "超过", "共", "约", "近"].map { Array($0.unicodeScalars) }

  /// The part `报名` when the clause before the count names it as the number who signed up
  /// (`报名人数超过600人`), or 报名 stands right before the count (`现场报名1000余人`, `线上报名达2300余人`).
  static func part(before words: ArraySlice<Unicode.Scalar>) -> String? {
    if words.containsWord(signUpCount) { return label }
    let bare = reaching.first(where: words.endsWithWord).map { words.dropLast($0.count) } ?? words
    return bare.endsWithWord(word) ? label : nil
  }

  /// The part `报名` when the words right after a count of people (ending at `end`) say they signed up.
  static func part(after end: Int, in scalars: [Unicode.Scalar]) -> String? {
    var index = end
    while index < scalars.count, index - end <= maxWordsBetween, scalars[index].isHan {
      if scalars[index...].starts(with: word) {
        // NB: those who entered a contest are its players (`550名职工报名参赛`), not only sign-ups.
        let after = scalars[(index + word.count)...]
        return takingPart.contains(where: scalars[end..<index].containsWord) || takingPart.contains(where: { after.starts(with: $0) })
          ? nil : label
      }
      index += 1
    }
    return nil
  }
}
