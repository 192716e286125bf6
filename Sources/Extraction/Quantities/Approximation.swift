// Approximation words around a number: 约 近 超过 不到 至少 before it, 余 多 以上 左右 after it.
import ChineseText

/// What a word before a number says about it.
enum ApproximationPrefix: Sendable, Hashable {
  case qualifier(Qualifier)
  /// 比: the qualifier comes after the number (`比 170 低` → less than 170).
  case comparison

  /// Reads an approximation word and the filler that may follow it (`超过了`, `至少有`,
  /// `小于 或 等于`). 过 and 上 count only before a bare unit (`过万`, `上万人次`, `上百名`), where
  /// they cannot mean "pass" or "up": 过万 is more than, 上万 at least ten thousand.
  static func parse(_ input: inout ScalarInput) -> ApproximationPrefix? {
    let start = input
    guard let prefix = words.parse(&input) else {
      guard let first = input.first, let next = input.scalar(at: 1), isBareUnit(next) else { return nil }
      switch first {
      case "过", "過":
        input.removeFirst()
        return .qualifier(.moreThan)
      case "上":
        input.removeFirst()
        return .qualifier(.atLeast)
      default:
        return nil
      }
    }
    input.skipSpaces()
    if let filler = input.first, fillers.contains(filler) {
      input.removeFirst()
      input.skipSpaces()
    }
    if input.isEmpty {
      input = start
      return nil
    }
    return prefix
  }

  /// The scalars that make a one-scalar approximation word part of another word: before it, 附近, 最近,
  /// 赶超, 商超 (supermarkets: `其中商超72家` are 72, not over 72), 反超, 签约; after it, 超市, 超级, 近期, 约定.
  static func wordNeighbours(of scalar: Unicode.Scalar) -> (before: String, after: String)? {
    switch scalar {
    case "近": ("附最临臨邻鄰靠就远遠亲親贴貼拉走", "期年日况郊邻鄰")
    case "超": ("赶趕高商反", "市级級声聲")
    case "约", "約": ("签簽预預节節公相特邀制", "定束请請谈談")
    default: nil
    }
  }

  /// Whether a one-scalar approximation word ends another word here (`附近`, `商超`).
  static func isWordEnd(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
    wordNeighbours(of: scalar)?.before.unicodeScalars.contains(previous) ?? false
  }

  /// Whether `scalar`, a one-scalar qualifier, starts a word with the `next` scalar rather than
  /// qualifying a number: the 超 of 超市 and 超级, the 近 of 近期, the 约 of 约定.
  static func isWordStart(_ scalar: Unicode.Scalar, before next: Unicode.Scalar) -> Bool {
    wordNeighbours(of: scalar)?.after.unicodeScalars.contains(next) ?? false
  }

  /// 百 千 万 亿 standing for a number of their own.
  static func isBareUnit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "百", "千", "万", "萬", "亿", "億": true
    default: false
    }
  }

  static func mayStart(with scalar: Unicode.Scalar) -> Bool {
    words.mayStart(with: scalar) || scalar == "过" || scalar == "過" || scalar == "上"
  }

  /// Every scalar `mayStart(with:)` accepts, but for the case and width variants that fold to one.
  static var firstScalars: [Unicode.Scalar] { words.firstScalars + ["过", "過", "上"] }

  /// Words between the approximation and the number: 超过了, 至少有, 至少是, 最多为.
  private static let fillers: Set<Unicode.Scalar> = ["了", "有", "是", "为", "為", "达", "達"]

  private static let words: Lexicon<ApproximationPrefix> = {
    func group(_ words: String, _ value: ApproximationPrefix) -> [(String, ApproximationPrefix)] {
      words.split(separator: " ").map { (String($0), value) }
    }
    return Lexicon(
      group("约 約 大约 大約 大概 约为 約為", .qualifier(.about))
        + group("近 将近 將近 接近 几近 幾近", .qualifier(.nearly))
        + group("超 超过 超過 逾 突破 多于 多於 大于 大於 高于 高於 超出 高过 高過 多过 多過", .qualifier(.moreThan))
        + group(
          "不到 不足 少于 少於 小于 小於 低于 低於 不超过 不超過 不大于 不大於 不高于 不多于 小于等于 小于或等于 小于或者等于 等于或小于 等于或者小于 低过 低過 少过 少過 最多 至多",
          .qualifier(.lessThan))
        + group(
          "至少 最少 起码 起碼 不少于 不少於 不小于 不小於 不低于 大于等于 大于或等于 大于或者等于 等于或大于 等于或者大于",
          .qualifier(.atLeast))
        + group("等于 等於", .qualifier(.exact))
        + group("比", .comparison))
  }()
}

