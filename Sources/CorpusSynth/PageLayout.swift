// How one page dump is laid out: Markdown or not, title before or after the body, line wrapping.

/// The layout habits of one page, drawn once per file.
struct PageLayout {
  /// How body paragraphs become lines.
  enum Wrap {
    /// One line per paragraph, now and then broken once at a random place (with a blank line).
    case paragraphs(strayBreak: Double)
    /// Column text: a line every `width` Han characters (two digits count as one), blank lines
    /// between the lines or not.
    case columns(width: Int, blankBetween: Bool)
  }

  /// `#` banner, `##` headline, `###` subtitle, `**本报讯（…）**` bylines.
  var markdown: Bool
  /// The 003 layout: byline first, then the body, then the title block (kicker ending `——`).
  var titleAfterBody: Bool
  var wrap: Wrap
  /// The page banner, printed `bannerCopies` times at the top, or nil.
  var banner: String?
  var bannerCopies: Int
  var leadingBlankLines: Int
  /// Chance a headline without figures is letter-spaced (`向 前 一 步`).
  var letterSpacing: Double
  /// Chance an article repeats one of its paragraphs word for word, and truncates one.
  var repeatParagraph: Double
  var truncateParagraph: Double

  static func draw(_ rng: inout SplitMix64) -> PageLayout {
    let titleAfterBody = rng.chance(0.2)
    let wrap: Wrap =
      titleAfterBody && rng.chance(0.8) || rng.chance(0.2)
      ? .columns(width: rng.int(15...22), blankBetween: rng.chance(0.6))
      : .paragraphs(strayBreak: rng.pick([0, 0.03, 0.08]))
    return PageLayout(
      markdown: !titleAfterBody && rng.chance(0.45),
      titleAfterBody: titleAfterBody,
      wrap: wrap,
      banner: rng.chance(0.5) ? rng.pick(banners) : nil,
      bannerCopies: rng.chance(0.2) ? 2 : 1,
      leadingBlankLines: rng.int(0...2),
      letterSpacing: titleAfterBody ? 0.5 : 0.05,
      repeatParagraph: rng.pick([0, 0.03, 0.08]),
      truncateParagraph: rng.pick([0, 0.03, 0.06]))
  }

  static let banners = [
    "凝心聚力促发展 服务职工显担当", "弘扬劳模精神 建功首都发展", "工会在身边 服务暖人心", "奋楫新征程 书写工会新答卷",
    "聚焦职工所需 办好民生实事", "深化工会改革 激发基层活力",
  ]
}
