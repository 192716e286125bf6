// An activity report with no figures at all: reading clubs, lectures, handicraft, volunteering.
import Extraction

/// A short activity story that plants nothing.
enum PlainActivity {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let activity = desk.pick(["职工读书分享会", "非遗手工体验活动", "法律知识讲座", "职工书画展", "安全生产知识竞赛", "端午包粽子活动", "职工摄影作品展"])
    let when = desk.when()
    var paragraphs: [Passage] = [
      "\(when)，\(organiser.name)举办\(activity)，吸引了不少职工利用业余时间前来参加。",
      desk.pick([
        "活动现场气氛热烈，职工们一边动手一边交流，不时传出阵阵笑声。",
        "主讲人结合身边的案例娓娓道来，大家听得认真，不时记下要点。",
        "展出的作品都出自职工之手，题材丰富，充分展现了职工的精神风貌。",
      ]),
      Phrasebook.background(organiser.shortName, &desk.rng),
    ]
    if desk.chance(0.4) { paragraphs.append(Phrasebook.voice(.activity, &desk.rng)) }
    if desk.chance(0.3) { paragraphs.append(Phrasebook.distractor(&desk)) }
    desk.frame(&paragraphs, scenes: .activity, union: organiser.shortName, background: false)
    return ArticleDraft(
      kicker: nil, headline: "\(organiser.headlineName)举办\(activity)", subtitle: nil, byline: desk.byline(),
      paragraphs: paragraphs, programme: nil, scope: organiser.scope, year: desk.year)
  }
}
