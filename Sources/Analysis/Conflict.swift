// Sources that disagree about the same thing, kept side by side.
import Extraction

/// Two or more figures for the same year and measure; the report shows all and flags the cell.
public struct Conflict: Hashable, Sendable {
  /// What the figures are about, e.g. `暖心伴考 2025年 志愿者`.
  public var subject: String
  public var cell: FigureCell

  /// `千余名（000…:17）与 1500余名（000…:17）`.
  public var summary: String {
    cell.figures.map { "\($0.primary.surface)（\($0.sources.map(\.location).joined(separator: "、"))）" }
      .joined(separator: " 与 ")
  }
}
