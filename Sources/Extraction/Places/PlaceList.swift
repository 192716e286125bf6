// Two or more places written as one list (`朝阳、海淀、丰台`, `东城区和西城区`, `望京街道、酒仙桥街道`).

/// A run of two or more distinct places with nothing but list joiners between them. What a figure
/// after it means depends on the word that follows: `各`/`均`/`分别` give it to each (`EachPlace`,
/// `Respectively`); otherwise it is the places' joint figure (`Gazetteer.scope(ofClause:)`,
/// `Gazetteer.localityReading(of:in:)`).
struct PlaceList {
  /// One place of a list: its district (or wider scope) and, for a street, town or area, its name.
  struct Item: Equatable {
    var scope: Scope
    var locality: String?
  }

  /// Scalars that join the places of a list.
  static let joiners: Set<Unicode.Scalar> = Set("、和与及 ".unicodeScalars)

  /// The places, in order, each once (`北京市朝阳区` is one place).
  let items: [Item]
  /// Just past the last place's name.
  let end: Int

  var scopes: [Scope] { items.map(\.scope) }

  /// The last list in `text` among `mentions` (resolved places, no prefixes, not 全市), if any.
  static func last(in text: [Unicode.Scalar], mentions: [PlaceMention]) -> PlaceList? {
    // NB: walks the mentions by index from the end: filtering copies of them first (each a place
    // with its strings) cost more than the rest of the look, and most clauses hold one place.
    func isUsable(_ index: Int) -> Bool {
      mentions[index].role != .prefix && mentions[index].isResolved && mentions[index].scope != .citywide
    }
    guard let lastIndex = mentions.indices.last(where: isUsable) else { return nil }
    var run = [lastIndex]
    var index = lastIndex
    while index > 0 {
      index -= 1
      guard isUsable(index) else { continue }
      let (end, nextStart) = (mentions[index].end, mentions[run[0]].start)
      guard end <= nextStart, text[end..<nextStart].allSatisfy(joiners.contains) else { break }
      run.insert(index, at: 0)
    }
    guard run.count >= 2 else { return nil }
    let items = run.reduce(into: [Item]()) { items, index in
      let mention = mentions[index]
      let item = Item(scope: mention.scope, locality: Gazetteer.localKinds.contains(mention.place.kind) ? mention.place.name : nil)
      if !items.contains(item) { items.append(item) }
    }
    return items.count >= 2 ? PlaceList(items: items, end: mentions[lastIndex].end) : nil
  }

  /// The list as one place: the districts it names together, in the gazetteer's order
  /// (`朝阳区、海淀区、丰台区`, with `等` when the text says there are more), when every place of the
  /// clause is a Beijing district in it.
  static func jointDistricts(
    in text: [Unicode.Scalar], mentions: [PlaceMention], districts: @autoclosure () -> [String]
  ) -> Scope? {
    guard let list = last(in: text, mentions: mentions),
      list.items.allSatisfy({ $0.locality == nil && $0.scope.isBeijingDistrict })
    else { return nil }
    let named = mentions.filter { $0.role != .prefix && $0.isResolved && $0.scope.isBeijingDistrict }.map(\.scope)
    guard named.allSatisfy(list.scopes.contains) else { return nil }
    let order = districts()
    let labels = list.scopes.map(\.label).sorted { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
    return .region(labels.joined(separator: "、") + (list.more(in: text) ? "等" : ""))
  }

  /// The list as one locality: streets, towns or areas of `district` named together
  /// (`望京街道、酒仙桥街道`), when the list holds nothing else.
  static func jointLocality(in text: [Unicode.Scalar], mentions: [PlaceMention], district: Scope) -> String? {
    guard let list = last(in: text, mentions: mentions), list.items.allSatisfy({ $0.scope == district && $0.locality != nil })
    else { return nil }
    return list.items.compactMap(\.locality).joined(separator: "、") + (list.more(in: text) ? "等" : "")
  }

  /// Whether `等` after the list says there are more places.
  func more(in text: [Unicode.Scalar]) -> Bool { end < text.count && text[end] == "等" }
}
