// What a shape writes with: the page's day, year and typography, and a random source.
import Extraction

/// The context one article is written in. Shapes draw every choice from `rng`.
struct Desk {
  var rng: SplitMix64
  let type: Typography
  /// The page's year (2015…2030); every article on the page reports on it.
  let year: Int
  /// The year the 暖心伴考 programme started, stated somewhere in every corpus.
  static let programmeStart = 2015
  /// Set for the article that must state the page's year outright (and the programme's start).
  var statesYear: Bool
  var statesProgrammeStart: Bool

  /// A planted figure: `value` printed with `unit` as vaguely as `vagueness` allows.
  mutating func figure(
    _ metric: Metric, _ value: Int, _ unit: String, _ vagueness: Amount.Vagueness = .any, subtype: String? = nil
  ) -> Figure {
    Figure(amount: .draw(value, unit: unit, vagueness, type, &rng), metric: metric, subtype: subtype)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int { rng.int(range) }
  mutating func chance(_ p: Double) -> Bool { rng.chance(p) }
  mutating func pick<T>(_ items: [T]) -> T { rng.pick(items) }

  /// A number rounded to `step`, for figures that are round in reality (packs, 驿站 stocks).
  mutating func round(_ range: ClosedRange<Int>, step: Int) -> Int { max(step, rng.int(range) / step * step) }

  /// When the story happened: the year outright, or `今年`, or `近日` (both read against the page's year).
  mutating func when() -> String {
    if statesYear {
      statesYear = false
      return "\(year)年"
    }
    return pick(["今年", "近日", "\(year)年", "日前"])
  }

  /// `2024年` or `今年`: the year outright when this article must state it, else either.
  mutating func thisYear() -> String {
    let explicit = statesYear || chance(0.4)
    statesYear = false
    return explicit ? "\(year)年" : "今年"
  }

  /// A date in the page's year without the year (`6月7日`): the page's year resolves it.
  mutating func day(month: ClosedRange<Int>) -> String { "\(int(month))月\(int(1...28))日" }

  /// `本报讯（记者 X 通讯员 Y）` run into the first paragraph.
  mutating func newsflash(correspondents chance: Double = 0.5) -> ArticleDraft.Byline {
    let reporters = Names.people(rng.chance(0.2) ? 2 : 1, &rng)
    let correspondents = rng.chance(chance) ? Names.people(1, &rng) : []
    return .newsflash(reporters: reporters, correspondents: correspondents)
  }

  /// `本报记者 X` on its own line.
  mutating func reporterLine() -> ArticleDraft.Byline {
    .reporterLine(reporters: Names.people(rng.chance(0.3) ? 2 : 1, &rng), correspondents: rng.chance(0.3) ? Names.people(1, &rng) : [])
  }

  /// Either byline, the newsflash far more often.
  mutating func byline() -> ArticleDraft.Byline { chance(0.8) ? newsflash() : reporterLine() }
}
