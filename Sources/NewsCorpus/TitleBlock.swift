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
  /// unless it ends with `——` (then it is the kicker). Lines above the headline are the kicker,
  /// lines below it the subtitle.
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
      index = group.firstIndex { !$0.isKicker } ?? group.count - 1
    }
    if index == group.count - 1 && group[index].isKicker && group.count > 1 { index = 0 }
    headline = group[index].text
    headlineLine = group[index].line.number
    let above = group[..<index].map(\.text)
    let below = group[(index + 1)...].map(\.text)
    kicker = above.isEmpty ? nil : above.joined(separator: " ")
    subtitle = below.isEmpty ? nil : below.joined(separator: " ")
    kickerLine = above.isEmpty ? nil : group[0].line.number
    subtitleLine = below.isEmpty ? nil : group[index + 1].line.number
  }
}