/// What a word after a number (and its unit) says about it.
enum ApproximationSuffix {
  /// Reads 以上 或以上 以下 之下 以内 不到 左右 上下 之多 有余 开外 出头, and after a comparison
  /// (`比…`) the adjective that gives its direction (低/小/少 → less, 大/高/多 → more).
  static func parse(_ input: inout ScalarInput, afterComparison: Bool) -> Qualifier? {
    let start = input
    input.skipSpaces()
    if afterComparison {
      if let scalar = input.first, let qualifier = comparatives[scalar] {
        input.removeFirst()
        return qualifier
      }
      input = start
      return nil
    }
    guard let (entry, end) = words.longestMatch(in: input) else {
      input = start
      return nil
    }
    // NB: 上下 is also "up and down" (上下班, 上下游): only a suffix before a non-letter.
    if entry.word.first == "上", end < input.endIndex, input[end].isHan {
      input = start
      return nil
    }
    input = input[end...]
    return entry.value
  }

  private static let comparatives: [Unicode.Scalar: Qualifier] = [
    "低": .lessThan, "小": .lessThan, "少": .lessThan, "矮": .lessThan,
    "大": .moreThan, "高": .moreThan, "多": .moreThan,
  ]

  private static let words: Lexicon<Qualifier> = {
    func group(_ words: String, _ value: Qualifier) -> [(String, Qualifier)] {
      words.split(separator: " ").map { (String($0), value) }
    }
    return Lexicon(
      group("以上 或以上 或者以上 及以上 或更多 或者更多", .atLeast)
        + group("以下 之下 以内 以內 及以下 或以下 或者以下 或更少 或者更少 不到", .lessThan)
        + group("左右 上下", .about)
        + group("之多", .exact)
        + group("有余 有餘 开外 開外 出头 出頭", .moreThan))
  }()
}

/// 余 多 来 between a number and its unit, or 余 多 after the unit (`一年多`).
enum ApproximationInfix {
  /// Reads 余/多/+ (more than) or 来 (about) when a unit follows or nothing word-like does (+: a unit).
  static func parse(_ input: inout ScalarInput, beforeUnit: Bool) -> Qualifier? {
    var rest = input
    rest.skipSpaces()
    guard let scalar = rest.first else { return nil }
    let qualifier: Qualifier
    switch scalar {
    case "余", "餘", "多": qualifier = .moreThan
    case "来" where beforeUnit, "來" where beforeUnit: qualifier = .about
    // NB: `10万+人次` is more than 100,000; a + with no measure word after it joins a code (1+3+N).
    case "+" where beforeUnit, "＋" where beforeUnit: qualifier = .moreThan
    default: return nil
    }
    rest.removeFirst()
    let after = rest.firstAfterSpaces
    var unitCheck = rest
    unitCheck.skipSpaces()
    let unitFollows =
      MeasureWord.starts(unitCheck) || after == "个" || after == "個" || after == "万" || after == "亿"
    let wordFollows = after.map { $0.isHan && !joiners.contains($0) } ?? false
    if beforeUnit {
      if scalar == "+" || scalar == "＋", !unitFollows || after == "万" || after == "亿" { return nil }
      if qualifier == .about ? !unitFollows : (!unitFollows && wordFollows) { return nil }
    } else if wordFollows {
      return nil  // NB: 3人多次: 多 starts the next word.
    }
    input = rest
    return qualifier
  }

  /// Words that may follow `一年多`: 一年多来, 一年多的, 十年余前.
  private static let joiners: Set<Unicode.Scalar> = ["来", "來", "的", "前", "后", "後", "里", "裡", "中", "时", "時"]
}
