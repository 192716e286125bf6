// 户外劳动者暖心驿站: a street or town union builds N stations; the district and citywide stock.
import Extraction

/// A street or town union's report on the rest stations it built for outdoor workers.
enum RestStationReport {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let district = desk.pick(District.all)
    let street = desk.pick(district.streets)
    let level = street.hasSuffix("镇") ? "该镇" : street.hasSuffix("地区") ? "该地区" : "该街道"
    let union = street + "总工会"
    let built = desk.chance(0.15) ? 100 + desk.int(0...60) : desk.int(3...60)
    let when = desk.when()

    var paragraphs: [Passage] = []
    let builtFigure = desk.figure(.stations, built, "家", built >= 100 ? .moreThan : .exact)
    paragraphs.append(
      desk.chance(0.5)
        ? "\(when)，记者从\(district.name)\(union)了解到，\(level)总工会依托辖区商超、银行网点、药店和物业服务中心，建成\(builtFigure)户外劳动者暖心驿站，为快递员、外卖骑手和环卫工人提供\(Phrasebook.services(&desk.rng))等服务。"
        : "\(when)，\(district.name)\(union)又有一批暖心驿站挂牌。至此，\(level)总工会已打造\(builtFigure)户外劳动者暖心驿站，让跑在路上的劳动者渴了能喝水、累了能歇脚。")
    paragraphs.append(
      desk.chance(0.5)
        ? "走进驿站，\(Phrasebook.services(&desk.rng))一应俱全，墙上还贴着工会入会二维码和维权热线。"
        : "每家驿站都按照统一标识、统一设施的要求建设，门口挂着醒目的牌子，劳动者远远就能看到。")

    // The stock around it: the district's and the city's, sometimes as a 累计 total.
    if desk.chance(0.7) {
      let inDistrict = desk.figure(.stations, built + desk.int(20...400), "家")
      let added = desk.figure(.stations, built + desk.int(0...30), "家", .exact, subtype: "新增")
      paragraphs.append(
        desk.chance(0.5)
          ? "截至目前，\(district.name)已建成暖心驿站\(inDistrict)，其中今年新增暖心驿站\(added)。"
          : "据\(district.name)总工会介绍，全区现有户外劳动者暖心驿站\(inDistrict)，今年新建成\(added)驿站。")
    }
    if desk.chance(0.6) {
      let citywide = desk.round(2000...12_000, step: 100)
      if desk.chance(0.6) {
        let total = desk.figure(.stations, citywide, "家", .moreThan).scoped(.citywide)
        paragraphs.append("记者从市总工会获悉，目前全市共有\(total)户外劳动者暖心驿站，基本实现了户外劳动者较为集中区域的全覆盖。")
      } else {
        let total = desk.figure(.stations, citywide, "家", .moreThan).scoped(.citywide).cumulative(from: nil, to: desk.year)
        paragraphs.append("截至\(desk.year)年\(desk.int(3...11))月，全市累计建成户外劳动者暖心驿站\(total)。")
      }
    }
    if desk.chance(0.5) {
      let served = desk.figure(.peopleServed, desk.round(500...20_000, step: 100), "人次", .moreThan)
      paragraphs.append("今年以来，这些驿站已接待户外劳动者\(served)，高峰时段一家驿站一天要迎来几十位“常客”。")
    }
    if desk.chance(0.4) {
      paragraphs.append("“每家驿站的建设投入不少于\(desk.int(2...5))000元，我们不搞花架子，要让劳动者真正进得来、用得上。”\(level)总工会负责同志说。")
    }
    if desk.chance(0.6) { paragraphs.append(Phrasebook.voice(.outdoor, &desk.rng)) }
    desk.frame(&paragraphs, scenes: .outdoor, union: union, background: true)

    let headline: Passage =
      switch desk.int(0...3) {
      case 0: "\(union)建成\(desk.figure(.stations, built, "家", built >= 100 ? .moreThan : .exact))户外劳动者暖心驿站"
      case 1: "\(district.short)\(street)\(desk.figure(.stations, built, "家", .exact))暖心驿站正式启用"
      case 2: "小驿站撑起户外劳动者的“暖心港湾”"
      default: "\(street)：暖心驿站开到劳动者身边"
      }
    return ArticleDraft(
      kicker: desk.chance(0.25) ? "守护城市奔跑者" : nil, headline: headline,
      subtitle: desk.chance(0.3) ? "热饭、饮水、歇脚、充电 一站解决" : nil,
      byline: desk.byline(), paragraphs: paragraphs,
      programme: "户外劳动者暖心驿站", scope: .district(district.name), year: desk.year)
  }
}
