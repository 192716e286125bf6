// `房山区依托加油站建设驿站23家`: stations built into a host of one kind are that kind's part.
import ChineseText

/// Stations are built into hosts (`依托银行网点建设`, `依托加油站的`), and reports count them by host:
/// a station figure whose clause says what hosts it counts those stations only, a part of the place's
/// stock, never a competing total. After 其中 the part is `NamedPart`'s and `BarePart`'s; this reads
/// the clause that names the host with no 其中 (`房山区依托加油站建设驿站２３家`, `依托银行网点建设驿站十余个`).
enum HostedPart {
  static let hostWord = Array("依托".unicodeScalars)
  /// Verbs of building that end a host's clause (`依托加油站建设`), and the relative mark (`依托商超的`).
  static let builds = ["建设", "建成", "设立", "设置", "打造", "改建", "建立", "开设"].map { Array($0.unicodeScalars) }
  static let relativeMark: Unicode.Scalar = "的"
  /// Marks of a list of hosts.
  static let listMarks: Set<Unicode.Scalar> = ["、", "和", "及", "与", "等"]
  /// The longest host's label, in scalars (`依托社区（村）服务站建设`).
  static let maxLabel = 16

  /// The host's clause that opens at 依托 in `words`, through its verb of building or up to its 的
  /// (`依托加油站建设`, `依托社区（村）服务站`); nil when none closes it, as when what it relies on is the
  /// stations themselves (`依托区内9家暖心驿站为考生提供服务`).
  static func hostRange(in words: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
    // NB: a plain scan for 依托: asked of every station rule's window, a generic search cost 1 % of the
    // load, and reading `hostWord`'s scalars in the loop 0.2 %.
    guard let start = words.indices.first(where: { words[$0] == "依" && $0 + 1 < words.endIndex && words[$0 + 1] == "托" })
    else { return nil }
    for index in (start + hostWord.count)..<words.endIndex {
      if words[index] == relativeMark { return start..<index }
      if let verb = builds.first(where: { words[index...].starts(with: $0) }) { return start..<(index + verb.count) }
      if words[index].isASCIIDigit || Punctuation.splitsClause(words[index]) || index - start > maxLabel { return nil }
    }
    return nil
  }

  /// The words before a figure without the host they name (`银行网点建设驿站` → `驿站`): a host is where
  /// the stations stand, not what is counted, so its words (`网点`) rule nothing out.
  static func withoutHost(_ window: ScalarText) -> ScalarText {
    guard let host = hostRange(in: window.scalars) else { return window }
    return ScalarText(window.scalars[host.upperBound...], isSimple: window.isSimple)
  }

  /// The host the clause before a station figure names (`依托加油站建设`), if it names one.
  static func label(before words: ArraySlice<Unicode.Scalar>) -> String? {
    // NB: a list of hosts gives each its own figure (`依托加油站、商超建设的驿站分别为41家和56家`: `ListedItems`).
    guard let host = hostRange(in: words), host.count > hostWord.count + 1,
      !words[host].contains(where: { listMarks.contains($0) })
    else { return nil }
    return String(String.UnicodeScalarView(words[host]))
  }
}
