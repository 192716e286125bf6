// A count named before its number: 服务人次超过15万, 志愿者人数达300余, 驿站总数达1460.
import ChineseText

/// The noun that says what a bare number counts when it stands before the number: `人次`,
/// `人数`, `总数`, `数量`, then perhaps a verb of reaching (`已达`, `达到`, `共计`…; 超过 and 突破
/// belong to the quantity, as approximations). The noun
/// carries the measure word the number leaves out: 人次 counts 人次, 人数 people, 总数 and 数量
/// things (`个`).
///
/// NB: 总数 and 数量 of people (志愿者总数) are left unread: the noun does not say which measure
/// word the count would take, and a wrong one would file the figure under another metric.
public enum CountNoun {
  /// The measure word a count noun right before `start` gives a bare number, if there is one.
  public static func unit(before start: Int, in text: [Unicode.Scalar]) -> String? {
    var end = start
    while end > 0, Scalars.isSpace(text[end - 1]) { end -= 1 }
    // NB: 就, 已, 累计, 首次 and a verb may stand between the noun and the number, in that order.
    for _ in 0..<4 {
      guard let word = linkWords.first(where: { text[..<end].endsWithWord($0) }) else { break }
      end -= word.count
    }
    return CountWords.unit(endingWith: text[..<end])
  }

  /// Whether a count noun stands right before `start`, so a bare number there is a count.
  static func precedes(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
    unit(before: start, in: text) != nil
  }

  /// Verbs and adverbs between the noun and its number, longest first so `已达` is not read as `达`
  /// (`服务人次首次突破15万`: 首次, then 突破 as the quantity's own).
  static let linkWords: [[Unicode.Scalar]] = [
    "达到了", "已经", "已达", "累计", "共计", "总计", "合计", "达到", "首次", "首度", "再次", "再度", "一举", "已", "达", "为",
    "共", "均", "：", ":",
    // NB: an adverb after the noun (`各驿站服务人次就达到近580万`, `志愿者人数也达到300余`).
    "就", "也", "便", "则", "还",
  ].map { Array($0.unicodeScalars) }
}
