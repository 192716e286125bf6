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
}
