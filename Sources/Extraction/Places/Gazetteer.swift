// The gazetteer: every place name in `Data/gazetteer.tsv`, compiled once into a scalar trie.

/// Beijing's districts, streets, towns and areas, citywide cues and places outside Beijing.
///
/// `Gazetteer.beijing` is built once from the bundled data file; `places(in:)` finds mentions.
public struct Gazetteer: Sendable {
  /// One way of writing an entry: which entry, and whether the spelling needs context.
  struct Term: Sendable {
    let place: Int
    let marker: TermMarker
  }

  /// Entries in file order; `Place.id` indexes this array.
  public let places: [Place]
  let dictionary: ScalarDictionary<Term>

  /// The shipped gazetteer (`Data/gazetteer.tsv`).
  public static let beijing = Gazetteer(table: DataTable.shipped("gazetteer.tsv"))

  /// Builds a gazetteer from a table with columns name, kind, scope, aliases, note.
  public init(table: DataTable) {
    var places: [Place] = []
    var terms: [(String, Term)] = []
    for record in table.records {
      // NB: an unknown kind is a data error the integrity test reports; here it reads as a blocker.
      let kind = PlaceKind(rawValue: record["kind"]) ?? .none
      let aliases = record["aliases"].split(separator: "|").map(String.init)
      let place = Place(
        id: places.count, name: record["name"], kind: kind,
        scope: Self.scope(kind: kind, label: record["scope"]), aliases: aliases, note: record["note"])
      terms.append((place.name, Term(place: place.id, marker: .plain)))
      for alias in aliases {
        let (marker, term) = TermMarker.parse(alias)
        terms.append((term, Term(place: place.id, marker: marker)))
      }
      places.append(place)
    }
    self.places = places
    self.dictionary = ScalarDictionary(terms)
  }

  private static func scope(kind: PlaceKind, label: String) -> Scope? {
    switch kind {
    case .none: nil
    case .beijing, .citywide: .citywide
    case .province, .provinces, .city, .county, .country: .outside(label)
    case .region: .region(label)
    default: .district(label)
    }
  }

  /// The entries named `name` (canonical names only), in file order.
  public func entries(named name: String) -> [Place] { places.filter { $0.name == name } }

  /// The canonical districts: the 16 districts and 北京经济技术开发区.
  public var districts: [String] { places.filter { $0.kind == .district }.map(\.name) }
}
