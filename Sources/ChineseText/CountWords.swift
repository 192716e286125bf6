// Nouns that name a count and the measure word it is counted in: 人次, 人数, 总数, 数量.

/// The count nouns of Chinese reports (`服务人次`, `志愿者人数`, `驿站总数`, `驿站数量`, `站点数`, `慰问户数`)
/// and the measure word each gives the bare number it names: 人次 counts 人次, 人数 people, 总数 and 数量
/// things (`个`), as do the number of sites or stations (点数, 站数); 户数 counts households. Shared by
/// a number's count noun before it (`驿站总数达1460`) and a table's column header (`驿站数量` over `东城区 45`).
public enum CountWords {
  public static let nouns: [(word: [Unicode.Scalar], unit: String)] = [
    ("人次", "人次"), ("人数", "人"), ("总数", "个"), ("数量", "个"), ("总量", "个"), ("点数", "个"), ("站数", "个"), ("户数", "户"),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// Nouns a table's column may be headed with alone (`街道 服务点 志愿者 伴考包` over `望京街道 2 26 320`),
  /// each with the measure word its bare cells are counted in: people in 名, points and stations in 个,
  /// packs in 个, teams in 支, hours in 小时. Only a header over rows reads them: a bare number after
  /// one of these nouns in a sentence is no count (`志愿者2024年`).
  public static let columnNouns: [(word: [Unicode.Scalar], unit: String)] = [
    ("志愿者", "名"), ("服务点", "个"), ("站点", "个"), ("驿站", "个"), ("伴考点", "个"), ("伴考包", "个"), ("爱心包", "个"),
    ("暖心包", "个"), ("服务队", "支"), ("志愿服务队", "支"), ("服务时长", "小时"), ("时长", "小时"),
  ].map { (Array($0.0.unicodeScalars), $0.1) }

  /// The measure word of the column noun that ends `words` (see ``columnNouns``), if one does.
  public static func columnUnit(endingWith words: ArraySlice<Unicode.Scalar>) -> String? {
    columnNouns.first { words.endsWithWord($0.word) }?.unit
  }

  /// The measure word of the count noun that ends `words`, if one does.
  public static func unit(endingWith words: ArraySlice<Unicode.Scalar>) -> String? {
    nouns.first { words.endsWithWord($0.word) }?.unit
  }
}
