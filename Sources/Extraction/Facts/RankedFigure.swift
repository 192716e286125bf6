// `朝阳区以356家位居全市第一`: a figure that ranks its place counts what the figures before it count.
import ChineseText

/// A figure followed by a ranking (`以356家位居全市第一`, `以120名排名第二`) names no noun of its own:
/// it is its place's count of what the text just counted, in the same sentence or a later one.
enum RankedFigure {
  /// Words that rank a place right after its figure.
  static let rankings = ["位居", "位列", "排名", "名列", "排在", "排全", "居全", "居首", "居第", "居各", "居前"]
    .map { Array($0.unicodeScalars) }

  /// Whether a ranking opens `after`, the words right after a figure.
  static func follows(_ after: ArraySlice<Unicode.Scalar>) -> Bool {
    rankings.contains { after.starts(with: $0) }
  }

  /// Words that end a clause ranking its place before the figure's clause (`朝阳区数量最多，达到136家`).
  static let rankingEnds = ["最多", "最少", "居首", "居多", "较多", "较少", "第一", "第二", "第三", "其次", "次之"]
    .map { Array($0.unicodeScalars) }
  /// Words a figure's clause may hold before its number after such a clause (`达到`, `仅有`).
  static let links = ["达到", "达", "仅有", "只有", "共有", "有", "为", "仅", "约", "共计", "共"].map { Array($0.unicodeScalars) }

  /// The clause before `item` when it ranks a place and `item`, the figure's own words before its
  /// number, only links to it (`朝阳区数量最多，达到136家`, `延庆区最少，仅有21家`): the place is that clause's.
  /// `words` run up to the number, `item` is their last item, after a list mark.
  static func rankedClause(before item: ArraySlice<Unicode.Scalar>, in words: ArraySlice<Unicode.Scalar>, marks: Set<Unicode.Scalar>)
    -> ArraySlice<Unicode.Scalar>?
  {
    var rest = item.filter { !$0.isHorizontalSpace }[...]
    while let link = links.first(where: { rest.starts(with: $0) }) { rest = rest.dropFirst(link.count) }
    guard rest.isEmpty, item.startIndex > words.startIndex else { return nil }
    let clause = words[..<(item.startIndex - 1)].afterLast(where: marks.contains)
    return rankingEnds.contains(where: clause.endsWithWord) ? clause : nil
  }

  /// Verbs that win a place: the number after them is the place won, not a count (`分获二、三名`).
  static let winning = ["分获", "获得", "荣获", "夺得", "获", "摘得", "位列", "名列", "排名", "居"].map { Array($0.unicodeScalars) }

  /// Whether the figure at `start` in 名 or 位 is a place won (`雁栖镇、桥梓镇代表队分获二、三名`, `居前三位`):
  /// a verb of winning, maybe 前 or 第, and the ordinals listed before it stand right before the number.
  static func isPlaceWon(_ quantity: Quantity, in scalars: [Unicode.Scalar]) -> Bool {
    guard quantity.unit == "名" || quantity.unit == "位" else { return false }
    var index = quantity.start
    // NB: ordinals listed before the number (`二、三名`: 三 is the figure, 二、 its fellow).
    while index >= 2, scalars[index - 1] == "、", ChineseNumeral.digit(scalars[index - 2]) != nil || scalars[index - 2].isASCIIDigit {
      index -= 2
    }
    if index > 0, scalars[index - 1] == "前" || scalars[index - 1] == "第" { index -= 1 }
    let before = scalars[..<index]
    return winning.contains(where: before.endsWithWord)
  }
}
