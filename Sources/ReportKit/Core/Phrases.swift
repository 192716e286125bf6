// Small pieces of text built from figures, shared by the findings of every report.
import Analysis
import Extraction
import Foundation

/// Figure cells and ratios as staff read them in sentences.
public enum Phrases {
  /// `104个`, or `1,000余名 / 1,500余名（来源不一致）` when sources disagree; nil for a gap.
  /// Past ``readingsInSentence`` readings, the best-attested are named and the rest counted:
  /// `45个 / 60个 / 77个 等 12 种读数（来源不一致）`.
  public static func text(_ cell: FigureCell, _ l: Language) -> String? {
    guard !cell.isEmpty else { return nil }
    let shown = cell.figures.prefix(readingsInSentence).map(FigureWriter.shown).joined(separator: " / ")
    let readings = cell.figures.count > readingsInSentence
      ? shown + l(" 等 \(cell.figures.count) 种读数", " and more: \(cell.figures.count) readings") : shown
    return cell.isConflict ? readings + l("（来源不一致）", " (sources disagree)") : readings
  }

  /// Readings a sentence names; the workbook (来源不一致 column, 来源 sheet) lists them all.
  static let readingsInSentence = 3

  /// A ratio rounded down, so a claim is never stronger than the bounds: `100`, `4.5`.
  public static func ratio(_ value: Double) -> String {
    value >= 10 ? String(Int(value.rounded(.down))) : String(format: "%.1f", (value * 10).rounded(.down) / 10)
  }
}

extension Phrases {
  /// A plain number with thousands separators: `1,234`.
  public static func number(_ value: Double) -> String {
    ApproximationStyle(qualifier: .exact, surface: "").render(cellValue: value, high: nil)
  }
}
