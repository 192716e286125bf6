// How a qualifier is written around a number, as text and as an Excel number format.
import Foundation
import Extraction

/// The written form of an approximation: `1,000余`, `超50,000`, `近1,000`, `约4.5`, `不到8`.
///
/// The qualifier says what the bound means; the surface (`千余名` vs `超过1000名`) says which word the
/// article used, so the report keeps the article's wording while the cell stays a number.
public struct ApproximationStyle: Hashable, Sendable {
  /// Text written before the number (`超`, `近`, `约`, `不到`).
  public var prefix: String
  /// Text written after the number (`余`, `以上`, `左右`).
  public var suffix: String
  public var qualifier: Qualifier

  public init(qualifier: Qualifier, surface: String) {
    self.qualifier = qualifier
    switch qualifier {
    case .exact, .range:
      (prefix, suffix) = ("", "")
    case .moreThan:
      // 超/逾/超过 are written before the number; 余/多/几 after it.
      let before = ["超过", "超", "逾", "多达"].first { surface.hasPrefix($0) }
      (prefix, suffix) = before.map { ($0, "") } ?? ("", surface.contains("多") ? "多" : "余")
    case .atLeast:
      let before = ["不少于", "至少", "起码"].first { surface.hasPrefix($0) }
      (prefix, suffix) = before.map { ($0, "") } ?? ("", "以上")
    case .nearly:
      let before = ["将近", "接近", "近"].first { surface.hasPrefix($0) }
      (prefix, suffix) = (before ?? "近", "")
    case .lessThan:
      let before = ["不到", "不足", "低于", "最多"].first { surface.hasPrefix($0) }
      (prefix, suffix) = before.map { ($0, "") } ?? ("", "以下")
    case .about:
      let after = ["左右", "上下"].first { surface.hasSuffix($0) }
      (prefix, suffix) = after.map { ("", $0) } ?? ("约", "")
    }
  }

  /// An Excel number format that shows the qualifier around a numeric cell: `#,##0"余"`.
  public func numberFormat(decimals: Int = 0) -> String {
    let digits = decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
    let before = prefix.isEmpty ? "" : "\"\(prefix)\""
    let after = qualifier == .range ? "\"起\"" : (suffix.isEmpty ? "" : "\"\(suffix)\"")
    return before + digits + after
  }

  /// The figure as text: `1,000余`, `近1,000`, `15万～30万` for a range.
  public func render(cellValue: Double?, high: Double?) -> String {
    guard let cellValue else { return "" }
    if qualifier == .range, let high { return "\(Self.grouped(cellValue))～\(Self.grouped(high))" }
    return prefix + Self.grouped(cellValue) + suffix
  }

  /// `66000` → `66,000`; `48.13` → `48.13`.
  static func grouped(_ number: Double) -> String {
    let integral = number.rounded(.towardZero)
    var digits = String(Int64(abs(integral)))
    var out = ""
    while digits.count > 3 {
      out = "," + digits.suffix(3) + out
      digits.removeLast(3)
    }
    out = (number < 0 ? "-" : "") + digits + out
    let fraction = abs(number - integral)
    if fraction > 1e-9 {
      let text = String(format: "%.4f", fraction).drop { $0 == "0" }  // ".1300"
      out += text.replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
    }
    return out
  }
}
