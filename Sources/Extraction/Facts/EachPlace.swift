// 各 / 均 / 都 after a list of places: one figure that each of them has.
import ChineseText

/// `东城区、西城区各有150家`, `海淀、丰台两区均超过200家`, `望京街道、酒仙桥街道各建成10家`: the figure is
/// every listed place's own, not the last one's (nor their sum). Each place (a district, or a street,
/// town or area in its district) gets a fact of its own, quoting the same sentence.
///
/// Read so when, in the figure's clause before its number:
/// - two or more places stand in a list (`PlaceList`), joined only by `、`, `和`, `与`, `及` (or nothing);
/// - right after the last place, within a few scalars that may count them and name what is counted
///   (`两区`, `三个街道`, `两区驿站数量`), comes
///   `各`, `均`, `都` or `分别`;
/// - the figure is the only one with its measure word after that word in the clause (two figures
///   there are a `分别` list, which `Respectively` reads).
enum EachPlace {
  static let markers: Set<Unicode.Scalar> = Set("各均都".unicodeScalars)
  /// 分别 before a single figure: each place has it (`朝阳区、海淀区分别设立站点12个`).
  static let respectively = Array("分别".unicodeScalars)
  /// The most scalars between the last place and the marker (`两区`, `三个区`, `等地`, and what is
  /// counted: `两区驿站数量均超过300家`).
  static let countReach = 8

  /// Replaces each figure the listed places each have by one fact per place, in list order.
  static func distribute(_ facts: inout [Fact], _ figures: [Respectively.Figure], in scalars: [Unicode.Scalar], gazetteer: Gazetteer) {
    var copies: [Int: [Fact]] = [:]  // fact index → the facts it becomes
    for figure in figures {
      guard let places = places(before: figure.start, in: figure.clause, of: scalars, gazetteer: gazetteer) else { continue }
      let unit = facts[figure.fact].unit
      let sharing = figures.filter { $0.clause == figure.clause && facts[$0.fact].unit == unit && $0.start >= places.marker }
      guard sharing.count == 1 else { continue }
      copies[figure.fact] = places.items.map { place in
        var fact = facts[figure.fact]
        (fact.scope, fact.locality) = (place.scope, place.locality)
        return fact
      }
    }
    guard !copies.isEmpty else { return }
    facts = facts.indices.flatMap { copies[$0] ?? [facts[$0]] }
  }

  /// The places listed before a marker that stands before `start` in `clause`, and where the marker is.
  static func places(
    before start: Int, in clause: Range<Int>, of scalars: [Unicode.Scalar], gazetteer: Gazetteer
  ) -> (items: [PlaceList.Item], marker: Int)? {
    let text = Array(scalars[clause.lowerBound..<start])
    // NB: most clauses have no marker at all: look for one before asking the gazetteer.
    guard text.contains(where: { markers.contains($0) || $0 == respectively[0] }),
      let list = PlaceList.last(in: text, mentions: gazetteer.places(in: text))
    else { return nil }
    let reach = list.end..<min(text.count, list.end + countReach + 1)
    guard let marker = reach.first(where: { markers.contains(text[$0]) || text[$0...].starts(with: respectively) }),
      text[list.end..<marker].allSatisfy({ !Punctuation.splitsClause($0) && !$0.isASCIIDigit })
    else { return nil }
    return (list.items, clause.lowerBound + marker)
  }
}
