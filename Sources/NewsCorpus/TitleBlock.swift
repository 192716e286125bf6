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
  /// unless it ends with `——` (then it is the kicker) or opens with it (then it is the subtitle,
  /// wherever the dump printed it: `——“暖心伴考”服务第五年侧记` over `考场外的红马甲`). Lines above the
  /// headline are the kicker, lines below it and dash-led lines above it the subtitle.
  init(_ group: [TitleLine]) {
    lines = group.map(\.line.number)
    guard !group.isEmpty else { return }
    let headingLevels = group.compactMap { title -> Int? in
      if case .heading(let level) = title.kind { return level }
      return nil
    }
    var index: Int
    if let top = headingLevels.min() {
      index = group.firstIndex { $0.kind == .heading(level: top) }!
    } else {
      index = group.firstIndex { !$0.isKicker && !Self.opensWithADash($0) } ?? group.firstIndex { !$0.isKicker } ?? group.count - 1
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

  /// Whether a title line opens with a dash, as a subtitle does (`——记…`, `—— …侧记`).
  static func opensWithADash(_ title: TitleLine) -> Bool {
    let scalars = title.line.normalized.scalars[title.from...].drop(while: \.isHorizontalSpace)
    return scalars.starts(with: ["—", "—"]) || scalars.starts(with: ["-", "-"])
  }
}
