// Psychological care for workers: 为N名职工提供心理咨询, N名职工参加讲座.
import Extraction

/// A union's mental-health service for its members.
enum PsychologicalCare {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let when = desk.when()
    var paragraphs: [Passage] = []
    let counselled = desk.figure(.peopleServed, desk.int(20...500), "名")
    paragraphs.append(
      desk.chance(0.5)
        ? "\(when)，\(organiser.name)开展职工心理关爱系列活动，邀请专业咨询师走进基层，为\(counselled)职工提供一对一心理咨询。"
        : "\(when)，\(organiser.name)职工心理服务站持续开展服务，已为\(counselled)职工开展心理咨询。")
    if desk.chance(0.6) {
      let listeners = desk.figure(.participants, desk.int(30...400), "名")
      paragraphs.append("服务站还举办了情绪管理专题讲座。\(listeners)职工参加了讲座，现场提问十分踊跃。")
    }
    paragraphs.append(
      desk.pick([
        "咨询师结合职工的工作特点，讲解了缓解压力、调节情绪的实用方法。",
        "沙盘体验、音乐放松和团体辅导等环节，让职工在轻松的氛围中学会和自己对话。",
        "针对倒班职工睡眠不规律的问题，咨询师还给出了有针对性的建议。",
      ]))
    if desk.chance(0.5) { paragraphs.append("目前，该服务站已开设线上心理课程\(desk.int(4...30))期。") }
    desk.frame(&paragraphs, scenes: .activity, union: organiser.shortName, background: true)
    return ArticleDraft(
      kicker: nil, headline: desk.pick(["心理关爱进基层 职工减压有“良方”", "\(organiser.headlineName)为职工送上“心灵处方”", "情绪有了出口 心里亮堂了"]),
      subtitle: nil, byline: desk.byline(), paragraphs: paragraphs,
      programme: nil, scope: organiser.scope, year: desk.year)
  }
}
