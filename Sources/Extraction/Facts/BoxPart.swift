// `全区驿站：1186个` over `上半年新建：64个` and `银行网点：402个`: a box's row that names only a part.
import ChineseText
import NewsCorpus

/// A box of figures printed a row a line opens on its total (`全区驿站：1186个`); a later row whose
/// label names nothing counted and no place (`上半年新建：64个`, `提档升级：120个`, `银行网点：402个`, under
/// the same or another heading of the box) is that part of what the total counts, in a measure word
/// that counts alike. A row that names its own noun (`上半年服务：86.5万人次`) or a place (`望京街道：58个`)
/// is read by other rules; a share or a rate (`同比增长：12.3%`) counts nothing.
enum BoxPart {
  /// The part a box's row names, when its figure is one of `total`'s parts: its breakdown, else its label.
  static func part(of quantity: Quantity, in row: [Unicode.Scalar], total: Fact, gazetteer: Gazetteer) -> String? {
    guard let label = ListRow.keyValueLabel(row), quantity.start > label.endIndex,
      MeasureWordClass.countAlike(quantity.unit, total.unit)
    else { return nil }
    let name = NamedPart.withoutLinks(label.filter { !$0.isHorizontalSpace }[...])
    guard (2...NamedPart.maxLabel).contains(name.count), name.allSatisfy({ $0.isHan }), gazetteer.scope(ofClause: Array(name)) == nil
    else { return nil }
    // NB: a label that names a breakdown is that breakdown (`上半年新建` → 新增), as in a sentence.
    return Breakdown.part(of: total.metric, in: ScalarText(checking: name)) ?? String(String.UnicodeScalarView(name))
  }
}
