// Sources that disagree about the same thing, kept side by side.
import Extraction

/// Two or more figures for the same year and measure; the report shows all and flags the cell.
public struct Conflict: Hashable, Sendable {
  /// What the figures are about, worded by ``Subject/label(_:)``.
  public enum Subject: Hashable, Sendable {
    /// A year of a volunteer-growth series: `暖心伴考 2025年 志愿者`.
    case series(programme: String, year: Int, metric: Metric, subtype: String?)
    /// A station count of a place, kind and year: `全市 伴考服务站点 2025年`.
    case stations(place: Scope, kind: String, year: Int?)

    /// `暖心伴考 2024年 服务站点（室外）` / `暖心伴考 2024 Service stations (室外)`.
    public func label(_ l: Language) -> String {
      switch self {
      case let .series(programme, year, metric, subtype):
        "\(programme) \(l.year(year)) \(l.label(metric))" + (subtype.map { l("（\($0)）", " (\($0))") } ?? "")
      case let .stations(place, kind, year):
        "\(place.label) \(kind) \(l.year(year))"
      }
    }
  }

  public var subject: Subject
  public var cell: FigureCell

  public init(subject: Subject, cell: FigureCell) {
    self.subject = subject
    self.cell = cell
  }

  /// Every reading, each with its first ``locationsShown`` sources and how many there are (the
  /// 来源 sheet lists them all): `千余名（a.txt:17）与 1500余名（a.txt:17、a.txt:40）`, or
  /// `近3000名 (a.txt:45, b.txt:252, c.txt:80 and 7 more) vs 千余名 (d.txt:3)`.
  public func summary(_ l: Language) -> String {
    cell.figures.map { figure in
      let count = figure.sources.count
      let shown = figure.sources.prefix(Self.locationsShown).map(\.location).joined(separator: l.comma)
      guard count > Self.locationsShown else { return l("\(figure.primary.surface)（\(shown)）", "\(figure.primary.surface) (\(shown))") }
      return l(
        "\(figure.primary.surface)（\(shown) 等 \(count) 处）",
        "\(figure.primary.surface) (\(shown) and \(count - Self.locationsShown) more)")
    }
    .joined(separator: l(" 与 ", " vs "))
  }

  /// Sources named per reading in ``summary(_:)``.
  public static let locationsShown = 3
}
