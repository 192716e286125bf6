// The street, town or area a figure counts, below its district: 清河街道's 30家 are not 海淀区's.

extension Gazetteer {
  /// Places below a district that a figure can be counted for.
  static let localKinds: Set<PlaceKind> = [.street, .town, .township, .area]
  /// Words that put a figure in the whole district (`全区共有驿站300家`), whatever the article's street.
  static let wholeDistrictWords = ["全区", "该区", "各街道", "各街乡", "各乡镇"].map(MatchWord.init)

  /// What a text says of a figure's place inside `district`: whether it names a place at all
  /// (a district, a street, 全区…), and the street, town or area it names there, if any.
  func localityReading(of text: [Unicode.Scalar], in district: Scope) -> (namesPlace: Bool, locality: String?) {
    let mentions = places(in: text).filter { $0.role != .prefix && $0.isResolved && !$0.isWeak }
    let words = ScalarText(checking: text[...])
    guard !Self.wholeDistrictWords.contains(where: words.contains) else { return (true, nil) }
    // Streets named together count together (`望京街道、酒仙桥街道共建成驿站20家`).
    if let joint = PlaceList.jointLocality(in: text, mentions: mentions, district: district) { return (true, joint) }
    // NB: the last place named decides: `密云区总工会…对溪翁庄镇辖区内8家驿站` is the town's, and
    // `通州区总工会…设置了3个` the district's. A place that opens an institution's name
    // (`潞城第一中学`, `通州区第一中学`) places nothing. In an address (`海淀区清河街道`) the
    // district is a prefix, left out above.
    let last = mentions.last { $0.scope == district && !Self.opensInstitution(text, after: $0.end) }
    // NB: one place of a list whose other places the gazetteer does not know (`在亦庄、旧宫等镇街`,
    // `上地、西北旺等区域`) is no street the figure is about: it is several places'.
    if let last, Self.isListItem(last, in: text) { return (true, nil) }
    let local = last.flatMap { Self.localKinds.contains($0.place.kind) ? $0.place.name : nil }
    return (!mentions.isEmpty, local)
  }

  /// Whether the place stands in a list: a list mark right before it, or one or 等 right after it;
  /// not a union's name in a list of organisers (`西城区总工会、金融街街道总工会联合举办`).
  static func isListItem(_ mention: PlaceMention, in text: [Unicode.Scalar]) -> Bool {
    let before = mention.start > 0 ? text[mention.start - 1] : nil
    let after = mention.end < text.count ? text[mention.end] : nil
    guard !unionWords.contains(where: { text[mention.end...].starts(with: $0) }) else { return false }
    return before == "、" || after == "、" || after == "等"
  }

  static let unionWords = ["总工会", "工会"].map { Array($0.unicodeScalars) }

  /// Words that make the place before them part of an institution's name.
  static let institutionWords = ["第一", "第二", "第三", "中学", "小学", "学校", "医院", "大学", "学院", "一中", "二中", "公司"]
    .map { Array($0.unicodeScalars) }

  static func opensInstitution(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    let rest = text[end...]
    return institutionWords.contains { rest.starts(with: $0) }
  }
}

extension ArticlePlaces {
  /// The street, town or area the article is about inside its primary district: the first its
  /// title names, else its lead (`海淀区清河街道总工会新建驿站30家`), but for a place that opens an
  /// institution's name (`在良乡中学考点设立服务站`).
  var locality: String? {
    guard let primary, primary.isBeijingDistrict else { return nil }
    let usable = localityMentions.filter { $0.role != .prefix && $0.isResolved && !$0.isWeak }
    return usable.first { Gazetteer.localKinds.contains($0.place.kind) && $0.scope == primary }?.place.name
  }
}
