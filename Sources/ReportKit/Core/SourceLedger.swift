// Every figure a workbook shows, with the sentence behind it, for the 来源 sheet.
import Extraction

/// One quoted source of one written cell.
public struct SourceEntry: Hashable, Sendable {
  /// The sheet and cell that show the figure.
  public var sheet: String
  public var cell: String
  /// What the cell is about, e.g. `2025年 志愿者（名）`.
  public var subject: String
  /// The figure as shown (`1,000余名`), or the mention marker.
  public var figure: String
  /// `1/2` when the cell holds conflicting readings; empty otherwise.
  public var reading: String
  public var quote: String
  public var file: String
  public var line: Int
  public var headline: String
}

/// Collects sources in the order cells are written (which is deterministic).
public final class SourceLedger {
  public private(set) var entries: [SourceEntry] = []

  func add(_ entry: SourceEntry) { entries.append(entry) }
}
