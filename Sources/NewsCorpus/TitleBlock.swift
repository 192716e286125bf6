// A title group → kicker, headline and subtitle, by the conventions of newspaper title blocks.

/// Kicker (引题), headline (主题) and subtitle (副题) of one title group.
struct TitleBlock: Sendable {
  var kicker: String?
  var headline: String?
  var subtitle: String?
  var headlineLine: Int?
  var kickerLine: Int?
  var subtitleLine: Int?
  var lines: [Int]

  /// The headline is the `#`-marked line with the fewest marks; without marks, the first line
  /// unless it ends with `——` or is a short name set letter-spaced over a longer line (then it is
  /// the kicker) or opens with a dash (then it is the subtitle,
  /// wherever the dump printed it: `——“暖心伴考”服务第五年侧记` over `考场外的红马甲`). Lines above the
  /// headline are the kicker, lines below it and dash-led lines above it the subtitle.
  init(_ group: [TitleLine]) {
    lines = group.map(\.line.number)
    guard !group.isEmpty else { return }
    if let labelled = Self.labelled(group) {
      self = labelled
      return
    }
    let headingLevels = group.compactMap { title -> Int? in
      if case .heading(let level) = title.kind { return level }
      return nil
    }
    var index: Int
    if let top = headingLevels.min() {
      index = group.firstIndex { $0.kind == .heading(level: top) }!
    } else {
      index = group.firstIndex { !$0.isKicker && !Self.opensWithADash($0) } ?? group.firstIndex { !$0.isKicker } ?? group.count - 1
      // NB: a short name set letter-spaced over a longer line is its column's name, the kicker
      // (`暖 心 伴 考` over `西城千余名职工志愿者坚守考点两天`), not the headline.
      if index + 1 < group.count, Self.isSpacedName(group[index]), group[index + 1].text.count > group[index].text.count,
        !Self.opensWithADash(group[index + 1])
      {
        index += 1
      }
    }
    if index == group.count - 1 && group[index].isKicker && group.count > 1 { index = 0 }
    headline = group[index].text
    headlineLine = group[index].line.number
    let above = group[..<index].filter { !Self.opensWithADash($0) }
    let below = group[..<index].filter(Self.opensWithADash) + group[(index + 1)...]
    kicker = above.isEmpty ? nil : above.map(\.text).joined(separator: " ")
    subtitle = below.isEmpty ? nil : below.map(\.text).joined(separator: " ")
    kickerLine = above.first?.line.number
    subtitleLine = below.first?.line.number
  }

  /// The part a title line's label names (`引题：`, `主题：`, `副题：`), as some dumps print them.
  enum Part { case kicker, headline, subtitle }
  static let partLabels: [(label: [Unicode.Scalar], part: Part)] = ([
    ("引题", .kicker), ("肩题", .kicker), ("眉题", .kicker), ("主标题", .headline), ("主题", .headline), ("副标题", .subtitle),
    ("副题", .subtitle),
  ] as [(String, Part)]).map { (Array($0.0.unicodeScalars), $0.1) }

  /// The part a line's label names and where its text starts after the label's colon, if it has one.
  static func labelledPart(_ title: TitleLine) -> (part: Part, from: Int)? {
    let scalars = title.line.normalized.scalars
    guard let (label, part) = partLabels.first(where: { scalars[title.from...].starts(with: $0.label) }) else { return nil }
    var from = title.from + label.count
    guard from < scalars.count, scalars[from] == ":" || scalars[from] == "：" else { return nil }
    from += 1
    while from < scalars.count, scalars[from].isHorizontalSpace { from += 1 }
    return from < scalars.count ? (part, from) : nil
  }

  /// The block of a group whose lines name their parts (`引题：2026年“两节”送温暖活动启动` over
  /// `全市工会将投入资金2.3亿元慰问职工` over `副题：…`): the labelled lines are what they say, the
  /// unlabelled one the headline, without their labels. Nil when no line is labelled.
  static func labelled(_ group: [TitleLine]) -> TitleBlock? {
    var group = group
    var parts: [Part?] = []
    for index in group.indices {
      let found = labelledPart(group[index])
      if let found { group[index].from = found.from }
      parts.append(found?.part)
    }
    guard parts.contains(where: { $0 != nil }) else { return nil }
    let index = parts.firstIndex(of: .headline) ?? parts.firstIndex(where: { $0 == nil }) ?? 0
    var block = TitleBlock(lines: group.map(\.line.number))
    (block.headline, block.headlineLine) = (group[index].text, group[index].line.number)
    let above = group.indices.filter { $0 != index && (parts[$0] == .kicker || (parts[$0] == nil && $0 < index)) }
    let below = group.indices.filter { $0 != index && !above.contains($0) }
    if !above.isEmpty { (block.kicker, block.kickerLine) = (above.map { group[$0].text }.joined(separator: " "), group[above[0]].line.number) }
    if !below.isEmpty { (block.subtitle, block.subtitleLine) = (below.map { group[$0].text }.joined(separator: " "), group[below[0]].line.number) }
    return block
  }

  init(lines: [Int]) {
    self.lines = lines
  }

  /// The longest name, in Han, that a column sets letter-spaced over its stories' headlines.
  static let maxSpacedName = 4

  /// Whether a title line is a short name set letter-spaced (`暖 心 伴 考`).
  static func isSpacedName(_ title: TitleLine) -> Bool {
    guard title.kind == .plain, title.line.isLetterSpaced else { return false }
    let text = title.line.normalized.scalars[title.from...]
    return text.count <= maxSpacedName && text.allSatisfy(\.isHan)
  }

  /// Whether a title line opens with a dash, as a subtitle does (`——记…`, `—— …侧记`).
  static func opensWithADash(_ title: TitleLine) -> Bool {
    let scalars = title.line.normalized.scalars[title.from...].drop(while: \.isHorizontalSpace)
    return scalars.starts(with: ["—", "—"]) || scalars.starts(with: ["-", "-"])
  }
}
