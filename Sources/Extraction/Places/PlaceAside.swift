// A place in brackets after a unit's name (六分公司（顺义区）): where that unit is, said in passing.
import ChineseText
import NewsCorpus

/// `六分公司（顺义区） 1 32 37`, `客一分公司（丰台区）`: a place that is all an aside after a name says where
/// that unit is, as a table of an enterprise's branches notes it. It is no place the article is
/// about: an article with two such asides is still its enterprise's, not a district's.
enum PlaceAside {
  /// `mentions` without the places that fill an aside in brackets right after a Han name.
  static func droppingAsides(from mentions: [PlaceMention], in text: [Unicode.Scalar]) -> [PlaceMention] {
    mentions.filter { !isAside($0, in: text) }
  }

  /// Whether the mention is all the text between two brackets, and a Han name stands before them.
  static func isAside(_ mention: PlaceMention, in text: [Unicode.Scalar]) -> Bool {
    guard mention.start >= 2, mention.end < text.count else { return false }
    return ListRow.isOpenBracket(text[mention.start - 1]) && ListRow.isCloseBracket(text[mention.end]) && text[mention.start - 2].isHan
  }
}
