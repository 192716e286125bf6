// Exam sites counted beside the stations set up at them.

/// `在全区9个考点设立服务站27个`: the sites are counted, and the stations have a figure of their own
/// in the clause, so the site count is no station count (filed as one it would disagree with the
/// 27). Alone (`在辖区12个考点设立服务站`) the sites count the stations, one set up at each.
enum ExamSites {
  /// Words for the places an exam sits, opening the words after a count of them.
  static let words = ["考点", "考场"].map(MatchWord.init)

  /// Whether the figure at `index` counts exam sites and a later figure in its clause counts stations.
  static func besideStations(
    at index: Int, words figureWords: MetricWords, quantities: [Quantity], clause: Range<Int>, windows: FigureWindows
  ) -> Bool {
    guard !figureWords.nounBeforeNumber, words.contains(where: figureWords.nounWindow.hasPrefix) else { return false }
    return quantities.indices.dropFirst(index + 1).contains { later in
      quantities[later].unit != nil && quantities[later].start < clause.upperBound && windows(later).metric == .stations
    }
  }
}
