// A condolence visit: 为N名…送去慰问品, packs handed out, people reached.
import Extraction

/// A union's visit with gifts to workers in need or on the front line.
enum CondolenceVisit {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let people = desk.int(30...400)
    let whom = desk.pick(["困难职工", "一线职工", "环卫工人", "新就业形态劳动者", "坚守岗位的一线职工", "快递员和外卖骑手"])
    let when = desk.when()

    var paragraphs: [Passage] = []
    // NB: 温暖包 and 清凉包 are the hallmarks of the winter and summer campaigns (Data/programmes.tsv):
    // a visit that hands them out is part of that campaign; other packs name none.
    var programme: String? = nil
    let figure = desk.figure(.peopleServed, people, "名")
    paragraphs.append(
      desk.chance(0.5)
        ? "\(when)，\(organiser.name)开展走访慰问活动，为\(figure)\(whom)送去慰问品。"
        : "\(when)，\(organiser.name)慰问组走进辖区企业和站点，为\(figure)\(whom)送上米面油等慰问物资。")
    if desk.chance(0.7) {
      let kind = desk.pick(["温暖包", "爱心包", "年货包", "清凉包"])
      programme = ["温暖包": "送温暖", "清凉包": "夏送清凉"][kind]
      let packs = desk.figure(.packs, desk.round(100...800, step: 50), "份")
      let reached = desk.figure(.peopleServed, desk.int(100...900), "名", .moreThan)
      paragraphs.append("此次活动共送出\(kind)\(packs)，惠及\(reached)劳动者。")
    }
    paragraphs.append(
      desk.pick([
        "慰问组与职工面对面拉家常，详细询问他们的工作和生活情况，叮嘱大家注意身体。",
        "每到一处，慰问组都仔细了解职工家中的实际困难，并现场记录下来，逐一研究解决办法。",
        "慰问中，工会干部还向职工宣传了帮扶政策和维权渠道。",
      ]))
    if desk.chance(0.4) { paragraphs.append("此次慰问共发放慰问金\(desk.int(3...60))万元。") }
    if desk.chance(0.4) { paragraphs.append(Phrasebook.voice(.outdoor, &desk.rng)) }
    desk.frame(&paragraphs, scenes: .care, union: organiser.shortName, background: true)

    let headline: Passage =
      desk.chance(0.4)
      ? "为\(desk.figure(.peopleServed, people, "名", .exact))\(whom)送去慰问品"
      : "\(organiser.headlineName)走访慰问\(whom)"
    return ArticleDraft(
      kicker: nil, headline: headline, subtitle: nil, byline: desk.byline(), paragraphs: paragraphs,
      programme: programme, scope: organiser.scope, year: desk.year)
  }
}
