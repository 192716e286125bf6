// A photo with a caption and credit: the caption is the body (`本报记者 X 摄`, `摄影报道`).
import Extraction

/// A captioned photo story.
enum PhotoStory {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let (headline, activity) = desk.pick([
      ("亲子同乐 欢度家庭日", "职工家庭日活动"), ("巧手包粽子 浓浓端午情", "端午主题活动"),
      ("趣味运动会 乐享好时光", "职工趣味运动会"), ("书香润心 共享阅读", "职工读书会"),
      ("迎新春 写福字", "迎新春书法活动"),
    ])
    let when = desk.when()
    let caption: Passage
    if desk.chance(0.5) {
      let families = desk.figure(.participants, desk.int(8...160), desk.pick(["组", "个"]))
      caption = "\(when)，\(organiser.name)举办\(activity)，\(families)职工家庭参与。大家在游戏和协作中增进了感情。"
    } else {
      let workers = desk.figure(.participants, desk.int(30...300), "名")
      caption = "\(when)，\(organiser.name)举办\(activity)，\(workers)职工参加。图为活动现场。"
    }
    return ArticleDraft(
      kicker: nil, headline: "\(headline)",
      subtitle: nil,
      byline: .photo(photographer: Names.person(&desk.rng), staff: desk.chance(0.7), report: desk.chance(0.5)),
      paragraphs: [caption], programme: nil, scope: organiser.scope, year: desk.year)
  }
}
