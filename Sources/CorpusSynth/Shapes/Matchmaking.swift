// A singles' mixer (联谊) for young workers: N名青年 taking part.
import Extraction

/// A union-run matchmaking event.
enum Matchmaking {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let youths = desk.int(40...300)
    let season = desk.pick(["春日", "夏日", "金秋", "冬日"])
    let when = desk.when()

    var paragraphs: [Passage] = []
    let figure = desk.figure(.participants, youths, "名")
    paragraphs.append(
      desk.chance(0.5)
        ? "\(when)，由\(organiser.name)主办的单身青年职工联谊活动在\(Names.venue(&desk.rng))举行，来自\(desk.int(10...60))家单位的\(figure)单身青年职工相聚在一起。"
        : "\(when)，\(organiser.name)举办“\(season)之约”青年交友活动，\(figure)青年职工参加。")
    paragraphs.append(
      desk.pick([
        "破冰游戏、默契问答、合作拼图等环节一个接一个，原本拘谨的年轻人很快有说有笑。",
        "活动设置了自我介绍、兴趣配对和团队挑战三个环节，让大家在合作中加深了解。",
        "现场还请来婚恋咨询师，分享与人相处和沟通表达的小技巧。",
      ]))
    paragraphs.append("活动尾声，\(desk.int(5...20))对青年互留了联系方式，约定下次再聚。")
    if desk.chance(0.4) { paragraphs.append(Phrasebook.voice(.activity, &desk.rng)) }
    desk.frame(&paragraphs, scenes: .activity, union: organiser.shortName, background: true)

    let headline: Passage =
      desk.chance(0.5)
      ? "\(desk.figure(.participants, youths, "名", .exact))青年职工共赴\(season)之约"
      : "工会当“红娘” 为单身青年牵线搭桥"
    return ArticleDraft(
      kicker: desk.chance(0.4) ? "\(organiser.name)举办青年交友联谊会" : nil, headline: headline, subtitle: nil,
      byline: desk.byline(), paragraphs: paragraphs, programme: nil, scope: organiser.scope, year: desk.year)
  }
}
