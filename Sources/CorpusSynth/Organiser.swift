// Who runs an activity: a district, street, enterprise or industry union, and the scope that follows.
import Extraction

/// The union behind a story and where its facts apply.
struct Organiser {
  /// As first named in the story: `延庆区康庄镇总工会`, `北京恒远建设集团工会`.
  let name: String
  /// As named again later: `区总工会`, `拱辰街道总工会`, `集团工会`.
  let shortName: String
  /// As a headline names it: `门头沟区总工会`, `拱辰街道总工会`, the enterprise's union in full.
  let headlineName: String
  let scope: Scope

  static func draw(_ rng: inout SplitMix64) -> Organiser {
    switch rng.int(0...9) {
    case 0...2:
      let district = rng.pick(District.all)
      return Organiser(
        name: district.name + "总工会", shortName: "区总工会", headlineName: district.name + "总工会",
        scope: .district(district.name))
    case 3...5:
      let district = rng.pick(District.all)
      let street = rng.pick(district.streets)
      return Organiser(
        name: district.name + street + "总工会", shortName: street + "总工会", headlineName: street + "总工会",
        scope: .district(district.name))
    case 6:
      let institution = Names.institution(&rng)
      return Organiser(
        name: institution + "工会", shortName: institution.hasSuffix("医院") || institution.hasSuffix("研究院") ? "院工会" : "校工会",
        headlineName: institution + "工会", scope: .citywide)
    case 7:
      let enterprise = Names.enterprise(&rng)
      return Organiser(
        name: enterprise + "工会", shortName: enterprise.hasSuffix("集团") ? "集团工会" : "公司工会",
        headlineName: enterprise + "工会", scope: .citywide)
    default:
      let union = Names.industryUnion(&rng)
      return Organiser(name: union, shortName: union, headlineName: union, scope: .citywide)
    }
  }
}
