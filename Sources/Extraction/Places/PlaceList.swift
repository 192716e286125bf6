// Two or more places written as one list (`朝阳、海淀、丰台`, `东城区和西城区`).

/// A run of two or more distinct places with nothing but list joiners between them. What a figure
/// after it means depends on the word that follows: `各`/`均`/`分别` give it to each (`EachPlace`,
/// `Respectively`); otherwise it is the places' joint figure (`Gazetteer.scope(ofClause:)`).
struct PlaceList {
  /// Scalars that join the places of a list.
  static let joiners: Set<Unicode.Scalar> = Set("、和与及 ".unicodeScalars)

  /// The places, in order, each once (`北京市朝阳区` is one place).
  let scopes: [Scope]
  /// Just past the last place's name.
  let end: Int

  /// The last list in `text` among `mentions` (resolved places, no prefixes, not 全市), if any.
  static func last(in text: [Unicode.Scalar], mentions: [PlaceMention]) -> PlaceList? {
    let usable = mentions.filter { $0.role != .prefix && $0.isResolved && $0.scope != .citywide }
    guard let lastMention = usable.last else { return nil }
    var run = [lastMention]
    for mention in usable.dropLast().reversed() {
      guard mention.end <= run[0].start, text[mention.end..<run[0].start].allSatisfy(joiners.contains) else { break }
      run.insert(mention, at: 0)
    }
    let scopes = run.reduce(into: [Scope]()) { if !$0.contains($1.scope) { $0.append($1.scope) } }
    return scopes.count >= 2 ? PlaceList(scopes: scopes, end: lastMention.end) : nil
  }

  /// The list as one place: the districts it names together, in the gazetteer's order
  /// (`朝阳区、海淀区、丰台区`, with `等` when the text says there are more), when every place of the
  /// clause is a Beijing district in it.
  static func jointDistricts(
    in text: [Unicode.Scalar], mentions: [PlaceMention], districts: @autoclosure () -> [String]
  ) -> Scope? {
    guard let list = last(in: text, mentions: mentions), list.scopes.allSatisfy(\.isBeijingDistrict) else { return nil }
    let named = mentions.filter { $0.role != .prefix && $0.isResolved && $0.scope.isBeijingDistrict }.map(\.scope)
    guard named.allSatisfy(list.scopes.contains) else { return nil }
    let more = list.end < text.count && text[list.end] == "等"
    let order = districts()
    let labels = list.scopes.map(\.label).sorted { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
    return .region(labels.joined(separator: "、") + (more ? "等" : ""))
  }
}
