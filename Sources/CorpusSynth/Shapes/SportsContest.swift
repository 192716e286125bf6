// A workers' sports contest: N名职工参与, N支代表队 competing.
import Extraction

/// A union's sports event with its participants and teams.
enum SportsContest {
  static func draft(_ desk: inout Desk) -> ArticleDraft {
    let organiser = Organiser.draw(&desk.rng)
    let (sport, event) = desk.pick([
      ("乒乓球", "乒乓球比赛"), ("羽毛球", "羽毛球比赛"), ("篮球", "篮球赛"), ("气排球", "气排球比赛"), ("拔河", "拔河比赛"),
      ("田径", "趣味运动会"), ("象棋", "象棋比赛"), ("跳绳", "跳绳比赛"), ("足球", "五人制足球赛"), ("健身操", "健身操大赛"),
    ])
    let edition = PrintedNumerals.ordinal(desk.int(2...12))
    let players = desk.int(80...600)
    let teams = desk.int(8...40)
    let when = desk.when()

    var paragraphs: [Passage] = []
    let playerFigure = desk.figure(.participants, players, "名")
    let teamFigure = desk.figure(.participants, teams, "支", .exact)
    switch desk.int(0...2) {
    case 0:
      paragraphs.append("\(when)，\(organiser.name)第\(edition)届职工\(event)在\(Names.venue(&desk.rng))开赛，\(playerFigure)职工参与。")
      paragraphs.append("来自各基层单位的\(teamFigure)代表队参加了团体赛的角逐，赛场上加油声此起彼伏。")
    case 1:
      paragraphs.append("\(when)，由\(organiser.name)主办的职工\(event)落下帷幕。\(teamFigure)代表队同场竞技，\(playerFigure)选手在场上你争我夺。")
    default:
      paragraphs.append("\(when)，\(organiser.name)组织开展职工\(event)，来自\(desk.int(10...60))家单位的\(playerFigure)职工报名参赛。")
      paragraphs.append("比赛分个人赛和团体赛两个部分，团体赛共有\(teamFigure)代表队参赛。")
    }
    paragraphs.append(
      desk.pick([
        "比赛设置了男子组、女子组和混合组，既比技术，也比配合和体力。",
        "赛场上，选手们你来我往、互不相让，精彩的回合不时引来场边观众的掌声。",
        "为了让更多职工参与进来，今年的比赛降低了报名门槛，不少第一次参赛的年轻职工也报了名。",
        "赛前，裁判组对规则进行了细致讲解，确保比赛公平公正。",
      ]))
    if desk.chance(0.5) { paragraphs.append(Phrasebook.voice(.activity, &desk.rng)) }
    if desk.chance(0.4) { paragraphs.append(Phrasebook.distractor(&desk)) }
    desk.frame(&paragraphs, scenes: .activity, union: organiser.shortName, background: true)

    let headline: Passage =
      switch desk.int(0...3) {
      case 0: "\(organiser.name)第\(edition)届职工\(event)开赛"
      case 1: "\(desk.figure(.participants, teams, "支", .exact))代表队角逐职工\(event)"
      case 2: "\(desk.figure(.participants, players, "名", .moreThan))职工赛场竞技展风采"
      default: "以赛促练 \(sport)场上展风采"
      }
    return ArticleDraft(
      kicker: nil, headline: headline, subtitle: nil, byline: desk.byline(), paragraphs: paragraphs,
      programme: nil, scope: organiser.scope, year: desk.year)
  }
}
