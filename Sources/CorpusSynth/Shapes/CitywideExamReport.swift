// 暖心伴考 citywide: stations (高考/中考, 室外/室内), teams, volunteers, packs, people served, 累计 totals.
import Extraction

/// The 市总工会's yearly report on the exam-season volunteer service.
enum CitywideExamReport {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let year = desk.year
    let stations = desk.int(40...130)
    let teams = desk.int(40...120)
    let volunteers = desk.int(600...2600)
    let served = desk.round(20_000...120_000, step: 100)
    let thisYear = desk.thisYear()

    var paragraphs: [Passage] = []
    // The lead: stations, and teams and volunteers either here or in the next paragraph.
    let stationFigure = desk.figure(.stations, stations, "个", desk.chance(0.7) ? .exact : .any)
    let teamFigure = desk.figure(.volunteerTeams, teams, "支", .exact)
    let volunteerFigure = desk.figure(.volunteers, volunteers, "名")
    switch desk.int(0...2) {
    case 0:
      paragraphs.append(
        "\(thisYear)高考\(desk.day(month: 6...6))开考。据北京市总工会介绍，\(thisYear)“暖心伴考”活动在全市16个区及北京经济技术开发区设立\(stationFigure)伴考服务站点，\(teamFigure)职工志愿服务队、\(volunteerFigure)职工志愿者将在考场外为考生、家长和一线考务人员提供服务。")
    case 1:
      paragraphs.append(
        "市总工会有关部门透露，\(thisYear)的“暖心伴考”志愿服务已全面就位，全市共设置\(stationFigure)伴考服务点，覆盖各区主要考点。")
      paragraphs.append("\(thisYear)共有\(teamFigure)职工志愿服务队承接站点服务，\(volunteerFigure)职工志愿者报名上岗，不少人已是连续多年参加的“熟面孔”。")
    default:
      paragraphs.append(
        "随着\(thisYear)中高考陆续开考，北京工会“暖心伴考”服务如期上线。在市总工会统筹下，各区工会和产业工会共设立\(stationFigure)伴考服务站点，考场外的蓝色帐篷又一次成为考生家长的“歇脚地”。")
      paragraphs.append("据介绍，\(thisYear)参与服务的有\(teamFigure)职工志愿服务队，\(volunteerFigure)职工志愿者轮班值守，为考生家长提供\(Phrasebook.services(&desk.rng))等服务。")
    }

    // Parts of the volunteers after 其中 (party members, young workers): parts, never second totals.
    if desk.chance(0.3) {
      let party = desk.figure(.volunteers, volunteers * desk.int(30...50) / 100, "名", .exact, subtype: "党员")
      let young = desk.figure(.volunteers, volunteers * desk.int(15...30) / 100, "名", .exact, subtype: "青年")
      let parts: Passage = desk.chance(0.5) ? "其中，党员志愿者\(party)，青年志愿者\(young)。" : "其中党员志愿者\(party)、青年志愿者\(young)。"
      paragraphs[paragraphs.count - 1].pieces += parts.pieces
    }
    // The level of the year before that this year's is compared with: that year's figure.
    if year > Desk.programmeStart, desk.chance(0.25) {
      let now = desk.figure(.volunteers, volunteers, "名", .exact)
      var before = desk.figure(.volunteers, volunteers * desk.int(60...90) / 100, "名", .exact)
      before.year = year - 1
      paragraphs.append("参与服务的职工志愿者共\(now)，较\(year - 1)年的\(before)有所增长。")
    }

    // The breakdowns: 高考/中考 and 室外/室内, each adding up to the total.
    if desk.chance(0.8) {
      let gaokao = stations * desk.int(60...80) / 100
      let outdoor = stations * desk.int(75...90) / 100
      let g = desk.figure(.stations, gaokao, "个", .exact, subtype: "高考")
      let z = desk.figure(.stations, stations - gaokao, "个", .exact, subtype: "中考")
      let o = desk.figure(.stations, outdoor, "个", .exact, subtype: "室外")
      let i = desk.figure(.stations, stations - outdoor, "个", .exact, subtype: "室内")
      paragraphs.append(
        desk.chance(0.5)
          ? "其中，高考服务站点\(g)，中考服务站点\(z)；室外站点\(o)，室内站点\(i)。这些站点大多设在考点周边的工会服务站、职工之家和爱心企业门店里。"
          : "从类型看，高考服务站点有\(g)，中考服务站点有\(z)；从场地看，室外站点\(o)、室内站点\(i)，遇到雨天，室内站点就成了家长们的避雨处。")
    }

