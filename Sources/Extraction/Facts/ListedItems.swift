// `依托加油站、商超建设的驿站分别为41家和56家`: the items a list before 分别 names, as parts.
import ChineseText

/// The items a clause lists before its 分别, when they are neither places nor the breakdowns of
/// `breakdowns.tsv`: `依托加油站、商超建设的驿站分别为41家和56家` gives 41 to 加油站 and 56 to 商超.
/// Figures that 分别 shares out are parts of something, never each the whole: with no places to
/// give them, read as totals they would be several disagreeing counts of one thing.
///
/// The list is the clause's last run of items joined by `、` (the last may be joined by 和, 及 or 与).
/// An inner item is what stands between two marks; the first starts after the last preposition or
/// verb that governs the list (`依托`, `在`, `包括`…), the last ends before `的`, `等`, a word of place
/// (`内`, `中`) or a verb of building (`建设`, `设立`…). Items that name years or other times
/// (`2023年和2024年`, `今年、去年`) are no parts and give nothing.
enum ListedItems {
  /// Words that govern a list after them: the first item starts after the last of them.
  static let openers = ["依托", "依靠", "利用", "在", "于", "设在", "位于", "包括", "包含", "含", "由", "对", "以", "按", "为", "分为", "其中"]
    .map { Array($0.unicodeScalars) }
  /// Words that end the last item: what follows the list and is no part of its name.
  static let closers = ["的", "等", "内", "中", "里", "旁", "建设", "建成", "设立", "设置", "开设", "改建", "共建", "打造", "新建", "建"]
    .map { Array($0.unicodeScalars) }

  /// The items listed in `words` (the clause before 分别), in order, when there are `count` of them
  /// and each is a short run of Han; nil otherwise. An item that ends with the noun of what `metric`
  /// counts names only the words before it (`男、女志愿者` → 男, 女).
  static func items(in words: ArraySlice<Unicode.Scalar>, count: Int, of metric: Metric) -> [String]? {
    guard count >= 2 else { return nil }
    let marks = words.indices.filter { words[$0] == "、" }
    guard let lastMark = marks.last else { return nil }
    // The run of marks that ends with the last: each item between two marks is Han only.
    var run = [lastMark]
    for mark in marks.dropLast().reversed() {
      guard let next = run.first, words[(mark + 1)..<next].allSatisfy(\.isHan), mark + 1 < next else { break }
      run.insert(mark, at: 0)
    }
    var items: [ArraySlice<Unicode.Scalar>] = []
    items.append(first(before: run[0], in: words))
    for (mark, next) in zip(run, run.dropFirst()) { items.append(words[(mark + 1)..<next]) }
    var tail = last(after: lastMark, in: words)
    // NB: a last item joined by 和/及/与 (`加油站、商超和银行网点建设的`) is an item of its own.
    if let joiner = tail.firstIndex(where: { $0 == "和" || $0 == "及" || $0 == "与" }), joiner > tail.startIndex,
      joiner + 1 < tail.endIndex
    {
      items.append(tail[..<joiner])
      tail = tail[(joiner + 1)...]
    }
    items.append(tail)
    items = items.map { NamedPart.trimmed($0, nouns: NamedPart.nouns(of: metric), before: true) }
    guard items.count == count,
      items.allSatisfy({ !$0.isEmpty && $0.count <= NamedPart.maxLabel && $0.allSatisfy(\.isHan) }),
      !items.contains(where: namesATime)
    else { return nil }
    return items.map { String(scalars: $0) }
  }

  /// The first item: the Han before the list's first mark, after the last word that governs it
  /// and after a relative clause's 的 (`参与服务的男、女志愿者` → 男).
  static func first(before mark: Int, in words: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var start = mark
    while start > words.startIndex, words[start - 1].isHan, words[start - 1] != "的" { start -= 1 }
    var from = start
    for index in start..<mark {
      if let opener = openers.first(where: { words[index...].starts(with: $0) }), index + opener.count < mark {
        from = index + opener.count
      }
    }
    return words[from..<mark]
  }

  /// The last item: the Han after the list's last mark, up to the first word that closes it.
  static func last(after mark: Int, in words: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
    var end = mark + 1
    while end < words.endIndex, words[end].isHan, end == mark + 1 || !closers.contains(where: { words[end...].starts(with: $0) }) {
      end += 1
    }
    return words[(mark + 1)..<end]
  }

  /// Whether an item names a time (`2023年`, `今年`, `上半年`, `第五届`): listed times take their own
  /// figures as levels of their own, not as parts of one total.
  static func namesATime(_ item: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let last = item.last else { return false }
    return "年月届期季".unicodeScalars.contains(last) || item.contains(where: \.isASCIIDigit)
  }
}
