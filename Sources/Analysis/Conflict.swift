// Sources that disagree about the same thing, kept side by side.
import Extraction

/// Two or more figures for the same year and measure; the report shows all and flags the cell.
public struct Conflict: Hashable, Sendable {
  /// What the figures are about, e.g. `暖心伴考 2025年 志愿者`.
  public var subject: String
  public var cell: FigureCell

  /// `千余名（000…:17）与 1500余名（000…:17、000…:40）`: every reading, each with its first
  /// ``locationsShown`` sources and how many more there are (the 来源 sheet lists them all).
  public var summary: String {
    cell.figures.map { figure in
      let shown = figure.sources.prefix(Self.locationsShown).map(\.location).joined(separator: "、")
      let more = figure.sources.count > Self.locationsShown ? " 等 \(figure.sources.count) 处" : ""
      return "\(figure.primary.surface)（\(shown)\(more)）"
    }
    .joined(separator: " 与 ")
  }

  /// Sources named per reading in ``summary``.
  public static let locationsShown = 3
}
