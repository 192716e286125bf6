// Exam sites counted beside the stations set up at them.
import ChineseText

/// `在全区9个考点设立服务站27个`: the sites are counted, and the stations have a figure of their own
/// in the clause, so the site count is no station count (filed as one it would disagree with the
/// 27). Alone (`在辖区12个考点设立服务站`) the sites count the stations, one set up at each. The exams
/// may qualify the sites (`在全区23个高考考点外设立服务点23个`, `104个高考、中考考点`).
enum ExamSites {
  /// Words for the places an exam sits, opening the words after a count of them.
  static let words = ["考点", "考场"].map(MatchWord.init)
  /// The most scalars that may qualify them (`高考、中考`).
  static let maxQualifier = 8
  /// A station named for the exams ends like a site (`伴考点`): what opens the words is then a station.
  static let stationNames = [Array("伴考点".unicodeScalars)]

  /// Whether the words after a number open with exam sites, qualified or not.
  static func opensWithSites(_ window: ScalarText) -> Bool {
    words.contains { word in
      guard let opening = window.opening(qualified: word, maxQualifier: maxQualifier) else { return false }
      return !stationNames.contains { opening.endsWithWord($0) }
    }
  }

  /// Whether the figure at `index` counts exam sites and a later figure in its clause counts stations.
  static func besideStations(
    at index: Int, words figureWords: MetricWords, quantities: [Quantity], clause: Range<Int>, windows: FigureWindows
  ) -> Bool {
    guard !figureWords.nounBeforeNumber, opensWithSites(figureWords.nounWindow) else { return false }
    return quantities.indices.dropFirst(index + 1).contains { later in
      quantities[later].unit != nil && quantities[later].start < clause.upperBound && windows(later).metric == .stations
    }
  }
}
