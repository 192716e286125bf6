// Model workers (劳模): visits with gifts (people served), recuperation trips and talks (participants).
import Extraction

/// A union event for or with model workers.
enum ModelWorkerEvent {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let count = desk.int(12...300)
    let when = desk.when()
    var paragraphs: [Passage] = []
    let headline: Passage

    switch desk.int(0...2) {
    case 0:
      let figure = desk.figure(.peopleServed, count, "名")
      paragraphs.append("\(when)，\(organiser.name)开展走访慰问劳模活动，为\(figure)劳模先进送上慰问品和节日祝福。")
      paragraphs.append("慰问组逐一听取劳模们对工会工作的意见建议，感谢他们多年来在岗位上的辛勤付出。")
      headline = desk.chance(0.5) ? "\(organiser.headlineName)走访慰问劳模先进" : "为\(desk.figure(.peopleServed, count, "名", .exact))劳模先进送去关怀"
    case 1:
      let figure = desk.figure(.participants, count, "名")
      paragraphs.append("\(when)，\(organiser.name)组织\(figure)劳模工匠参加疗休养活动，在山水之间放松身心。")
      paragraphs.append("疗休养期间，劳模们参观了产业园区和红色教育基地，还进行了健康体检和康复理疗。")
      headline = "劳模工匠疗休养 身心充电再出发"
    default:
      let figure = desk.figure(.participants, count, "名")
      paragraphs.append("\(when)，\(organiser.name)邀请\(figure)劳模工匠走进车间班组，与一线职工面对面交流技艺和成长经历。")
      paragraphs.append("宣讲中，劳模们用一个个身边的故事讲述了爱岗敬业、精益求精的坚守，不少青年职工听得入了神。")
      headline = "劳模宣讲进班组 匠心故事暖人心"
    }
    paragraphs.append(
      desk.pick([
        "劳模们纷纷表示，将继续发挥示范带头作用，带出更多技术过硬的徒弟。",
        "“荣誉属于过去，岗位上的每一天都要从头干起。”一位劳模这样说。",
        "活动让职工们近距离感受到了劳动精神和工匠精神的分量。",
      ]))
    if desk.chance(0.3) { paragraphs.append(Phrasebook.distractor(&desk)) }
    desk.frame(&paragraphs, scenes: .activity, union: organiser.shortName, background: true)
    return ArticleDraft(
      kicker: nil, headline: headline, subtitle: nil, byline: desk.byline(), paragraphs: paragraphs,
      programme: nil, scope: organiser.scope, year: desk.year)
  }
}
