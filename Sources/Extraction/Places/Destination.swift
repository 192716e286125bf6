// Places outside Beijing that a trip goes to: where the people went, not whose figure it is.
import ChineseText

/// `组织劳模四十八人赴青岛、大连疗休养`: the places after a verb of travelling are the trip's
/// destination. A union's outing is its own district's (or the article's), so a place outside
/// Beijing named only as where people went is no scope of the clause. Places in Beijing stay: an
/// outing to another district (`到延庆区开展健步走`) is still filed where it was held.
enum Destination {
  /// Verbs of going somewhere, right before the place.
  static let verbs = ["赴", "前往", "奔赴", "远赴", "去往", "飞赴", "转赴"].map { Array($0.unicodeScalars) }

  /// `mentions` without the places outside Beijing that are a trip's destination, alone or listed
  /// after one (`赴青岛、大连`).
  static func droppingTrips(from mentions: [PlaceMention], in clause: [Unicode.Scalar]) -> [PlaceMention] {
    guard mentions.contains(where: { $0.scope.isOutside }) else { return mentions }
    var kept: [PlaceMention] = []
    var listEnd: Int? = nil  // where the last destination ended, so a listed one goes with it
    for mention in mentions {
      let before = clause[..<mention.start]
      let afterVerb = verbs.contains(where: before.endsWithWord)
      let listed = listEnd.map { end in
        mention.start > end && clause[end..<mention.start].allSatisfy { $0 == "、" || $0 == "和" || $0 == "及" }
      } ?? false
      if mention.scope.isOutside, afterVerb || listed {
        listEnd = mention.end
        continue
      }
      listEnd = nil
      kept.append(mention)
    }
    return kept
  }
}
