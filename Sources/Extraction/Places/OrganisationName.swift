// A name of an organisation that holds a place: 北京建工集团工会 is a company's union, not Beijing's.
import ChineseText
import NewsCorpus

/// Tells a place's own bodies (`朝阳区总工会`, `金盏地区总工会`, `海淀区委`: that place's figures) from
/// other organisations whose names hold a place (`北京建工集团工会`, `中建一局北京公司工会`,
/// `丰台区环卫中心`): a company's figures are a part of its place's, never the place's own.
enum OrganisationName {
  /// Words an organisation's name ends with.
  static let endings: [[Unicode.Scalar]] = [
    "工会", "公司", "集团", "分公司", "局", "医院", "学校", "大学", "学院", "中学", "小学", "中心", "委员会", "协会", "厂",
    "车队", "单位", "银行", "酒店", "商场",
  ].map { Array($0.unicodeScalars) }

  /// Whether `name` is another organisation's than its place's own body: it ends with an
  /// organisation's word, and what follows its last place is more than the place's union or
  /// government (`北京` + `建工集团工会`, not `朝阳区` + `总工会`).
  ///
  /// An aside in brackets after the name says where the organisation is (`六分公司（顺义区）`): the name
  /// before it decides, and a place only in the aside does not make the row that place's.
  static func isOtherOrganisation(_ name: [Unicode.Scalar], places: [PlaceMention]) -> Bool {
    let bare = name[..<ListRow.withoutAside(name, end: name.count)]
    guard endings.contains(where: bare.endsWithWord) else { return false }
    guard let last = places.last(where: { $0.role != .prefix && $0.isResolved && $0.end <= bare.endIndex }) else {
      return bare.endIndex < name.endIndex
    }
    let rest = bare[last.end...]
    return !rest.isEmpty && !Gazetteer.organisationHeadScalars.contains { $0.elementsEqual(rest) }
  }
}
