// `吸引单身职工300余人报名`: people who signed up are a part of their own, not the crowd that took part.
import ChineseText

/// A count of people right before 报名 (`300余人报名`, `300余人踊跃报名`) counts those who signed up,
/// beside those who took part (`经筛选后120名青年职工参加`): the part `报名`, which an article's head
/// count leaves out.
enum SignUps {
  static let word = Array("报名".unicodeScalars)
  static let adverbs = ["踊跃", "积极", "在线", "网上"].map { Array($0.unicodeScalars) }
  static let label = String(scalars: word[...])

  /// The part `报名` when the words right after a count of people (ending at `end`) say they signed up.
  static func part(after end: Int, in scalars: [Unicode.Scalar]) -> String? {
    var index = end
    for adverb in adverbs where scalars[index...].starts(with: adverb) { index += adverb.count }
    return scalars[index...].starts(with: word) ? label : nil
  }
}
