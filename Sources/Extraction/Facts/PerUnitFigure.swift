// Figures given per station, per person or per day: a rate, not a count of the whole.

/// `每个驿站配备2至3名志愿者`, `平均每天接待300人次`, `人均服务20小时`, `单日最高服务4.2万人次`,
/// `最多时一天接待三十多人次`: a
/// distributive or averaging word, or one day's figure within a longer time, before a figure, in its
/// clause, makes it `other` (see DESIGN, "Facts"). A list's 单 (`名单`, `订单`) before 日 is none. Summed or charted
/// as a total it would be false: 2至3名 is each station's, not the city's.
///
/// The clause limits the reach: in `每个驿站都配有饮水机，全市共有志愿者300名` the total stands in a
/// clause of its own and counts.
///
/// `X均` averages per X only when X starts the word: after a scalar that makes X part of a noun,
/// 均 means "all" (`驿站均超过200家`, `两区今年均新建20家`, `各考场均设有服务点`).
enum PerUnitFigure {
  struct Word {
    var scalars: [Unicode.Scalar]
    /// Scalars that, just before the word, make its first scalar end another word.
    var notAfter: Set<Unicode.Scalar>
  }

  static let words: [Word] = [
    ("每", ""), ("平均", ""), ("人均", ""),
    ("户均", "农困住各商"), ("站均", "驿务点车各"), ("场均", "考赛现会广市商农剧球各"),
    ("日均", "本当同每节假作各"), ("单日", "清名订账菜保表传简买"),
    // NB: one day of a longer time (`最多时一天接待三十多人次`), not the first or the same day.
    ("一天", "第同每前后当头这那某哪有统"), ("一日", "第同每前后当头这那某哪有统"), ("月均", "本当同每个上下各"), ("年均", "今去本当同前明近历每连多各"),
  ].map { Word(scalars: Array($0.0.unicodeScalars), notAfter: Set($0.1.unicodeScalars)) }

  /// The scalars the words start with, so most positions are passed over at once.
  static let starts: Set<Unicode.Scalar> = Set(words.map { $0.scalars[0] })

  /// Whether the figure's clause, before it, gives it per unit.
  static func isPerUnit(_ before: ScalarText) -> Bool {
    let text = before.scalars
    var index = text.startIndex
    while index < text.endIndex {
      if starts.contains(text[index]) {
        for word in words where text[index...].starts(with: word.scalars) {
          if index == text.startIndex || !word.notAfter.contains(text[index - 1]) { return true }
        }
      }
      index += 1
    }
    return false
  }
}
