// A work report's numbered points (`一是…。二是…`): a point's figures count for what the point names.

/// The points a report sets out in turn, each opened by its number: `一是` … `十是`, or `（一）` …
/// `（十）`, at the start of a paragraph or after a sentence or clause break.
///
/// A figure within a point counts for the programme the point names before it
/// (`一是深化“暖心伴考”服务。全年在全区9个考点设立服务站，组织志愿者150名`), not for the one the article as
/// a whole is filed under, which another point may have named (`二是推进驿站建设。新建暖心驿站12家`). In
/// a report whose points name several programmes, a point that names none (`四是做好困难职工帮扶`)
/// counts for none of them.
enum NumberedPoint {
  /// A point's number. NB: a `switch`, not a set: every scalar before a figure is asked, and
  /// hashing each was a measurable cost.
  static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
    default: false
    }
  }
  /// What may stand before a point's number: a sentence or clause break, or a space after one.
  static let breaks: Set<Unicode.Scalar> = Set("。；：！？，、;:!?, \t\u{3000}".unicodeScalars)
  static let opening: Set<Unicode.Scalar> = ["（", "("]
  static let closing: Set<Unicode.Scalar> = ["）", ")"]

  /// The point that holds `offset`, from its number to the next point's or the end; nil when no
  /// point opens at or before `offset` in `scalars`.
  static func point(holding offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
    guard let start = (0...min(offset, scalars.count - 1)).reversed().lazy.compactMap({ markerStart(around: $0, in: scalars) }).first
    else { return nil }
    let next = (start + 2..<scalars.count).lazy.compactMap { markerStart(around: $0, in: scalars) }.first
    return start..<(next ?? scalars.count)
  }

  /// Every point of `scalars` as the range from its number to the next point's, or to the end.
  static func points(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var starts: [Int] = []
    for index in scalars.indices {
      if let start = markerStart(around: index, in: scalars), start != starts.last { starts.append(start) }
    }
    return starts.indices.map { starts[$0]..<($0 + 1 < starts.count ? starts[$0 + 1] : scalars.count) }
  }

  /// The start of the point marker whose numeral stands at `index` (`二是`, `（二）`), if it is one.
  private static func markerStart(around index: Int, in scalars: [Unicode.Scalar]) -> Int? {
    guard isNumeral(scalars[index]) else { return nil }
    let next = index + 1 < scalars.count ? scalars[index + 1] : nil
    if next == "是", opensAfterBreak(at: index, in: scalars) { return index }
    if let next, closing.contains(next), index > 0, opening.contains(scalars[index - 1]),
      opensAfterBreak(at: index - 1, in: scalars)
    {
      return index - 1
    }
    return nil
  }

  /// Whether `index` opens the text or follows a break.
  private static func opensAfterBreak(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    index == 0 || breaks.contains(scalars[index - 1])
  }
}

extension FactExtractor {
  /// The programme a figure's numbered point gives it, or nil when its clause is in no point: the
  /// programme the sentence names within the point, else the one the point names before the
  /// sentence (its heading), else the one the sentence names before the point opens (a lead-in:
  /// `驿站建设有三个特点：一是…`). The article's programme may stand in for none unless the
  /// article's points name several programmes.
  func pointProgramme(clause: Range<Int>, sentence: Range<Int>, in unit: TextUnit, _ context: ArticleContext)
    -> (named: Programme?, articleMayStand: Bool)?
  {
    let scalars = unit.scalars
    guard let point = NumberedPoint.point(holding: clause.lowerBound, in: scalars) else { return nil }
    let named = [
      sentence.clamped(to: point),
      point.lowerBound..<max(point.lowerBound, sentence.lowerBound),
      sentence.lowerBound..<max(sentence.lowerBound, point.lowerBound),
    ].lazy.compactMap { self.lexicon.firstProgramme(in: Array(scalars[$0]), confirmed: context.confirmed) }.first
    return (named, !pointsNameSeveralProgrammes(context))
  }

  /// Whether the points of the article's paragraphs name two programmes or more (read once).
  func pointsNameSeveralProgrammes(_ context: ArticleContext) -> Bool {
    if let known = context.pointsNameSeveralProgrammes { return known }
    var named: Set<String> = []
    for unit in context.units {
      for point in NumberedPoint.points(in: unit.scalars) {
        if let programme = lexicon.firstProgramme(in: Array(unit.scalars[point]), confirmed: context.confirmed) {
          named.insert(programme.id)
        }
      }
    }
    context.pointsNameSeveralProgrammes = named.count > 1
    return named.count > 1
  }
}
