// 暖心伴考 in one district: a district union sets up N stations with N volunteers outside its exam venues.
import Extraction

/// A district union's exam-season report.
enum DistrictExamReport {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let district = desk.pick(District.all)
    let union = district.name + "总工会"
    let stations = desk.int(1...12)
    let volunteers = desk.int(15...150)
    let schools = Array(Set((0..<3).map { _ in Names.school(in: district, &desk.rng) })).sorted()
    let venues = schools.prefix(2).joined(separator: "和")
    let season = desk.statesYear || desk.chance(0.3) ? "\(desk.year)年高考期间" : desk.pick(["今年高考期间", "今年中考期间", "今年中高考期间"])
    desk.statesYear = false

    var paragraphs: [Passage] = []
    let stationFigure = desk.figure(.stations, stations, "个", .exact)
    let volunteerFigure = desk.figure(.volunteers, volunteers, "名")
    switch desk.int(0...2) {
    case 0:
      paragraphs.append("\(season)，\(union)在\(venues)等考点外设立\(stationFigure)“暖心伴考”志愿服务站，为考生、家长和考务人员提供\(Phrasebook.services(&desk.rng))等服务。")
      paragraphs.append("\(volunteerFigure)职工志愿者编成服务小组，每天提前一小时到岗，搭帐篷、摆桌椅、备物资，一直守到最后一门考试结束。")
    case 1:
      paragraphs.append("记者从\(union)了解到，\(season)，区总工会组织职工志愿者在各考点外开展“暖心伴考”服务，共设置\(stationFigure)伴考服务点。")
      let teams = desk.figure(.volunteerTeams, desk.int(1...8), "支", .exact)
      paragraphs.append("\(district.name)共有\(teams)职工志愿服务队参与活动，\(volunteerFigure)职工志愿者分早晚两班值守，\(venues)门口的服务点前一早就排起了队。")
    default:
      paragraphs.append("\(season)，\(venues)考点外多了几顶蓝色帐篷。这是\(union)设立的“暖心伴考”服务点，今年全区共设\(stationFigure)这样的服务点。")
      paragraphs.append("帐篷里备有\(Phrasebook.services(&desk.rng))，\(volunteerFigure)职工志愿者轮流值守，还专门请来心理咨询师为焦虑的家长做疏导。")
    }
    if desk.chance(0.4) {
      let packs = desk.figure(.packs, desk.round(100...800, step: 50), desk.pick(["份", "个"]))
      paragraphs.append("考前，区总工会还通过基层工会向有考生的职工家庭发放伴考包\(packs)，包里有折扇、文具和写着祝福语的卡片。")
    }
    if desk.chance(0.3), desk.year > Desk.programmeStart + 1 {
      let since = desk.int(Desk.programmeStart...(desk.year - 1))
      let total = desk.figure(.peopleServed, desk.round(2000...30_000, step: 100), "人次", .moreThan).cumulative(from: since, to: desk.year)
      paragraphs.append("自\(since)年加入“暖心伴考”以来，\(union)累计服务考生家长\(total)。")
    }
    if desk.chance(0.5) { paragraphs.append(Phrasebook.voice(.exam, &desk.rng)) }
    if desk.chance(0.3) { paragraphs.append(Phrasebook.distractor(&desk)) }
    desk.frame(&paragraphs, scenes: .exam, union: union, background: true)

    let headline: Passage =
      switch desk.int(0...3) {
      case 0: "\(union)设立\(desk.figure(.stations, stations, "个", .exact))“暖心伴考”服务点"
      case 1: "\(district.name)\(desk.figure(.volunteers, volunteers, "名", .exact))职工志愿者暖心伴考"
      case 2: "\(district.short)工会“蓝马甲”守在考场外"
      default: "\(union)为考生家长搭起“爱心帐篷”"
      }
    return ArticleDraft(
      kicker: nil, headline: headline, subtitle: nil, byline: desk.byline(), paragraphs: paragraphs,
      programme: "暖心伴考", scope: .district(district.name), year: desk.year)
  }
}
