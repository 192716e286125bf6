// Organisations whose names hold a place, against a place's own union or government.
import Testing
@testable import Extraction

@Test(arguments: [
  ("北京建工集团工会", true), ("中建一局北京公司工会", true), ("北京市政路桥工会", true), ("丰台区环卫中心", true),
  ("海淀区第一医院", true), ("朝阳区总工会", false), ("金盏地区总工会", false), ("海淀区委", false), ("东城区", false),
  ("朝阳区东坝乡", false), ("一分公司", false),
  // An aside after the name says where the unit is: the name before it decides.
  ("六分公司(顺义区)", true), ("东城区总工会(东城区)", false), ("东城区(含开发区)", false),
])
func anOrganisationHoldingAPlaceIsNotThePlace(name: String, expected: Bool) {
  let scalars = Array(name.unicodeScalars)
  #expect(OrganisationName.isOtherOrganisation(scalars, places: Gazetteer.beijing.places(in: scalars)) == expected)
}

/// A place that fills an aside after a unit's name (`六分公司（顺义区）`) says where that unit is, in passing.
@Test(arguments: [
  ("六分公司（顺义区）1 32 37", true), ("六分公司(顺义区) 1 32", true), ("在顺义区设立", false), ("（顺义区）", false),
  ("六分公司（顺义区牛栏山）", false),
])
func aPlaceInAnAsideAfterANameIsInPassing(text: String, isAside: Bool) {
  let scalars = Array(text.unicodeScalars)
  let mentions = Gazetteer.beijing.places(in: scalars).filter { $0.surface == "顺义区" }
  #expect(mentions.count == 1)
  #expect(mentions.allSatisfy { PlaceAside.isAside($0, in: scalars) } == isAside)
}
