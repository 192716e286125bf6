// A place named to locate or compare another (`与西城相邻的东城区`, `与朝阳区相比`) is not the clause's.
import ChineseText

/// `与西城相邻的东城区，今年也有近八百名志愿者`: 西城 only says where 东城区 lies; `与朝阳区相比，海淀区…`
/// compares. When another place stands in the clause, a place followed by a word of neighbouring
/// or comparing is left out of the clause's scope; alone, it stays (`与朝阳区相邻` says nothing else).
enum ReferencePlace {
  /// Words after a place that make it the reference of another: its neighbours (`相邻的`), or a
  /// comparison. NB: each is asked as a prefix of the words after the place.
  static let words = ["相邻", "毗邻", "接壤", "交界", "相连", "相比", "相较", "比较"].map { Array($0.unicodeScalars) }

  /// `mentions` without those a reference word follows, when any other is left.
  static func droppingReferences(from mentions: [PlaceMention], in clause: [Unicode.Scalar]) -> [PlaceMention] {
    guard mentions.count > 1 else { return mentions }
    let kept = mentions.filter { !isFollowed($0, byAnyOf: words, in: clause) }
    return kept.contains(where: { $0.role != .prefix && $0.isResolved }) ? kept : mentions
  }

  /// Whether one of `words` starts right after `mention` in `clause`.
  static func isFollowed(_ mention: PlaceMention, byAnyOf words: [[Unicode.Scalar]], in clause: [Unicode.Scalar]) -> Bool {
    let after = clause[mention.end...]
    return words.contains(where: after.starts)
  }
}
