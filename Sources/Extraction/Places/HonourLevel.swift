// A place that names an honour's level (`北京市劳模`, `全国五一劳动奖章`) is not where a figure is.
import ChineseText

/// `其中全国劳模8人，北京市劳模41人`: 全国 and 北京市 say which roll the model workers are on, not
/// where the 41 are — they are the district's, as the sentence's place says. A place followed by
/// the name of an honour is left out of the clause's places, even when it is the only one.
enum HonourLevel {
  /// Honours a place may rank (`全国劳模`, `北京市先进工作者`, `首都劳动奖章`, `北京大工匠`).
  /// NB: each is asked as a prefix of the words after the place.
  static let honours = [
    "劳模", "劳动模范", "五一劳动奖章", "劳动奖章", "先进工作者", "先进集体", "大工匠", "工匠", "技术能手", "岗位能手", "三八红旗手",
  ].map { Array($0.unicodeScalars) }

  /// `mentions` without those an honour's name follows.
  static func droppingHonours(from mentions: [PlaceMention], in clause: [Unicode.Scalar]) -> [PlaceMention] {
    mentions.filter { !ReferencePlace.isFollowed($0, byAnyOf: honours, in: clause) }
  }
}
