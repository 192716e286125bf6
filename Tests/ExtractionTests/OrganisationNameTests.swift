// Organisations whose names hold a place, against a place's own union or government.
import Testing
@testable import Extraction

@Test(arguments: [
  ("北京建工集团工会", true), ("中建一局北京公司工会", true), ("北京市政路桥工会", true), ("丰台区环卫中心", true),
  ("海淀区第一医院", true), ("朝阳区总工会", false), ("金盏地区总工会", false), ("海淀区委", false), ("东城区", false),
  ("朝阳区东坝乡", false), ("一分公司", false),
])
func anOrganisationHoldingAPlaceIsNotThePlace(name: String, expected: Bool) {
  let scalars = Array(name.unicodeScalars)
  #expect(OrganisationName.isOtherOrganisation(scalars, places: Gazetteer.beijing.places(in: scalars)) == expected)
}
