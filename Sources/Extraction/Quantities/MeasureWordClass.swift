// Measure words that count the same things one by one: `12个` and `12家` stations are one figure.

/// Which measure words agree when two sources give the same number: 个, 家, 处, 座, 所 and 间 count
/// places one by one (`古城街道驿站12个` and `…12家` are one figure, not a disagreement), and 名, 人 and 位
/// count people. 个次 and 人次 count visits, not things, and stay apart, as do all others. A part
/// after 其中 may count in another of its total's words (`126名劳模…其中全国劳模8人`).
public enum MeasureWordClass {
  /// The measure word a figure is compared under.
  public static func key(_ unit: String?) -> String? {
    guard let unit else { return nil }
    // NB: bytes, not `String ==`: two unequal Chinese strings compare through Unicode normalisation.
    if places.contains(where: unit.utf8.elementsEqual) { return "个" }
    if people.contains(where: unit.utf8.elementsEqual) { return "名" }
    return unit
  }

  /// Whether two measure words count the same things one by one (`名` and `人`).
  public static func countAlike(_ one: String?, _ other: String?) -> Bool {
    key(one) == key(other)
  }

  static let places = ["个", "家", "处", "座", "所", "间"].map { Array($0.utf8) }
  static let people = ["名", "人", "位"].map { Array($0.utf8) }
}
