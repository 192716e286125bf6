// Data tests for gazetteer.tsv: every row resolves, districts are the 17, ambiguity is declared.
import Testing
@testable import Extraction

@Suite struct GazetteerDataTests {
  let gazetteer = Gazetteer.beijing
  static let seventeen: Set<String> = [
    "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区",
    "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "北京经济技术开发区",
  ]

  @Test func districtsAreTheSeventeen() {
    #expect(Set(gazetteer.districts) == Self.seventeen)
  }

  @Test func everyKindIsKnownAndEveryBeijingPlaceLiesInADistrict() throws {
    let table = try DataTable.bundled("gazetteer.tsv")
    for record in table.records {
      #expect(PlaceKind(rawValue: record["kind"]) != nil, "gazetteer.tsv:\(record.line): kind \(record["kind"])")
    }
    for place in gazetteer.places where place.kind.isInBeijing && place.kind != .region {
      guard case .district(let name) = place.scope else {
        Issue.record("\(place.name) has scope \(String(describing: place.scope))")
        continue
      }
      #expect(Self.seventeen.contains(name), "\(place.name) → \(name)")
    }
  }

  @Test func namesSharedByTwoScopesAreDeclaredAmbiguous() {
    var scopes: [String: Set<Scope>] = [:]
    var rows: [String: [Place]] = [:]
    for place in gazetteer.places {
      guard let scope = place.scope else { continue }
      for raw in [place.name] + place.aliases {
        let term = TermMarker.parse(raw).term
        scopes[term, default: []].insert(scope)
        rows[term, default: []].append(place)
      }
    }
    for (term, found) in scopes where found.count > 1 {
      let declared = rows[term, default: []].allSatisfy { $0.isAmbiguous }
      #expect(declared, "\(term) → \(found)")
    }
  }

  @Test func everyNameAndAliasFindsItsOwnEntry() {
    for place in gazetteer.places where place.kind != .none {
      for raw in [place.name] + place.aliases {
        let (marker, term) = TermMarker.parse(raw)
        let found = gazetteer.places(in: term, confirmed: [place.name])
        let ok = found.count == 1 && found[0].surface == term
          && (found[0].place.name == place.name || found[0].alternatives.contains(place.scope!))
        #expect(ok || marker == .needsBoundary && found.isEmpty == false, "\(raw) of \(place.name): \(found.map(\.place.name))")
      }
    }
  }

  @Test func everyDistrictHasStreetsOrTowns() {
    let counts = Dictionary(grouping: gazetteer.places.filter { [.street, .town, .township, .area].contains($0.kind) }) {
      $0.scope!.label
    }.mapValues(\.count)
    for district in Self.seventeen where district != "北京经济技术开发区" {
      #expect(counts[district, default: 0] >= 9, "\(district): \(counts[district, default: 0])")
    }
    #expect(counts.values.reduce(0, +) > 320)
  }

  @Test func outsidePlacesCoverAllProvincesAndPrefectureCities() {
    #expect(gazetteer.places.filter { $0.kind == .province }.count == 33)
    #expect(gazetteer.places.filter { $0.kind == .city }.count == 333)
  }
}
