// `全市驿站达2846家。各区情况如下：朝阳区：312家；…`: a lead-in that names nothing lists the figure before it.
import ChineseText

/// A list of places after a lead-in that names no noun of its own (`各区情况如下：`, `具体分布：`)
/// breaks down the sentence just before the lead-in: its first figure in the list's measure word
/// (the sentence's main figure; a change or comparison comes after it: `达到2846家，比去年增加312家`).
///
/// Read so when the lead-in is one short sentence right after the total's, made only of words that
/// name nothing (`各区`, `情况`, `如下`; `参与共建的企业如下` names 企业), and nothing ends a sentence
/// between its colon and the figure but the semicolons of the list.
enum LeadInTotal {
  /// The longest lead-in, in scalars (`全市各区分布情况具体如下` is 12).
  static let maxLeadIn = 20
  /// Words of a lead-in that say a list follows and name nothing counted, longest first.
  static let listWords = [
    "具体情况", "分布情况", "各区县", "各街乡", "如下", "情况", "分布", "具体", "明细", "一览", "各区", "分区", "全市", "本市",
    "全区", "数据", "统计", "数量", "分别", "其中", "目前", "现将", "公布", "列", "为", "是", "的", "及", "和",
    "分区域", "区域", "来看", "而言", "从", "就", "按", "看",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Whether `words` are list words only.
  static func namesNothing(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
    var rest = words
    while !rest.isEmpty {
      guard let word = listWords.first(where: { rest.starts(with: $0) }) else { return false }
      rest = rest.dropFirst(word.count)
    }
    return true
  }

  /// Words that end a lead-in set off by a comma rather than a colon: it says from which side the
  /// list looks (`分区来看，`, `从各区看，`, `就各区而言，`).
  static let viewpointWords = ["来看", "看", "而言"].map { Array($0.unicodeScalars) }

  /// The total the noun-less `quantity` is an item of, if a lead-in that names nothing stands between.
  static func total(of quantity: Quantity, in scalars: [Unicode.Scalar], antecedents: [PlaceBreakdown.Antecedent]) -> Fact? {
    guard let (end, leadIn) = colonLeadIn(before: quantity.start, in: scalars) ?? commaLeadIn(before: quantity.start, in: scalars)
    else { return nil }
    guard !leadIn.isEmpty, leadIn.count <= maxLeadIn, namesNothing(leadIn[...]) else { return nil }
    // The total's sentence ends at `end`: its first figure in the measure word.
    let sentenceStart = (scalars[..<end].lastIndex(where: PlaceBreakdown.endsList) ?? -1) + 1
    return antecedents.first { $0.fact.unit == quantity.unit && $0.end > sentenceStart && $0.end <= end }?.fact
  }

  /// Where the sentence before a colon lead-in ends, and the lead-in (`各区情况如下：`).
  static func colonLeadIn(before start: Int, in scalars: [Unicode.Scalar]) -> (end: Int, leadIn: [Unicode.Scalar])? {
    guard let colon = scalars[..<start].lastIndex(where: Punctuation.isColon) else { return nil }
    // NB: `朝阳区：312家` has a colon of its own; the lead-in's is the first after the sentence end.
    guard let end = scalars[..<colon].lastIndex(where: PlaceBreakdown.endsList) else { return nil }
    guard let leadInColon = scalars[(end + 1)..<start].firstIndex(where: Punctuation.isColon),
      !scalars[leadInColon..<start].contains(where: PlaceBreakdown.endsList)
    else { return nil }
    return (end, scalars[(end + 1)..<leadInColon].filter { !$0.isHorizontalSpace })
  }

  /// The same for a lead-in that a comma ends, when a word of viewpoint closes it (`分区来看，`): the
  /// first clause of the figure's sentence.
  static func commaLeadIn(before start: Int, in scalars: [Unicode.Scalar]) -> (end: Int, leadIn: [Unicode.Scalar])? {
    guard let end = scalars[..<start].lastIndex(where: PlaceBreakdown.endsList),
      let comma = scalars[(end + 1)..<start].firstIndex(where: Punctuation.splitsClause), !Punctuation.isColon(scalars[comma])
    else { return nil }
    let leadIn = scalars[(end + 1)..<comma].filter { !$0.isHorizontalSpace }
    guard viewpointWords.contains(where: leadIn[...].endsWithWord) else { return nil }
    return (end, leadIn)
  }
}