    // Packs, as one total or by kind.
    if desk.chance(0.75) {
      if desk.chance(0.5) {
        let packs = desk.figure(.packs, desk.round(2000...9000, step: 500), "个")
        paragraphs.append("活动还为考生家长和考场外执勤的一线职工准备了伴考包和暖心包合计\(packs)，包里装着\(Phrasebook.services(&desk.rng))等物品。")
      } else {
        let parents = desk.figure(.packs, desk.round(1500...6000, step: 500), desk.pick(["个", "份"]), .exact, subtype: "伴考包")
        let staff = desk.figure(.packs, desk.round(500...2500, step: 100), desk.pick(["个", "份"]), .exact, subtype: "暖心包")
        paragraphs.append("今年的物资清单里，有为考生家长定制的\(parents)伴考包，也有送给一线考务人员的\(staff)暖心包，由各基层工会提前发放到职工手中。")
      }
    }

    // The programme's history: start year, 连续第N年, 累计 totals, 从…到 growth.
    paragraphs += history(&desk, volunteers: volunteers)

    if desk.chance(0.6) {
      let servedFigure = desk.figure(.peopleServed, served, "人次")
      paragraphs.append("高考期间，各站点共服务考生及家长\(servedFigure)，心理疏导、应急药品和爱心送考等服务最受欢迎。")
    }
    if desk.chance(0.5) { paragraphs.append(Phrasebook.distractor(&desk)) }
    paragraphs.append(Phrasebook.background("市总工会", &desk.rng))
    if desk.chance(0.4) { paragraphs.append(Phrasebook.voice(.exam, &desk.rng)) }
    desk.frame(&paragraphs, scenes: .exam, union: "市总工会", background: false)

    return ArticleDraft(
      kicker: desk.chance(0.4) ? desk.pick(["伴考路上 温情相随", "考场之外的蓝色守候", "工会服务 一路同行", "为追梦的孩子撑一把伞"]) : nil,
      headline: headline(&desk, stations: stations, volunteers: volunteers),
      subtitle: desk.chance(0.35) ? "志愿服务覆盖全市各区 考生家长就近可享\(desk.pick(["歇脚纳凉", "心理疏导", "应急保障"]))服务" : nil,
      byline: desk.newsflash(correspondents: 0.3), paragraphs: paragraphs,
      programme: "暖心伴考", scope: .citywide, year: year)
  }

  private static func headline(_ desk: inout Desk, stations: Int, volunteers: Int) -> Passage {
    switch desk.int(0...4) {
    case 0: return "北京工会“暖心伴考”设立\(desk.figure(.stations, stations, "个", .exact))服务站点"
    case 1: return "\(desk.figure(.volunteers, volunteers, "名", .moreThan))职工志愿者守护考场外"
    case 2: return "\(desk.year)年“暖心伴考”服务全面开启"
    case 3: return "工会“蓝马甲”再次守候在考场外"
    default: return "北京工会为考生家长撑起“暖心伞”"
    }
  }

  /// 连续第N年, the start year, 累计 totals since it, and the growth of the volunteer corps.
  private static func history(_ desk: inout Desk, volunteers: Int) -> [Passage] {
    let year = desk.year
    let start = Desk.programmeStart
    var paragraphs: [Passage] = []
    if year == start {
      paragraphs.append("“暖心伴考”活动于\(start)年首次推出，由市总工会发起、各区工会联动实施。")
      desk.statesProgrammeStart = false
      return paragraphs
    }
    if year - start >= 2, desk.chance(0.5) {
      paragraphs.append("今年已是“暖心伴考”连续第\(PrintedNumerals.ordinal(year - start + 1))年守在考场外。")
    }
    if desk.statesProgrammeStart || desk.chance(0.5) {
      desk.statesProgrammeStart = false
      let span = year - start
      let total = desk.figure(.peopleServed, desk.round(span * 40_000...span * 80_000, step: 1000), "人次", .moreThan)
        .cumulative(from: start, to: year)
      let hours = desk.figure(.serviceHours, desk.round(span * 4000...span * 7000, step: 100), "小时", .moreThan)
        .cumulative(from: start, to: year)
      paragraphs.append(
        desk.chance(0.5)
          ? "“暖心伴考”自\(start)年启动以来，累计服务考生、家长及一线职工\(total)，志愿者累计提供服务\(hours)。"
          : "从\(start)年到\(year)年，“暖心伴考”累计服务考生家长和一线职工\(total)，职工志愿者累计服务时长达\(hours)。")
    }
    if desk.chance(0.35) {
      let first = desk.figure(.volunteers, desk.int(10...60), "名", .exact).dated(start)
      let now = desk.figure(.volunteers, volunteers, "名", .moreThan)
      paragraphs.append("志愿者队伍也在一年年壮大：从\(start)年的\(first)职工志愿者，发展到今年的\(now)职工志愿者。")
    }
    return paragraphs
  }
}
