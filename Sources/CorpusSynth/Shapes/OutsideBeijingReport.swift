// A story from another province's city: its union's volunteers, people served and participants.
import Extraction

/// A report on a union outside Beijing (scope `省市`).
enum OutsideBeijingReport {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let place = desk.pick(OutsideCity.all)
    let union = place.city + "总工会"
    let thisYear = desk.thisYear()
    var paragraphs: [Passage] = []
    paragraphs.append("记者\(desk.pick(["日前", "近日"]))从\(place.province)\(union)获悉，\(thisYear)以来，该市持续推进职工服务阵地建设，把服务延伸到园区、楼宇和工地。")
    let volunteers = desk.figure(.volunteers, desk.int(20...300), "名")
    paragraphs.append("\(union)组织\(volunteers)职工志愿者组成公益服务队，走进社区开展义诊、义剪和家电维修等服务。")
    if desk.chance(0.7) {
      let helped = desk.figure(.peopleServed, desk.int(100...2000), "人")
      paragraphs.append("截至目前，该市职工服务热线已为\(helped)提供法律和政策咨询。")
    }
    if desk.chance(0.5) {
      let joined = desk.figure(.participants, desk.int(50...800), "名")
      paragraphs.append("在随后举行的技能比武中，\(joined)职工参赛，比出了干劲，也比出了本领。")
    }
    paragraphs.append(Phrasebook.background(union, &desk.rng))
    desk.frame(&paragraphs, scenes: .activity, union: union, background: false)
    return ArticleDraft(
      kicker: nil, headline: desk.pick(["\(union)打造职工服务新阵地", "\(place.city)职工志愿者走进社区", "\(place.city)工会把服务送到一线"]),
      subtitle: nil, byline: desk.newsflash(), paragraphs: paragraphs,
      programme: nil, scope: .outside(place.scopeName), year: desk.year)
  }
}
