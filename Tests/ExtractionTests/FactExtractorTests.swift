import Testing
import ChineseText
import NewsCorpus
@testable import Extraction

/// Facts of a page written in the test, one article or more, with programme start years.
private func facts(_ page: String, starts: [String: Int] = ["暖心伴考": 2016]) throws -> [Fact] {
  try factsOnPage(page, extractor: FactExtractor(programmeStarts: starts))
}

private func only(_ facts: [Fact], _ metric: Metric) -> [Fact] { facts.filter { $0.metric == metric } }

/// A page of one article, printed on the 2022 exam day, that goes on with `sentence`.
private func examDayPage(_ sentence: String) -> String {
  """
  伴考十年

  本报讯（记者 张然）2022年高考开考。\(sentence)
  """
}

@Test func eachMetricFromItsMeasureWordAndNoun() throws {
  let page = """
    延庆区总工会全力做好“暖心伴考”服务

    本报讯（记者 李明）2022年，延庆区总工会组建了7支职工志愿服务队，300余名志愿者参与“暖心伴考”，\
    在各考点设置12个伴考服务站点，发放伴考包2000份，累计服务考生和家长近5000人次。
    """
  let found = try facts(page)
  #expect(only(found, .volunteerTeams).map(\.surface) == ["7支"])
  #expect(only(found, .volunteers).map(\.surface) == ["300余名"])
  #expect(only(found, .stations).map(\.surface) == ["12个"])
  #expect(only(found, .packs).map(\.surface) == ["2000份"])
  #expect(only(found, .peopleServed).map(\.surface) == ["近5000人次"])
  #expect(found.allSatisfy { $0.scope == .district("延庆区") && $0.year == 2022 && $0.programme == "暖心伴考" })
}

@Test func aCountAfterItsNounKeepsTheBreakdown() throws {
  let page = """
    市总工会伴考服务全面铺开

    本报讯（记者 王芳）今年，全市共设伴考服务站点50个，其中高考服务站点35个，中考服务站点15个。
    """
  let stations = only(try facts(page), .stations)
  #expect(stations.map(\.subtype) == [nil, "高考", "中考"])
  #expect(stations.map(\.surface) == ["50个", "35个", "15个"])
  #expect(stations.allSatisfy { $0.scope == .citywide })
}

@Test func fromFirstYearToNowGivesBothEnds() throws {
  let page = """
    “暖心伴考”走过七年

    本报讯（记者 赵亮）7年间，“暖心伴考”从20名职工志愿者起步，发展到如今两千余名志愿者同行。今年是2022年。
    """
  let volunteers = only(try facts(page), .volunteers)
  #expect(volunteers.map(\.surface) == ["20名", "两千余名"])
  #expect(volunteers.map(\.year) == [2016, 2022])
}

@Test func runningTotalsKeepTheirPeriod() throws {
  let page = """
    伴考服务温暖人心

    本报讯（记者 孙丽）2023年，“暖心伴考”服务继续开展。八年来，“暖心伴考”累计服务考生家长12万余人次，志愿者提供超2万小时服务。
    """
  let found = try facts(page)
  let served = try #require(only(found, .peopleServed).first)
  #expect(served.cumulative && served.periodStart == 2016 && served.periodEnd == 2023)
  #expect(only(found, .serviceHours).first?.qualifier == .moreThan)
}

@Test func aHeadlineFigureTakesTheBodysReading() throws {
  let page = """
    伴考服务惠及12万余人次

    本报讯（记者 孙丽）2023年，“暖心伴考”服务继续开展。八年来，“暖心伴考”累计服务考生家长12万余人次。
    """
  let served = only(try facts(page), .peopleServed)
  #expect(served.count == 2)
  #expect(served.allSatisfy { $0.cumulative && $0.periodStart == 2016 })
}

@Test func recipientsProvidersAndParticipantsAreToldApart() throws {
  let page = """
    通州区总工会开展春节慰问

    本报讯（记者 周强）近日，通州区总工会为86名困难职工送去慰问金，选派5名工作人员上门服务。\
    当天下午，400余名职工参加了新春游园会。2024年的慰问活动还将继续。
    """
  let found = try facts(page)
  #expect(only(found, .peopleServed).map(\.surface) == ["86名"])
  #expect(only(found, .participants).map(\.surface) == ["400余名"])
  #expect(found.count == 2)  // the five staff members are not a figure of the programme
}

@Test func aClausePlaceOutranksTheArticlePlace() throws {
  let page = """
    市总工会部署户外劳动者服务

    本报讯（记者 钱伟）2023年，全市新建户外劳动者暖心驿站300家，其中海淀区新建暖心驿站40家。
    """
  let stations = only(try facts(page), .stations)
  #expect(stations.map(\.scope) == [.citywide, .district("海淀区")])
  #expect(stations.allSatisfy { $0.programme == "户外劳动者暖心驿站" })
}

@Test func workplacesAndRouteCheckpointsAreNotStations() throws {
  let page = """
    工会走访快递网点

    本报讯（记者 郑洁）2023年，街道总工会走访了8家快递站点，沿途设置4个打卡点。
    """
  #expect(only(try facts(page), .stations).isEmpty)
}

@Test func aStationNamedWithoutACountIsAMention() throws {
  let page = """
    大兴区总工会设立伴考服务点

    本报讯（记者 马丽）2024年高考期间，大兴区总工会在考点外设立“暖心伴考”志愿服务点，为家长提供饮水。
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  let extraction = FactExtractor().extract(document.articles[0])
  #expect(extraction.facts.filter { $0.metric == .stations }.isEmpty)
  #expect(extraction.stationMentions.contains { $0.scope == .district("大兴区") && $0.programme == "暖心伴考" })
}

/// A programme's start year is asked for only where a figure's time needs it, so a loader that
/// records the ids asked knows which articles depend on another file's start year.
@Test(arguments: [
  ("7年间，“暖心伴考”从20名职工志愿者起步，发展到如今两千余名志愿者同行。今年是2022年。", ["暖心伴考"]),
  ("八年来，“暖心伴考”累计服务考生家长12万余人次。今年是2023年。", ["暖心伴考"]),
  ("从2016年起，“暖心伴考”累计服务考生家长12万余人次。", []),
  ("2023年，“暖心伴考”在全市设置了104个伴考点。", []),
])
func asksForAProgrammeStartOnlyWhereAFigureNeedsIt(lede: String, asked: [String]) throws {
  let document = try Document.parse(bytes: Array("伴考服务\n\n本报讯（记者 孙丽）\(lede)\n".utf8), file: "page.txt")
  var ids: [String] = []
  let found = document.articles.flatMap { article in
    FactExtractor().extract(article) { id in
      ids.append(id)
      return 2016
    }.facts
  }
  #expect(!found.isEmpty)
  #expect(Set(ids) == Set(asked))
}

/// A running-total word covers its sentence, except a clause that names one year of its own.
@Test func aClauseWithItsOwnYearIsNotARunningTotal() throws {
  let page = """
    驿站建设提速

    本报讯（记者 刘洋）截至2025年底，全市累计建成户外劳动者服务站点2000余个，当年新建驿站300家。\
    2019年至2024年，“暖心伴考”累计设立伴考站点500余个，累计服务考生家长1.2万人次，2024年设立伴考站点120个。
    """
  let found = try facts(page)
  let stations = only(found, .stations)
  #expect(stations.map(\.surface) == ["2000余个", "300家", "500余个", "120个"])
  #expect(stations.map(\.cumulative) == [true, false, true, false])
  #expect(stations.map(\.year) == [2025, 2025, 2024, 2024])
  #expect(only(found, .peopleServed).map(\.cumulative) == [true])
}

/// A yearly rate (`年服务…`, `年接待…`) after a running total is one year's; 年 that makes a word of
/// its own (`多年服务`, `青年服务队`) leaves the running total as it was.
@Test(arguments: [
  ("截至2024年底，全市累计建成暖心驿站1200余家，年服务户外劳动者超1000万人次。", false),
  ("截至2024年底，全市累计建成暖心驿站1200余家，各驿站年接待户外劳动者超1000万人次。", false),
  ("截至2024年底，全市累计建成暖心驿站1200余家，全年服务户外劳动者超1000万人次。", false),
  ("截至2024年底，全市累计建成暖心驿站1200余家，服务户外劳动者超1000万人次。", true),
  ("截至2024年底，全市累计建成暖心驿站1200余家，多年服务户外劳动者超1000万人次。", true),
  ("截至2024年底，全市累计建成暖心驿站1200余家，青年服务队服务户外劳动者超1000万人次。", true),
])
func aYearlyRateIsOneYears(sentence: String, cumulative: Bool) throws {
  let found = try facts("驿站服务\n\n本报讯（记者 孙艳）\(sentence)")
  let served = only(found, .peopleServed)
  #expect(served.map(\.surface) == ["超1000万人次"])
  #expect(served.map(\.cumulative) == [cumulative])
  #expect(served.map(\.year) == [2024])
  #expect(only(found, .stations).map(\.cumulative) == [true])
}

/// The figure a change starts from names no noun; it counts what the figure it changes into
/// counts, dated by a year inside the span, else by the programme's start (`最初`).
@Test func theFigureAChangeStartsFromCountsWhatItChangesInto() throws {
  let page = """
    十年伴考路

    本报讯（记者 陈晨）2025年，“暖心伴考”服务站点数量从最初的5个发展到现在的104个。\
    志愿者从2015年的10名增至2025年的1500余名。全市志愿服务队由8支增加到30支。
    """
  let found = try facts(page, starts: ["暖心伴考": 2015])
  #expect(only(found, .stations).map(\.surface) == ["5个", "104个"])
  #expect(only(found, .stations).map(\.year) == [2015, 2025])
  #expect(only(found, .volunteers).map(\.surface) == ["10名", "1500余名"])
  #expect(only(found, .volunteers).map(\.year) == [2015, 2025])
  #expect(only(found, .volunteerTeams).map(\.surface) == ["8支", "30支"])
  // A change to another level than the present: the first year when the span says so, else
  // unknown — never the year the change leads to — unless a year before 从 dates the whole change.
  let changes = try facts("""
    十年伴考路

    本报讯（记者 陈晨）2025年，服务站点从最初的5个增加到今年的104个。志愿服务队由8支增至今年的30支。
    """, starts: ["暖心伴考": 2015])
  #expect(only(changes, .stations).map(\.year) == [2015, 2025])
  #expect(only(changes, .volunteerTeams).map(\.year) == [nil, 2025])
}

/// A year in the part of the sentence before a semicolon is another statement's: the end of a
/// span to the present after it is the article's year.
@Test func aYearBeforeASemicolonDoesNotDateTheSpanAfterIt() throws {
  let page = """
    北京工人报 2019年6月10日

    志愿者人数翻了一番

    本报讯 今年全市共招募志愿者2000人。2015年首批志愿者仅有1000人；服务站点从最初的30个发展到现在的120个。
    """
  let stations = only(try facts(page, starts: ["暖心伴考": 2015]), .stations)
  #expect(stations.map(\.surface) == ["30个", "120个"])
  #expect(stations.last?.year == 2019)
}

/// A number followed by the districts or streets it counts is not a count of what they hold.
@Test func aNumberThatCountsDistrictsIsNotAStationCount() throws {
  let page = """
    伴考服务覆盖全市

    本报讯（记者 陈晨）2025年，全市16个区均设立了伴考服务站点，覆盖43个街乡，朝阳区设立伴考服务站点12个。
    """
  #expect(only(try facts(page), .stations).map(\.surface) == ["12个"])
}

/// 分别 gives each place before it the figure in the same position after it, or the one figure
/// after it to each of them.
@Test func placesBefore分别TakeTheFiguresAfterItInOrder() throws {
  let page = """
    各区伴考服务有序开展

    本报讯（记者 陈晨）2025年，朝阳区、海淀区分别设立伴考服务站点12个、10个。\
    丰台区和大兴区分别组织志愿者300余名和260名。朝阳区、海淀区分别设立服务站点12个。
    """
  let found = try facts(page)
  #expect(only(found, .stations).map { "\($0.surface)@\($0.scope.label)" } == ["12个@朝阳区", "10个@海淀区", "12个@朝阳区", "12个@海淀区"])
  #expect(only(found, .volunteers).map { "\($0.surface)@\($0.scope.label)" } == ["300余名@丰台区", "260名@大兴区"])
}

/// With no places before it, 分别 gives each part listed before it (高考、中考) the figure in the same
/// position; a total of the parts (中、高考) or a count that does not match leaves the figures as they are.
@Test(arguments: [
  ("今年高考、中考期间，区总工会在全区6个考点设立服务站，分别招募志愿者62名和48名。", ["62名高考", "48名中考"]),
  ("今年中考和高考期间，区总工会分别招募志愿者48名、62名。", ["48名中考", "62名高考"]),
  ("今年中、高考期间，区总工会分别招募志愿者48名、62名。", ["48名", "62名"]),
  ("今年高考、中考期间，区总工会分别招募志愿者62名、48名和30名。", ["62名", "48名", "30名"]),
])
func partsBefore分别TakeTheFiguresAfterItInOrder(sentence: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(sentence, headline: "门头沟区暖心伴考"))
  #expect(only(found, .volunteers).map { $0.surface + ($0.subtype ?? "") } == expected)
}

/// Other items a list names before 分别 are parts too, each taking the figure in its position:
/// never several totals of one thing. Listed times (`2023年和2024年`) and places keep their readings.
@Test(arguments: [
  ("丰台区已建成驿站263家。依托加油站、商超建设的驿站分别为41家和56家。", Metric.stations, ["263家", "41家/加油站", "56家/商超"]),
  ("依托银行网点、加油站和商超建设的驿站分别为30家、20家和10家。", .stations, ["30家/银行网点", "20家/加油站", "10家/商超"]),
  ("第一批、第二批分别命名驿站30家和25家。", .stations, ["30家/第一批", "25家/第二批"]),
  ("参与驿站服务的男、女志愿者分别为120名和80名。", .volunteers, ["120名/男", "80名/女"]),
  ("2023年和2024年全市分别新建驿站30家和45家。", .stations, ["30家/新增", "45家/新增"]),
  ("东城区、西城区分别设立驿站12个和10个。", .stations, ["12个", "10个"]),
])
func itemsListedBefore分别ArePartsOfWhatTheyCount(body: String, metric: Metric, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "驿站建设情况"))
  #expect(only(found, metric).map { $0.surface + ($0.subtype.map { "/" + $0 } ?? "") } == expected)
}

/// The list before 分别, item by item: the first after the word that governs the list, the last
/// before the word that follows it, the counted noun left out; none when an item is a time.
@Test(arguments: [
  ("依托加油站、商超建设的驿站", 2, Metric.stations, ["加油站", "商超"] as [String]?),
  ("设在银行网点、加油站和商超内的驿站", 3, .stations, ["银行网点", "加油站", "商超"]),
  ("参与服务的男、女志愿者", 2, .volunteers, ["男", "女"]),
  ("今年、去年", 2, .stations, nil),
  ("依托加油站、商超建设的驿站", 3, .stations, nil),
])
func listedItemsBefore分别(words: String, count: Int, metric: Metric, expected: [String]?) {
  #expect(ListedItems.items(in: Array(words.unicodeScalars)[...], count: count, of: metric) == expected)
}

/// A figure joined to the one before by a list mark alone counts what that one counts, whatever a
/// cue elsewhere in its sentence says; a noun of its own after it decides for itself.
@Test(arguments: [
  ("参与服务的志愿者分别为120名和80名。", ["120名 volunteers", "80名 volunteers"]),
  ("活动共有志愿者120名和服务对象80名参与。", ["120名 volunteers", "80名 participants"]),
  // A verb after the number says what both did; a noun after it is the number's own.
  ("胜利街道、石园街道工会分别组织志愿者15名和12名参与伴考服务。", ["15名 volunteers", "12名 volunteers"]),
  ("活动共有志愿者120名和80名家长参与。", ["120名 volunteers", "80名 participants"]),
  // An item of a year series may name its year after the list mark (`58个、2021年的70个`).
  ("服务点从2015年的12个，到2018年的58个、2021年的70个，再到今年的86个。",
   ["12个 stations", "58个 stations", "70个 stations", "86个 stations"]),
])
func aFigureJoinedToTheOneBeforeCountsWhatItCounts(body: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "志愿服务活动"))
  #expect(found.map { "\($0.surface) \($0.metric.rawValue)" } == expected)
}

/// People reached by aid (`走访慰问困难职工…5.2万余人次`) in a service programme's article are the union's
/// other work, not the programme's people served; an aid campaign's article keeps them.
@Test func peopleReachedByAidAreNotAServiceProgrammes() throws {
  let stations = try facts(oneArticlePage(
    "全区暖心驿站总数达218家，驿站全年接待户外劳动者约36万人次。春节期间，区总工会走访慰问困难职工、一线职工等共计5.2万余人次。",
    headline: "丰台区工会服务职工成效明显"))
  #expect(only(stations, .peopleServed).map { "\($0.surface)@\($0.programme ?? "-")" } == ["约36万人次@户外劳动者暖心驿站", "5.2万余人次@-"])
  let campaign = try facts(oneArticlePage("“两节”送温暖活动中，全市工会走访慰问困难职工、一线职工等共计28.5万人次。", headline: "两节送温暖"))
  #expect(only(campaign, .peopleServed).map { "\($0.surface)@\($0.programme ?? "-")" } == ["28.5万人次@送温暖"])
  #expect(AidFigure.isAid(programme: "夏送清凉", taxonomy: .shipped) && AidFigure.isAid(programme: "金秋助学", taxonomy: .shipped))
  #expect(!AidFigure.isAid(programme: "暖心伴考", taxonomy: .shipped) && !AidFigure.isAid(programme: "户外劳动者暖心驿站", taxonomy: .shipped))
}

/// People who signed up (`300余人报名`) are a part `报名` beside those who took part.
@Test func peopleWhoSignedUpAreAPartOfTheirOwn() throws {
  let found = try facts(oneArticlePage(
    "活动共吸引单身职工300余人报名，经筛选后120名青年职工参加。另有50人踊跃报名志愿服务。", headline: "单身职工联谊会举行"))
  #expect(only(found, .participants).map { $0.surface + ($0.subtype.map { "/" + $0 } ?? "") } == ["300余人/报名", "120名", "50人/报名"])
}

/// The people a count names may stand between it and 报名 (`300余名单身职工报名`); those who entered
/// a contest (`报名参赛`) are its players, and a count that took part in something is no sign-up.
@Test(arguments: [
  ("活动吸引全区300余名单身职工报名，经过筛选，最终160名职工参加。", ["300余名/报名", "160名"]),
  ("500名职工通过网络报名，其中200名职工参加了决赛。", ["500名/报名", "200名"]),
  ("来自26家单位的550名职工报名参赛。", ["550名"]),
  // A count named by the number of sign-ups before it is those who signed up too.
  ("联谊会吸引386名单身青年参加，报名人数超过600人。", ["386名", "超过600人/报名"]),
  // Those who reached a contest's final are its finalists, a part of those who entered.
  ("大赛自5月启动，近3万名职工报名参赛，最终1156名选手进入决赛。", ["近3万名", "1156名/决赛"]),
  ("386支代表队、1.2万余名职工参加初赛，最终有612名选手晋级决赛。", ["386支", "1.2万余名", "612名/决赛"]),
  // 报名 right before the count, with a verb of reaching or none, counts those who signed up.
  ("联谊会现场报名1000余人，实际到场参加780人。", ["1000余人/报名", "780人"]),
  ("比赛开放报名后，线上报名达2300余人，实际参赛1760人。", ["2300余人/报名", "1760人"]),
])
func peopleNamedBetweenACountAndItsSignUp(body: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "职工联谊活动"))
  #expect(only(found, .participants).map { $0.surface + ($0.subtype.map { "/" + $0 } ?? "") } == expected)
}

/// A number that ends its list item counts the noun before it, not the next item's.
@Test func aNumberThatEndsItsListItemCountsItsOwnNoun() throws {
  let page = """
    伴考服务保障到位

    本报讯（记者 陈晨）从场地看，室外站点48个、室内站点10个。现场发放暖心包两万余份、矿泉水三千多箱，接待考生家长上万人次。
    """
  let found = try facts(page)
  #expect(only(found, .stations).map(\.subtype) == ["室外", "室内"])
  #expect(only(found, .packs).map(\.surface) == ["两万余份"])
  #expect(only(found, .peopleServed).map(\.surface) == ["上万人次"])
  // Stations a union visits are that outing's stops, not how many the place has.
  let visit = try facts(oneArticlePage("7月12日，区总工会走访户外劳动者暖心驿站15家，全区驿站总数达到47家。", headline: "送清凉"))
  #expect(only(visit, .stations).map(\.surface) == ["47家"])
  // So are those an inspection after the figure acts on, or a union urges to put right; an inspection
  // of how stations were built is their acceptance, and they count.
  let checked = try facts(oneArticlePage(
    "全区已建成驿站128个。7月，区总工会对其中20个站点进行了实地检查，督促9家驿站整改。", headline: "回头看"))
  #expect(only(checked, .stations).map(\.surface) == ["128个"])
  let accepted = try facts(oneArticlePage("镇总工会对辖区内6家职工暖心驿站创建情况进行指导检查。", headline: "驿站投入使用"))
  #expect(only(accepted, .stations).map(\.surface) == ["6家"])
  // What an inspection found or ordered sorts stations, it does not count a stock; accepting them does.
  let sorted = try facts(oneArticlePage(
    "全区建成站点268家。对17家站点下发限期整改通知，摘牌撤销站点五家。抽查的8家站点中，7家合格，1家限期整改。发现3个站点未按时开门。",
    headline: "回头看"))
  #expect(only(sorted, .stations).map(\.surface) == ["268家"])
  let passed = try facts(oneArticlePage("经验收合格，今年新挂牌站点20家。", headline: "驿站验收"))
  #expect(only(passed, .stations).map(\.surface) == ["20家"])
  // Another body's stations open to outdoor workers are not the union's.
  let others = try facts(oneArticlePage(
    "人力社保部门建设的“零工驿站”已有120余家；红十字会在水库沿线设立的6个“博爱驿站”；城市运行局设置的12处“城市服务驿站”；"
      + "区城管执法局设置了35个“城管驿站”；区城管委设置的7处城市驿站。",
    headline: "驿站"))
  #expect(only(others, .stations).isEmpty)
  // A nursing room named as a 驿站 is no rest station.
  let rooms = try facts(oneArticlePage("目前，全区已建成“妈咪暖心驿站”126家，其中今年新建18家。", headline: "三八节"))
  #expect(only(rooms, .stations).allSatisfy { $0.programme != "户外劳动者暖心驿站" })
  #expect(only(rooms, .stations).first?.subtype == "妈咪暖心驿站")
  // An item in another measure word counts another noun: 42个 are workplaces, not stations.
  let items = try facts(oneArticlePage("全区共有户外劳动者暖心驿站15家、基层单位42个。", headline: "驿站"))
  #expect(only(items, .stations).map(\.surface) == ["15家"])
}

/// 去年, 前年, 今年 date a figure from the article's year; a comparison (较去年) or a span start
/// (去年以来) does not. The figure a change leads to counts what it changed from.
@Test func relativeYearsDateTheirFigures() throws {
  let page = """
    伴考站点增至104个

    本报讯（记者 陈晨）2025年6月7日，高考首日。去年全市设立伴考服务站点80个，今年增至104个。\
    前年参与的志愿者有900名。今年的暖心驿站较去年增加驿站20家。\
    志愿者队伍不断壮大：从2015年的25名职工志愿者，发展到今年的2000多名职工志愿者。
    """
  let found = try facts(page)
  #expect(only(found, .stations).map { "\($0.surface)@\($0.year ?? 0)" } == ["104个@2025", "80个@2024", "104个@2025", "20家@2025"])
  #expect(only(found, .volunteers).map { "\($0.surface)@\($0.year ?? 0)" } == ["900名@2023", "25名@2015", "2000多名@2025"])
}

/// 去年同期 dates a figure of last year's same season, unless it is compared with (`比去年同期`); a
/// start (`自去年起`) dates none of the figures after it, which are the article's year's.
@Test func lastYearsSameSeasonDatesItsFigureAndASinceStartDoesNot() throws {
  let page = """
    两节送温暖

    本报讯（记者 陈晨）2021年1月15日，西城区总工会今年已发放暖心包8000余份。去年同期，该区共发放暖心包7000余份。    市总工会自去年起推广暖心驿站建设，目前全市已建成驿站900余家。
    """
  let found = try facts(page)
  #expect(only(found, .packs).map { "\($0.surface)@\($0.year ?? 0)" } == ["8000余份@2021", "7000余份@2020"])
  #expect(only(found, .stations).map { "\($0.surface)@\($0.year ?? 0)" } == ["900余家@2021"])
}

/// 送去年货 is 送去 ("sent to") and 年货 (New Year goods): no 去年 in it dates the figure.
@Test(arguments: [
  ("2026年1月，区总工会为困难职工送去年货礼包，共计6千余份。", "6千余份@2026"),
  ("区总工会为困难职工带去年夜饭食材礼包，共计6千余份。", "6千余份@2026"),
  ("去年，区总工会为困难职工送去慰问品6千余份。", "6千余份@2025"),
])
func sendingNewYearGoodsIsNotLastYear(sentence: String, expected: String) throws {
  let page = """
    送温暖进万家

    本报讯（记者 陈晨）2026年1月20日，\(sentence)
    """
  #expect(only(try facts(page), .packs).map { "\($0.surface)@\($0.year ?? 0)" } == [expected])
}

/// A sentence printed twice in one story counts its figures once, though the column ran the repeat on
/// into new text; the same figure given to two places in one sentence is two facts.
@Test func aSentencePrintedTwiceCountsOnce() throws {
  let repeated = "两天时间里，志愿者累计服务考生和家长逾两万人次，发放爱心伴考包2400余份。"
  let page = """
    暖心伴考在行动

    本报讯 6月7日至8日，通州区总工会组织四百名职工志愿者走上街头。

    \(repeated)

    \(repeated)
    其中，宋庄镇志愿者45名。
    """
  let found = try facts(page)
  #expect(only(found, .packs).map(\.surface) == ["2400余份"])
  #expect(only(found, .peopleServed).map(\.surface) == ["逾两万人次"])
  let each = try facts(oneArticlePage("海淀、丰台两区均超过200家驿站。", headline: "驿站"))
  #expect(only(each, .stations).map(\.scope.label) == ["海淀区", "丰台区"])
}

/// A year a figure is a multiple of (`为去年的1.2倍`) is compared with: it dates nothing.
@Test func aMultipleOfLastYearsFigureIsThisYears() throws {
  let found = try facts(oneArticlePage("2022年，服务站点数量为去年的1.2倍，达到120个。", headline: "暖心伴考"))
  #expect(only(found, .stations).map { "\($0.surface)@\($0.year ?? 0)" } == ["120个@2022"])
}

/// A figure that counts a thing of its own (`16个区`) starts no change, though a change verb follows it.
@Test(arguments: [
  ("2016年，服务扩展到全市16个区，站点增至90个。", ["90个"]),
  ("2016年，站点由34个增至90个。", ["34个", "90个"]),
])
func aFigureOfAnotherThingStartsNoChange(sentence: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(sentence, headline: "暖心伴考"))
  #expect(only(found, .stations).map(\.surface) == expected)
}

/// A planned or expected figure counts nothing yet; a total "at present" is not a running total.
@Test func plannedFiguresStayOutAndPresentTotalsAreNotRunningTotals() throws {
  let page = """
    海淀区新增驿站30家

    本报讯（记者 孙悦）7月以来，海淀区总工会新建户外劳动者服务站点30家，目前全区驿站总数已达156家。\
    据悉，海淀区今年计划再建设驿站20家，预计服务户外劳动者5万人次。市总工会计划在全市新建户外劳动者服务站点50家。
    """
  let found = try facts(page)
  #expect(only(found, .stations).map(\.surface) == ["30家", "30家", "156家"])
  // NB: 7月以来 counts the year so far, not a running total over years.
  #expect(only(found, .stations).map(\.cumulative) == [false, false, false])
  #expect(only(found, .peopleServed).isEmpty)
}

/// A verb of planning reaches the clauses after its own, until one says what has been done.
@Test(arguments: [
  ("今年，全区计划投入送温暖资金300万元，慰问困难职工和一线职工5000人次。", [String]()),
  ("今年计划慰问困难职工6000人次，目前已慰问5000人次。", ["5000人次"]),
  ("原计划慰问困难职工6000人次，实际慰问6500人次。", ["6500人次"]),
  // A goal is no plan of the figures after it.
  ("本次活动以关心关爱困难职工为目标，共慰问困难职工5000人次。", ["5000人次"]),
  // In its own clause it reaches past a list, however far the last item stands.
  ("今年共筹集资金860余万元，计划慰问困难职工及家庭1500余户、一线职工2万余人次。", [String]()),
  ("计划慰问困难职工及家庭1500余户，目前已慰问一线职工2万余人次。", ["2万余人次"]),
])
func aPlanReachesTheClausesAfterItUntilOneReportsWhatWasDone(sentence: String, expected: [String]) throws {
  let page = """
    送温暖活动启动

    本报讯（记者 孙悦）2024年1月24日，石景山区总工会启动送温暖活动。\(sentence)
    """
  #expect(only(try facts(page), .peopleServed).map(\.surface) == expected)
}

/// A sentence or paragraph that opens by citing a plan (`《方案》明确，`, `行动计划提出：`) lists its targets:
/// they count nothing yet, until words before a figure report what was done; a citing clause that
/// names no document is no plan.
@Test(arguments: [
  ("《方案》明确，新建暖心驿站140家，每年招募志愿者不少于2000名。", [String]()),
  ("《实施意见》提出：到2025年底，全市建成驿站500家。", []),
  ("三年行动计划要求，新建驿站50家。目前全区已建成驿站120家。", ["120家"]),
  ("三年行动计划要求，新建驿站50家，目前已建成驿站30家。", ["30家"]),
  ("会议明确，全区已建成驿站120家。", ["120家"]),
  ("市总工会提出，全区建成驿站120家。", ["120家"]),
])
func aCitedPlanListsTargets(sentence: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(sentence, headline: "驿站建设"))
  #expect(only(found, .stations).map(\.surface) == expected)
  #expect(only(found, .volunteers).isEmpty)
}

/// An agenda before a colon (`主要工作安排：`, `将重点抓好以下工作：`) sets out targets, in its paragraph and
/// in the numbered items after it; a review's `主要工作：` sets out what was done.
@Test(arguments: [
  ("2021年主要工作安排：一是新建驿站十个以上；二是组织暖心伴考志愿者不少于800名。", [String]()),
  ("2026年，全市工会将重点抓好以下工作：1.新建户外劳动者暖心驿站50家；\n2.动员暖心伴考志愿者不少于2万名。", []),
  ("2026年，全市工会将重点抓好以下工作：\n\n1.新建户外劳动者暖心驿站50家；\n\n2.动员暖心伴考志愿者不少于2万名。", []),
  ("2020年主要工作：一是新建驿站12个；二是组织暖心伴考志愿者800名。", ["12个", "800名"]),
  // `以下工作` after 做了 leads in a review: its items were done.
  ("一年来，我们重点做了以下几方面工作：\n\n（一）聚焦阵地建设。全年新建驿站23个。\n\n（二）聚焦志愿服务。组织暖心伴考志愿者136名。", ["23个", "136名"]),
])
func anAgendaSetsOutTargets(body: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "区总工会部署全年工作"))
  #expect(found.filter { $0.metric != .other }.map(\.surface) == expected)
}

/// A plan cited at a paragraph's start reaches its later sentences (`…140家。开展…培训…`).
@Test func aPlanCitedAtAParagraphsStartReachesItsLaterSentences() throws {
  let page = """
    驿站建设三年行动

    本报讯（记者 陈晨）2024年3月1日，区总工会印发驿站建设方案。

    《方案》明确，设立暖心驿站140家。每个街道新建驿站不少于5家，社区驿站覆盖率达到90%。

    截至目前，全区已建成驿站96家。
    """
  #expect(only(try facts(page), .stations).map(\.surface) == ["96家"])
}

/// What a total is expected to reach (`有望…突破`, `将达到`) counts nothing yet; what it has reached does.
@Test(arguments: [
  ("据了解，全市驿站总数有望年底突破1600家。", [String]()),
  ("年底全市驿站将达到1600家。", [String]()),
  ("目前全市驿站总数已突破1500家。", ["突破1500家"]),
  // What comes next: 将在, 将新增, and 下一步 or 今后 in the figure's own clause.
  ("下一步，将在全区再建成暖心驿站50家。", [String]()),
  ("未来三年，全市将新增驿站500家。", [String]()),
  ("今后每年新建驿站不少于100家。", [String]()),
])
func anExpectedTotalCountsNothingYet(sentence: String, expected: [String]) throws {
  let page = """
    驿站网络越织越密

    本报讯（记者 高远）2023年7月20日，记者从市总工会了解到驿站建设情况。\(sentence)
    """
  #expect(only(try facts(page), .stations).map(\.surface) == expected)
}

/// 将 before a verb of doing plans the figure and the clauses after it (`将举办…50余场，覆盖职工2万余人`);
/// the same sentence told as done counts.
@Test(arguments: [
  ("今年区总工会将举办各类职工文体活动50余场，覆盖职工2万余人。", [String]()),
  ("明年将继续开展“暖心伴考”活动，招募志愿者500名。", []),
  ("今年市总工会将筹集资金1.2亿元，走访慰问困难职工30万人次。", []),
  ("今年将为120名考上大学的困难职工子女每人发放助学金5000元。", []),
  ("今年将继续开展“暖心伴考”活动，招募志愿者500名。", []),
  // An adverb alone plans nothing: a story's closing words run by a column into the next one's figure.
  ("工会将继续把职工的冷暖放在心上，把实事办好。区总工会建成驿站26家。", ["26家"]),
  ("工会将继续把职工的冷暖放在心上，把实区总工会建成驿站26家。", ["26家"]),
  // 将 before what is handled is no plan (`将慰问金送到…`).
  ("区总工会将慰问金送到困难职工手中，共慰问困难职工300户。", ["300户"]),
  ("今年区总工会已举办各类职工文体活动50余场，覆盖职工2万余人。", ["2万余人"]),
])
func aFutureVerbPlansItsFigures(sentence: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(sentence, headline: "区总工会部署全年工作"))
  #expect(found.filter { $0.metric != .other }.map(\.surface) == expected)
}

/// A figure that says only where, when and that it was added (`今年新建15家`, `朝阳区新建15家`) counts the
/// new ones of the total before it in its sentence, or in an earlier sentence when its own says nothing
/// but a time or a place and the verb (`…驿站1500家。今年新建15家。`); one with a noun or another measure word
/// of its own does not.
@Test(arguments: [
  ("顺义区已建成驿站120家，今年新建15家。", ["120家/-@顺义区", "15家/新增@顺义区"]),
  ("目前亦庄已建成户外劳动者暖心驿站42家，今年以来又新增8家。", ["42家/-@北京经济技术开发区", "8家/新增@北京经济技术开发区"]),
  ("顺义区已建成驿站120家，今年新增职工书屋8家。", ["120家/-@顺义区"]),
  ("全市已建成驿站1500家，朝阳区新建15家。", ["1500家/-@全市", "15家/新增@朝阳区"]),
  ("全市已建成驿站1500家，朝阳区总工会今年新建15家。", ["1500家/-@全市", "15家/新增@朝阳区"]),
  ("全市已建成驿站1500家。今年新建15家。", ["1500家/-@全市", "15家/新增@全市"]),
  // A clause of only a place and the verb goes on with the noun of the figure before it (`PlaceVerbFigure`).
  ("全市已建成驿站1500家。朝阳区新建15家。", ["1500家/-@全市", "15家/新增@朝阳区"]),
])
func aFigureThatOnlySaysItWasAddedCountsTheTotalsNewOnes(sentence: String, expected: [String]) throws {
  let page = """
    驿站服务零距离

    本报讯（记者 杨帆）2024年8月1日，记者从市总工会了解到驿站建设情况。\(sentence)
    """
  #expect(only(try facts(page), .stations).map { "\($0.surface)/\($0.subtype ?? "-")@\($0.scope.label)" } == expected)
}

/// A breakdown after 其中 of a planned total is planned too; of a total already reached, it is not.
@Test(arguments: [
  ("今年，大兴区还将新建驿站30家，其中在黄村镇、西红门镇各新建5家。", [String]()),
  ("今年，大兴区已新建驿站30家，其中在黄村镇、西红门镇各新建5家。", ["30家", "5家", "5家"]),
])
func aBreakdownOfAPlannedTotalIsPlanned(sentence: String, expected: [String]) throws {
  let page = """
    驿站升级

    本报讯（记者 孙悦）2023年5月12日，记者从大兴区总工会了解到驿站建设情况。\(sentence)
    """
  #expect(only(try facts(page), .stations).map(\.surface) == expected)
}

/// The end of a `从…到现在` or `由…增至` span is the present whatever year its start names: a year
/// after its 发展到/到如今/增至 dates it, else the sentence's own year, else the article's.
@Test(arguments: [
  ("从2015年最初的200余名志愿者，发展到如今的3000余名。", ["200余名@2015", "3000余名@2021"]),
  ("从2015年的200名志愿者发展到3000名。", ["200名@2015", "3000名@2021"]),
  ("从2015年的200名志愿者发展到2019年的3000名。", ["200名@2015", "3000名@2019"]),
  ("从最初的200名志愿者，增加到目前的3000余名。", ["200名@2016", "3000余名@2021"]),
  ("志愿者由去年的900名增至1360名。", ["900名@2020", "1360名@2021"]),
  // Other verbs of growth: 壮大到, 扩充为.
  ("志愿者队伍从最初的200余人壮大到现在的3000余人。", ["200余人@2016", "3000余人@2021"]),
  ("志愿者由去年的900名扩充为1360名。", ["900名@2020", "1360名@2021"]),
  // A year that starts a period to now before 由 dates neither end's present.
  ("市总工会自2016年开始招募志愿者，5年间志愿者由最初的100余名增长到目前的1100余名。", ["100余名@2016", "1100余名@2021"]),
])
func theEndOfASpanIsThePresent(sentence: String, expected: [String]) throws {
  let page = """
    志愿者队伍不断壮大

    本报讯（记者 陈晨）2021年6月7日，高考首日。“暖心伴考”\(sentence)
    """
  let volunteers = only(try facts(page), .volunteers)
  #expect(volunteers.map { "\($0.surface)@\($0.year ?? 0)" } == expected)
}

/// A figure given per station, per day or on average is a rate: it is no fact, while a total in a
/// clause of its own still counts.
@Test(arguments: [
  ("每个驿站配备2至3名志愿者，全市共有志愿者300名。", ["300名"]),
  ("平均每天接待户外劳动者300人次，累计服务2万余人次。", ["2万余人次"]),
  ("志愿者人均服务20小时，共有志愿者1000余名。", ["1000余名"]),
  ("每年高考期间，全市设立100余个服务站点，招募志愿者800名。", ["100余个", "800名"]),
  ("日均接待户外劳动者300人次，驿站均超过200家。", ["超过200家"]),
  ("全市驿站今年均新建20家，各考场均有志愿者10名。", ["20家", "10名"]),
  // One day's figure within a longer time is no total of it; a list's 单 (名单) is no 单日.
  ("驿站全年服务户外劳动者1035万人次，单日最高服务量达到4.2万人次。", ["1035万人次"]),
  ("志愿者名单日前公布，共有志愿者300名。", ["300名"]),
  ("驿站全年服务户外劳动者1035万人次，最多时一天接待三十多人次。", ["1035万人次"]),
  ("高考第一天，志愿者服务考生和家长3000余人次。", ["3000余人次"]),
])
func figuresPerUnitAreNotTotals(sentence: String, expected: [String]) throws {
  let page = """
    暖心驿站服务户外劳动者

    本报讯（记者 陈晨）2021年，\(sentence)
    """
  #expect(try facts(page).map(\.surface) == expected)
}

/// A running-total word reaches its own clause and the clauses after it, not a figure before it.
@Test func aRunningTotalWordDoesNotReachBack() throws {
  let page = """
    上半年新建驿站312家

    本报讯（记者 王莉）2019年上半年，全市工会共新建户外劳动者暖心驿站312家，截至6月底，全市累计建成驿站1523家，\
    服务户外劳动者20万人次。
    """
  let found = try facts(page)
  #expect(only(found, .stations).filter { $0.line > 1 }.map { "\($0.surface) \($0.cumulative)" } == ["312家 false", "1523家 true"])
  #expect(only(found, .peopleServed).map(\.cumulative) == [true])
}

/// Rows printed a line each after a lead-in count the lead-in's noun, each for its place, with the
/// lead-in's programme.
@Test func rowsAfterALeadInCountItsNoun() throws {
  let page = """
    驿站分布

    本报讯（记者 李明）2024年，全市驿站分布情况如下：
    东城区 45家
    西城区：38家
    石景山区 27家
    以上驿站全天开放，服务户外劳动者3万人次。
    """
  let stations = only(try facts(page), .stations)
  #expect(stations.map { "\($0.surface)@\($0.scope.label)" } == ["45家@东城区", "38家@西城区", "27家@石景山区"])
  #expect(stations.allSatisfy { $0.programme == "户外劳动者暖心驿站" && $0.year == 2024 })
}

/// A running total since a start year (`自2015年启动以来`, `2016年起`) is dated by the present, not
/// by its start: its period runs from the start to the article's year.
@Test(arguments: [
  "自2016年以来，昌平区累计出动志愿者1500余人次。",
  "“暖心伴考”自2016年启动以来，累计出动志愿者1500余人次。",
  "2016年起，昌平区累计出动志愿者1500余人次。",
  "自2016年加入“暖心伴考”以来，昌平区累计出动志愿者1500余人次。",
  // 至今 after the year runs its period to now.
  "昌平区的服务2016年起步，至今已出动志愿者1500余人次。",
  "2016年至今，昌平区累计出动志愿者1500余人次。",
  // A year that founds something starts the total's period (始于, 于…启动, …年…月启动的).
  "“暖心伴考”始于2016年，多年来，昌平区累计出动志愿者1500余人次。",
  "“暖心伴考”始于2016年，昌平区累计出动志愿者1500余人次。",
  "昌平区的服务于2016年启动，六年来累计出动志愿者1500余人次。",
  "2016年6月启动的昌平区伴考服务，累计出动志愿者1500余人次。",
  // N年间 and N年里, for more than one year, run a total as N年来 does, 累计 or not.
  "昌平区的服务于2016年启动，六年间共出动志愿者1500余人次。",
  "昌平区的服务于2016年启动，这几年里出动志愿者1500余人次。",
])
func aRunningTotalSinceAStartYearIsDatedByThePresent(sentence: String) throws {
  let page = examDayPage(sentence)
  let volunteers = try #require(only(try facts(page), .volunteers).first)
  #expect([volunteers.year, volunteers.periodStart, volunteers.periodEnd] == [2022, 2016, 2022])
  #expect(volunteers.cumulative)
}

/// One year's span (`一年间`, `这一年里`, `一年来`, `今年来`, `半年来`) runs no total over years; `十一年间` and
/// `近年来` do.
@Test(arguments: [
  ("这一年里，昌平区出动志愿者300余人次。", false), ("一年间，昌平区出动志愿者300余人次。", false), ("十一年间，昌平区出动志愿者300余人次。", true),
  ("一年来，昌平区共出动志愿者300余人次。", false), ("今年来，昌平区共出动志愿者300余人次。", false), ("半年来，昌平区出动志愿者300余人次。", false),
  ("近年来，昌平区共出动志愿者300余人次。", true), ("十一年来，昌平区共出动志愿者300余人次。", true),
])
func oneYearsSpanIsNoRunningTotal(sentence: String, cumulative: Bool) throws {
  let volunteers = try #require(only(try facts(examDayPage(sentence)), .volunteers).first)
  #expect(volunteers.cumulative == cumulative && volunteers.year == 2022)
}

/// With no start year in its sentence, a running total over `N年来` starts N seasons back (`六年来` in
/// 2022: 2017), or at the programme's start when that agrees within a year (2016, not beside
/// `十年来`); `多年来` counts no years, so only the programme's start can start it. The past N years
/// (`近六年`, `过去六年`) count as `六年来` does.
@Test(arguments: [
  ("六年来，昌平区累计出动志愿者1500余人次。", Int?(2017), Int?(2016)), ("6年间，昌平区出动志愿者1500余人次。", 2017, 2016),
  ("近六年，昌平区累计出动志愿者1500余人次。", 2017, 2016), ("过去六年，昌平区累计出动志愿者1500余人次。", 2017, 2016),
  ("十年来，昌平区累计出动志愿者1500余人次。", 2013, 2013), ("多年来，昌平区累计出动志愿者1500余人次。", nil, 2016),
])
func aCountOfYearsStartsItsRunningTotal(sentence: String, start: Int?, startBeside2016: Int?) throws {
  for (starts, expected) in [([:], start), (["暖心伴考": 2016], startBeside2016)] {
    let volunteers = try #require(only(try facts(examDayPage(sentence), starts: starts), .volunteers).first)
    #expect(volunteers.cumulative && volunteers.periodStart == expected && volunteers.periodEnd == 2022)
  }
  #expect(ClauseTime.start(ofYears: 6, endingIn: 2022, programmeStart: 2016) == 2016)
  #expect(ClauseTime.start(ofYears: 6, endingIn: 2022, programmeStart: 2019) == 2017)
  #expect(ClauseTime.start(ofYears: nil, endingIn: 2022, programmeStart: 2019) == 2019)
}

/// A year that frames the figure's own clause keeps dating it, while `N年来` between the year and a
/// later figure carries that one on to the present: the year is its period's start.
@Test(arguments: [
  "“暖心伴考”始于2016年，当年昌平区出动志愿者300余人次，六年来累计出动志愿者1500余人次。",
  "2016年，昌平区出动志愿者300余人次，六年来累计出动志愿者1500余人次。",
])
func aSpanToNowAfterAYearStartsTheLaterFiguresPeriod(sentence: String) throws {
  let page = examDayPage(sentence)
  let volunteers = only(try facts(page), .volunteers)
  #expect(volunteers.map(\.surface) == ["300余人次", "1500余人次"])
  #expect(volunteers.map(\.year) == [2016, 2022])
  #expect(volunteers.map(\.cumulative) == [false, true])
  #expect(volunteers.last.map { [$0.periodStart, $0.periodEnd] } == [2016, 2022])
}

/// A verb of adding before the number names the 新增 part, wherever the noun stands, so a new
/// station count is never read as the stock; an unquoted pack name right after its number is the
/// pack's kind, but a list of kinds names none.
@Test func newStationsAndPackKindsAreParts() throws {
  let page = """
    驿站和伴考包

    本报讯（记者 李明）2024年，全区现有户外劳动者暖心驿站175家，今年新建成17家驿站，新设驿站5家。\
    有为考生家长定制的5500份伴考包，也有送给一线考务人员的2200个暖心包，伴考包和暖心包共6000个。
    """
  let found = try facts(page)
  #expect(only(found, .stations).map { "\($0.surface) \($0.subtype ?? "-")" } == ["175家 -", "17家 新增", "5家 新增"])
  #expect(only(found, .packs).map { "\($0.surface) \($0.subtype ?? "-")" } == ["5500份 伴考包", "2200个 暖心包", "6000个 -"])
}

/// 以来 after a time within the year (`今年以来`, `7月以来`, `入夏以来`) counts the year so far: the
/// figure is that year's, not a running total; after a year or `N年来` it is one.
@Test(arguments: [
  ("今年以来，这些驿站已接待户外劳动者超15,000人次。", false),
  ("入夏以来，各驿站累计接待户外劳动者1万余人次。", false),
  ("入伏以来，全区各级工会为户外劳动者送去清凉，惠及1万余人次。", false),
  ("6月份以来，各驿站接待户外劳动者1万余人次。", false),
  ("2016年以来，各驿站累计接待户外劳动者1万余人次。", true),
  ("五年来，各驿站接待户外劳动者1万余人次。", true),
])
func theYearSoFarIsNotARunningTotal(sentence: String, cumulative: Bool) throws {
  let page = """
    驿站接待忙

    本报讯（记者 李明）2023年7月，\(sentence)
    """
  let served = try #require(only(try facts(page), .peopleServed).first)
  #expect(served.cumulative == cumulative)
  #expect(served.year == 2023)
}

/// A clause that names only part of one year (`今年1-8月，`, `2021年1至8月，`, `今年上半年，`) frames the
/// total after it: that part of the year's, not a running total; a bare `今年，` frames nothing.
@Test(arguments: [
  ("今年1-8月，全区站点累计接待户外劳动者5.6万人次。", false),
  ("2021年1至8月，全区站点累计接待户外劳动者5.6万人次。", false),
  ("今年上半年，全区站点累计接待户外劳动者5.6万人次。", false),
  ("今年前三季度，全区站点累计接待户外劳动者5.6万人次。", false),
  ("今年，全区站点累计接待户外劳动者5.6万人次。", true),
  ("今年1-8月，全区站点接待户外劳动者2万人次，建站以来累计接待5.6万人次。", true),
])
func aPartOfTheYearFramesTheTotalAfterIt(sentence: String, cumulative: Bool) throws {
  let page = """
    驿站服务忙

    本报讯（记者 张然）2021年9月3日，记者从顺义区总工会获悉。\(sentence)
    """
  let served = try #require(only(try facts(page), .peopleServed).last)
  #expect(served.surface == "5.6万人次")
  #expect(served.cumulative == cumulative)
  #expect(served.year == 2021)
}

/// A running-total word inside one event of the year (高考期间, 此次, 两天来) counts that event's total:
/// the figure is the year's, not a total since the programme began; across years it still is one.
@Test(arguments: [
  ("高考期间，志愿者累计服务考生和家长8000余人次。", false),
  ("此次活动累计服务考生和家长8000余人次。", false),
  ("两天来，各服务站累计接待考生及家长8000余人次。", false),
  ("两天时间里，志愿者累计服务考生和家长8000余人次。", false),
  ("截至今天中午，志愿者们已累计为考生和家长提供服务8000余人次。", false),
  ("截至今天，志愿者们已累计为考生和家长提供服务8000余人次。", true),
  // 冬天里 is no span of days.
  ("冬天里驿站备着热水，各驿站累计接待考生及家长8000余人次。", true),
  ("上半年，各服务站累计接待考生及家长8000余人次。", false),
  ("1至6月，各服务站累计接待考生及家长8000余人次。", false),
  ("“暖心伴考”开展以来，志愿者累计服务考生和家长8000余人次。", true),
  ("十年来，每逢高考期间，志愿者累计服务考生和家长8000余人次。", true),
  // A range of days is one event's days, the second end naming its month or not.
  ("7日至8日，志愿者累计服务考生和家长8000余人次。", false),
  ("6月30日至7月2日，志愿者累计服务考生和家长8000余人次。", false),
  ("7日-9日，志愿者累计服务考生和家长8000余人次。", false),
  // A games' or a contest's days, and a count of days before 累计.
  ("赛会期间，志愿者累计服务考生和家长8000余人次。", false),
  ("四天累计服务考生和家长8000余人次。", false),
])
func anEventsTotalIsNotARunningTotal(sentence: String, cumulative: Bool) throws {
  let page = """
    伴考服务暖人心

    本报讯（记者 李明）2023年6月，\(sentence)
    """
  let served = try #require(only(try facts(page), .peopleServed).first)
  #expect(served.cumulative == cumulative)
  #expect(served.year == 2023)
}

/// A running total within one year named in its own clause (`今年…累计`), or after 全年 anywhere, is that year's;
/// one counted up to a point (`截至今年底`) or after a year word of another clause is all so far.
@Test(arguments: [
  ("今年全市驿站累计服务户外劳动者12万人次。", [false]),
  ("全年累计服务户外劳动者12万人次。", [false]),
  ("截至今年底，全市驿站累计服务户外劳动者120万人次。", [true]),
  ("丰台区驿站今年接待户外劳动者2万人次，累计接待12万人次。", [false, true]),
  // 全年 names the whole year, and frames the clauses after it.
  ("全年，区总工会累计投入帮扶资金1500余万元，惠及职工2.3万人次。", [false]),
])
func aRunningTotalWithinOneYearIsThatYears(sentence: String, cumulative: [Bool]) throws {
  let page = """
    驿站服务暖人心

    本报讯（记者 李明）2023年12月，\(sentence)
    """
  let served = only(try facts(page), .peopleServed)
  #expect(served.map(\.cumulative) == cumulative)
  #expect(served.allSatisfy { $0.year == 2023 })
}

/// After a range of years, a change from one figure to another runs across it: the first figure
/// is the range's first year's, the second its last year's.
@Test(arguments: [
  ("2016年至2019年，站点数量从60个增至80个。", ["60个@2016", "80个@2019"]),
  ("2016年到2019年，站点数量由60个增加到80个。", ["60个@2016", "80个@2019"]),
  ("2016—2019年，站点数量从60个增至80个。", ["60个@2016", "80个@2019"]),
  ("前年至去年，站点数量从60个增至80个。", ["60个@2019", "80个@2020"]),
  ("2019年，站点数量从60个增至80个。", ["60个@2019", "80个@2019"]),
])
func aChangeAcrossARangeOfYearsDatesBothEnds(sentence: String, expected: [String]) throws {
  let page = """
    伴考站点十年

    本报讯（记者 周明）2021年6月，“暖心伴考”服务继续开展。\(sentence)
    """
  #expect(only(try facts(page), .stations).map { "\($0.surface)@\($0.year ?? 0)" } == expected)
}

/// A figure a street, town or area counts for itself is that part of its district: its clause's
/// place, else its sentence's, else the article's street; the district or 全区 named makes it the
/// district's, and a place that opens a school's name places nothing.
@Test func aStreetsFigureIsNotItsDistricts() throws {
  let page = """
    拱辰街道驿站建设

    本报讯（记者 王莉）2023年，房山区拱辰街道总工会打造百余家暖心驿站。其中，西潞街道建成驿站23家。\
    全区共有驿站300家。平谷区总工会对王辛庄镇辖区内6家驿站创建情况进行检查。顺义区总工会在牛栏山第一中学考点设置了2个伴考点。
    """
  let stations = only(try facts(page), .stations)
  #expect(stations.map { "\($0.surface)@\($0.scope.label)\($0.locality ?? "")" }
    == ["百余家@房山区拱辰街道", "23家@房山区西潞街道", "300家@房山区", "6家@平谷区王辛庄镇", "2个@顺义区"])
}

/// An increase over an earlier time counts the new ones (新增) of what the figure before it counts,
/// dated when the total is, not by the year compared with; an increase of a metric with no 新增
/// part, or over three years or more, and any decrease are differences and no facts.
@Test(arguments: [
  ("截至2024年底，全市共有暖心驿站2900余家，较2023年底增加了200余家。", ["2900余家@2024", "200余家@2024新增"]),
  ("今年全市共设置伴考服务站点86个，比去年增加12个。", ["86个@2025", "12个@2025新增"]),
  ("全市共有驿站2900余家，与2023年相比新增200余家。", ["2900余家@2025", "200余家@2025新增"]),
  ("全市驿站服务户外劳动者80万人次，较去年增长10万人次。", ["80万人次@2025"]),
  // Without a comparison the second figure says nothing of the first.
  ("全市共有驿站2900余家，增加了休息座椅200余个。", ["2900余家@2025"]),
  // The level compared with, inside the increase's clause, is its own year's (`ComparedFigure`).
  ("2025年全市设立服务站点108个，较2024年的96个增加12个。", ["108个@2025", "96个@2024", "12个@2025新增"]),
  // With a noun of its own, after a comparison in the clause before, and across a sentence end.
  ("全市共设立服务站点98个。与去年相比，服务站点增加了18个。", ["98个@2025", "18个@2025新增"]),
  // What grew may stand before the comparison, in a few words with no figure (`规模`, `今年的数量`).
  ("全市共有驿站2900余家，今年的数量比去年增加了200余家。", ["2900余家@2025", "200余家@2025新增"]),
  // 比 in 比赛 compares nothing.
  ("全市共设立服务站点98个，比赛场地增加了18个。", ["98个@2025"]),
  // An increase over several years is a difference, not this year's new ones.
  ("全市共设立服务站点98个，较2019年增加了近百个。", ["98个@2025"]),
  ("全市共有驿站2900余家，比2020年增加了1000余家。", ["2900余家@2025"]),
  // A decrease is a difference, and so is an increase of a metric with no new ones, nouns and all.
  ("全市共设立服务站点98个。与2024年相比，今年服务站点减少了12个，但服务人次增加了3000余人次。", ["98个@2025"]),
  ("全市共设立服务站点98个，较去年减少了12个。", ["98个@2025"]),
])
func anIncreaseOverAnEarlierTimeCountsTheNewOnes(sentence: String, expected: [String]) throws {
  let page = """
    驿站数量再增长

    本报讯（记者 周明）2025年1月，\(sentence)
    """
  let counted = try facts(page).filter { $0.metric == .stations || $0.metric == .peopleServed }
  #expect(counted.map { "\($0.surface)@\($0.year ?? 0)\($0.subtype ?? "")" } == expected)
}

/// A national figure is never Beijing's, and 全市 in an article about another city is that city
/// when its body names it (a title alone may be another story's).
@Test func nationalAndOtherCitiesFiguresAreNotBeijings() throws {
  let page = """
    全总推进服务站点建设

    本报讯（记者 赵鹏）截至2023年底，全国各级工会已建成户外劳动者服务站点17万个。

    天津驿站再扩容

    本报讯 2023年，天津市总工会新建暖心驿站200家，全市驿站总数达到1500家。

    烟台市职工志愿者走进社区

    本报讯 2023年，记者从市总工会获悉，全市共有暖心驿站3000家。
    """
  let stations = only(try facts(page), .stations).map { "\($0.surface)@\($0.scope.label)" }
  #expect(stations == ["17万个@全国", "200家@天津市", "1500家@天津市", "3000家@全市"])
}

/// Streets named as one list count together, or each with 各: never the last street alone.
@Test func streetsNamedAsOneListCountTogetherOrEach() throws {
  let page = """
    朝阳区驿站建设

    本报讯（记者 王莉）2023年，朝阳区望京街道、酒仙桥街道共建成驿站20家。朝阳区麦子店街道、六里屯街道各建成驿站10家。
    """
  let stations = only(try facts(page), .stations).map { "\($0.surface)@\($0.scope.label)\($0.locality ?? "")" }
  #expect(stations == ["20家@朝阳区望京街道、酒仙桥街道", "10家@朝阳区麦子店街道", "10家@朝阳区六里屯街道"])
}

/// One place of a list whose other places the gazetteer does not know is no street the figure is
/// about (`亦庄、旧宫等镇街`); a street union in a list of organisers still places its event.
@Test(arguments: [
  ("大兴区在亦庄、旧宫等镇街新建驿站20家。", "20家@大兴区-"), ("海淀区新建驿站23家，主要集中在上地、西北旺等区域。", "23家@海淀区-"),
  ("西城区总工会、金融街街道总工会联合举办联谊活动，150余名青年职工参加。", "150余名@西城区金融街街道"),
  ("大兴区在旧宫镇新建驿站5家。", "5家@大兴区旧宫地区"),
])
func onePlaceOfAListIsNoStreetOfItsOwn(sentence: String, expected: String) throws {
  let found = try #require(try facts(oneArticlePage(sentence, headline: "基层动态")).first)
  #expect("\(found.surface)@\(found.scope.label)\(found.locality ?? "-")" == expected)
}

/// A running total over a five-year plan starts in the plan's first year.
@Test func aRunningTotalOverAFiveYearPlanStartsWithThePlan() throws {
  let page = """
    驿站建设五年回眸

    本报讯（记者 李明）2024年3月，“十四五”期间，全市累计建成暖心驿站1500家。
    """
  let stations = try #require(only(try facts(page), .stations).first)
  #expect(stations.cumulative && stations.periodStart == 2021 && stations.periodEnd == 2024)
}

/// A five-year plan's running total ends with the plan, on a page printed after it.
@Test func aRunningTotalOverAFiveYearPlanEndsWithThePlan() throws {
  let page = """
    劳动午报 2026年1月5日 星期一 第3版

    密云区职工服务五年回眸

    本报讯 “十四五”期间，密云区累计服务职工980人次。
    """
  let served = try #require(only(try facts(page), .peopleServed).first)
  #expect(served.cumulative && served.periodStart == 2021 && served.periodEnd == 2025 && served.year == 2025)
}

/// A total since a time of this year with what began then between (`自今年4月开幕以来`) is the year's
/// so far, as `今年以来` is, not a running total over years; one since an earlier year runs over years.
@Test(arguments: [
  ("自今年4月开幕以来，全市共有运动员12800余名参赛。", false), ("自6月启动以来，全区驿站服务骑手4000余人次。", false),
  ("今年夏天以来，驿站服务户外劳动者两万余人次。", false), ("自2018年5月启动以来，驿站累计服务职工3万人次。", true),
])
func aTotalSinceATimeOfThisYearIsTheYears(sentence: String, cumulative: Bool) throws {
  let found = try #require(try facts(oneArticlePage(sentence, headline: "职工服务")).first)
  #expect(found.cumulative == cumulative)
}

/// A figure its sentence dates after the page's year is a plan when the sentence looks ahead; one
/// that does not may report what was done for next year's festival on a December page.
@Test func aFigureForALaterYearIsAPlanWhenItsSentenceLooksAhead() throws {
  let page = """
    劳动午报 2015年12月30日 星期三 第7版

    东城区总工会送温暖

    本报讯 今年，区总工会在3个考点设立伴考服务点，明年将把服务点扩大到10个以上。    到2020年，全区驿站达到300家以上。2016年春节前夕，区总工会当天共慰问困难职工150户，将慰问品送到60户困难职工手中。
    """
  let found = try facts(page).map { "\($0.surface)/\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["3个/2015", "150户/2016", "60户/2016"])
}

/// After 其中, a figure that names its own kind of station for the same place is a part of the
/// total, named by its noun; one for another place, or named by a breakdown word, is read as before.
@Test func aKindOfStationAfterOfWhichIsAPart() throws {
  let page = """
    驿站建设

    本报讯（记者 孙航）2022年，全区共有户外劳动者服务站点150余个，其中工会驿站86家。\
    全市设立伴考服务站点100个，其中高考服务站点60个。全市暖心驿站3000家，其中朝阳区驿站300家。
    """
  let stations = only(try facts(page), .stations).map { "\($0.surface)@\($0.scope.label)/\($0.subtype ?? "-")" }
  #expect(stations == ["150余个@全市/-", "86家@全市/工会驿站", "100个@全市/-", "60个@全市/高考", "3000家@全市/-", "300家@朝阳区/-"])
}

/// An increase after a comparison is the new ones even when a cue of the sentence (参与) would
/// have made its number participants.
@Test func anIncreaseOfVolunteersIsNewVolunteers() throws {
  let page = """
    志愿者队伍扩大

    本报讯（记者 李岩）2017年，共有1200名职工志愿者参与“暖心伴考”服务，比去年增加了400名。
    """
  let found = try facts(page)
  #expect(found.map { "\($0.metric.rawValue):\($0.surface)/\($0.subtype ?? "-")" } == ["volunteers:1200名/-", "volunteers:400名/新增"])
}

/// A count noun before a bare number names what it counts and the measure word it leaves out.
@Test func aCountNounBeforeABareNumberCountsIt() throws {
  let page = """
    驿站建设提速

    本报讯（记者 周明）2024年，延庆区新建户外劳动者暖心驿站12家，全区驿站总数达86。\
    今年以来，驿站服务人次已达3.2万，志愿者人数突破500。驿站数量力争达到100。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)/\($0.unit ?? "-")/\($0.qualifier.rawValue)" }
  #expect(found == [
    "stations:12家/家/exact", "stations:86/个/exact", "people_served:3.2万/人次/exact", "volunteers:突破500/人/more_than",
  ])
}

/// A noun right before a number counts it when the words after only say what was done.
@Test func aNounRightBeforeTheNumberCountsItBeforeAVerb() throws {
  let page = """
    伴考志愿者坚守考点

    本报讯（记者 吴强）2018年高考期间，来自各区的职工志愿者800余名坚守岗位，服务站点55个覆盖全市考点。\
    另有志愿者200名在驿站服务，参与其中。
    """
  // NB: 驿站 after 200名 is never counted in 名, so it names no noun that would claim the number.
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)" }
  #expect(found == ["volunteers:800余名", "stations:55个", "volunteers:200名"])
}

/// The subject of a verb of reaching names what its number counts when it gives the service, before
/// a cue of service in its modifier (`参与服务的`); a recipient (家庭) leaves the modifier to decide.
@Test func theSubjectOfAVerbOfReachingNamesWhatItCounts() throws {
  let page = """
    伴考服务更贴心

    本报讯（记者 刘洋）今年高考期间，全市设立服务站点108个，参与服务的职工志愿者达一千五百余人次，\
    累计服务考生和家长两万余人次。走访慰问的困难职工家庭达386户。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)" }
  #expect(found == ["stations:108个", "volunteers:一千五百余人次", "people_served:两万余人次", "people_served:386户"])
}

/// Packs that are another campaign's hallmark (清凉包) are the article's own programme's when it
/// names one: a 暖心伴考 story's 清凉包 are that service's.
@Test func aHallmarkPackIsTheArticlesProgrammes() throws {
  let page = """
    坚守考点 温暖同行

    本报讯（记者 王琳）今年，丰台区总工会在全区13个考点设置“暖心伴考”服务站。\
    2024年，全区服务站共接待考生家长8000余人次，发放清凉包3000余个。
    """
  #expect(try facts(page).map { "\($0.surface):\($0.programme ?? "-")" } == ["13个:暖心伴考", "8000余人次:暖心伴考", "3000余个:暖心伴考"])
}

/// Teams entered in a contest, gifts handed out, and teams newly formed.
@Test func contestTeamsGiftsAndNewTeams() throws {
  let page = """
    工会动态

    本报讯（通讯员 刘洋）2023年，丰台区职工篮球联赛共有24支队伍、近400名职工报名参赛。\
    区总工会走访慰问一线职工，发放慰问品6000余份。全区职工志愿服务队达到120支，其中今年新组建15支。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)/\($0.subtype ?? "-")" }
  #expect(found == [
    "participants:24支/-", "participants:近400名/-", "packs:6000余份/-", "volunteer_teams:120支/-",
    "volunteer_teams:15支/新增",
  ])
}

/// Stations newly given their plaque are new ones, and demonstration sites a part: neither is a
/// second total beside the district's.
@Test func newlyPlaquedStationsAreNewAndDemonstrationSitesAPart() throws {
  let page = """
    怀柔区新挂牌暖心驿站12家

    本报讯（通讯员 高峰）2023年7月19日，怀柔区总工会为新挂牌的12家户外劳动者暖心驿站授牌。\
    至此，全区暖心驿站数量达到68家。今年以来，区总工会打造暖心驿站示范点5个。
    """
  let found = only(try facts(page), .stations).map { "\($0.surface)/\($0.subtype ?? "-")" }
  #expect(found == ["12家/新增", "12家/新增", "68家/-", "5个/示范"])
}

/// A change across a semicolon counts what the figure it changed from counts, in its own year;
/// a noun right before a number wins over a cue of the sentence.
@Test func aChangeAcrossASemicolonAndANounBeforeACue() throws {
  let page = """
    北京日报 2021年6月10日

    伴考站点增加
    本报讯 去年，东城区共设立伴考服务站点12个；今年增至15个，职工志愿者数百名参与其中。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)@\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["stations:12个@2020", "stations:15个@2021", "volunteers:数百名@2021"])
}

/// Under `N年来`, the level a change reached is the count now, not a running total; 累计 still makes one.
@Test func theLevelAChangeReachedIsNoRunningTotal() throws {
  let page = """
    伴考服务走过八年

    本报讯（记者 李岩）2023年，八年来，服务站点增加到11个，志愿者从最初的12人发展到如今的260人，\
    累计服务人次增加到5万人次。
    """
  let found = try facts(page).map { "\($0.surface):\($0.cumulative ? "running" : "level")" }
  #expect(found == ["11个:level", "12人:level", "260人:level", "5万人次:running"])
}

/// A box of figures prints each with its label before a colon, a row a line, with no lead-in; a
/// clause of a verb and a number counts the noun of its sentence.
@Test func aBoxOfFiguresAndAClauseOfAVerbAndANumber() throws {
  let page = """
    暖心驿站温暖劳动者

    本报讯（记者 刘青）2022年，本市户外劳动者暖心驿站建设提速。
    【数据】
    全市暖心驿站：1460家
    年服务人次：120万
    职工志愿者：3000名
    其中，海淀区驿站数量最多，达到156家；东城区驿站密度最高，平均每平方公里3家。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == [
    "stations:1460家@全市", "people_served:120万@全市", "volunteers:3000名@全市", "stations:156家@海淀区",
  ])
}

/// A WeChat post sets its box of figures with pictographs (`✅ 职工志愿者：120名`): each row is read
/// as a box's row, and a pictograph opens an item as a bullet does.
@Test func aBoxOfFiguresSetWithPictographs() throws {
  let page = """
    暖心伴考｜顺义区总工会守护考生

    本报讯（记者 刘青）2025年高考，顺义区总工会在全区设立“暖心伴考”服务站。

    ✅ 服务站点：6个
    ✅ 职工志愿者：120名
    ✅ 发放伴考包：1500份
    ✅ 服务考生家长：3000余人次

    📍考点外，志愿者们为家长送上矿泉水。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)" }
  #expect(found == ["stations:6个", "volunteers:120名", "packs:1500份", "people_served:3000余人次"])
  #expect(Punctuation.isBullet("✅") && Punctuation.isBullet("📍") && Punctuation.isBullet("◆") && !Punctuation.isBullet("，"))
}

/// 去年 counts back from the date the page prints, not from the year the article reports on.
@Test func lastYearCountsFromThePrintedDate() throws {
  let page = """
    北京日报 2024年1月15日 星期一 第6版

    市总工会发布2023年工作成绩单

    本报讯（记者 高枫）昨天，记者从市总工会获悉，去年全年，全市新建户外劳动者暖心驿站126家，驿站总数达到1589家。
    """
  let found = try facts(page).map { "\($0.surface)@\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["126家@2023", "1589家@2023"])
}

/// 参与服务 names no counted noun (服务 counts only before 小时): the noun before the number does.
@Test func theNounBeforeANumberBeforeParticipationInAService() throws {
  let page = """
    伴考服务

    本报讯（记者 陈明）2019年，北京市總工會「暖心伴考」服務在全市設立服務站點100個，志願者1,200名參與服務。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)/\($0.programme ?? "-")" }
  #expect(found == ["stations:100个/暖心伴考", "volunteers:1,200名/暖心伴考"])
}

/// A school named after its town (良乡中学) in the lead places the article in no town: the
/// district's later figures are the district's.
@Test func aSchoolNamedAfterItsTownGivesTheArticleNoLocality() throws {
  let page = """
    房山区“暖心伴考”走过八年

    本报讯（记者 王强）2016年，房山区总工会首次在良乡中学考点设立“暖心伴考”服务站。2023年，服务站点增加到11个。
    """
  let found = try facts(page).map { "\($0.surface)@\($0.scope.label)/\($0.locality ?? "-")" }
  #expect(found == ["11个@房山区/-"])
}

/// An approximation alone before the number is its verb: the clause counts its sentence's noun.
@Test func anApproximationAloneCountsTheNounBeforeIt() throws {
  let page = """
    线上服务增长

    本报讯（记者 赵剑影）2020年，受疫情影响，“暖心伴考”线上服务人次大幅增长，超过5万人次。全区共有志愿者2000名，1200名。
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)" }
  #expect(found == ["people_served:超过5万人次", "volunteers:2000名"])
}

/// A table's rows count the header's noun in its measure word, each for its own place; its total row
/// (`合计`) counts for the place the table is of (here the whole city).
@Test func aTableCountsItsHeadersNounInEachRowsPlace() throws {
  let page = """
    各区暖心驿站数量一览

    本报讯 截至2023年底，各区驿站数量如下表。
    区域\t驿站数量（家）
    东城区\t45
    西城区\t52
    合计\t97
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\($0.surface)\($0.unit ?? "")@\($0.scope.label)/\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["stations:45家@东城区/2023", "stations:52家@西城区/2023", "stations:97家@全市/2023"])
}

/// A table dumped with its page's layout, its columns set apart by runs of spaces (as `pdftotext
/// -layout` writes them), reads as one set apart by tabs.
@Test func aTableSetOutWithLayoutSpacesCountsEachRow() throws {
  let page = """
    各区暖心驿站建设情况

    本报讯 2021年全市新建户外劳动者暖心驿站135家，驿站总数达到1062家。
    各区户外劳动者暖心驿站建设情况(截至2021年11月底)
    区          驿站总数(家)   今年新建(家)
    东城区          62            8
    朝阳区         203           17
    """
  let found = try facts(page).map { "\(Int($0.low ?? 0))\($0.unit ?? "")\($0.subtype.map { ":" + $0 } ?? "")@\($0.scope.label)/\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["135家:新增@全市/2021", "1062家@全市/2021", "62家@东城区/2021", "8家:新增@东城区/2021", "203家@朝阳区/2021", "17家:新增@朝阳区/2021"])
}

/// A table of a district's streets: each row is its street's figure, even when the street's name
/// reads as an amount of money (`八角` as 8 jiao).
@Test func aTableOfStreetsCountsEachStreetsFigure() throws {
  let page = """
    石景山：驿站织密服务网

    本报讯 截至2022年底，石景山区累计建成暖心驿站97家。
    街道\t驿站数量（家）
    八角街道\t14
    古城街道\t12
    """
  let found = try facts(page).map { "\(Int($0.low ?? 0))\($0.unit ?? "")@\($0.scope.label)/\($0.locality ?? "-")" }
  #expect(found == ["97家@石景山区/-", "14家@石景山区/八角街道", "12家@石景山区/古城街道"])
}

/// The year a lead-in states dates the rows under it, through a table's header, when the page's
/// later text names a later year (`2025年将再建设驿站20家`); a row with a year of its own keeps it.
@Test func aLeadInsYearDatesItsRows() throws {
  let page = """
    通州区暖心驿站分布情况

    本报讯（记者 王芳）截至2024年底，通州区各街乡暖心驿站建设情况如下：

    | 街乡 | 驿站数量（家） |
    | --- | --- |
    | 梨园镇 | 18 |
    | 宋庄镇 | 12 |

    区总工会表示，2025年将再建设驿站20家。
    """
  let found = try facts(page).map { "\($0.surface)@\($0.locality ?? "-")/\($0.year.map(String.init) ?? "-")" }
  #expect(found == ["18@梨园镇/2024", "12@宋庄镇/2024"])
  let listed = try facts(oneArticlePage("2023年，全区驿站分布如下：\n\n梨园镇 18家\n\n宋庄镇 12家\n\n2025年将再建设驿站20家。", headline: "通州区驿站"))
  #expect(listed.filter { $0.metric == .stations }.map { "\($0.surface)/\($0.year.map(String.init) ?? "-")" } == ["18家/2023", "12家/2023"])
}

/// A Markdown table (`| 街道 | 驿站数量 |`, a rule under its header) reads as the same table printed
/// with tabs; its header's count noun (数量) implies the measure word it leaves out.
@Test func aMarkdownTableReadsAsATable() throws {
  let page = """
    石景山：驿站织密服务网

    本报讯 截至2022年底，石景山区累计建成暖心驿站97家。

    | 街道 | 驿站数量 |
    |------|:------:|
    | 八角街道 | 14 |
    | 古城街道 | 12 |
    """
  let found = try facts(page).map { "\(Int($0.low ?? 0))\($0.unit ?? "")@\($0.scope.label)/\($0.locality ?? "-")" }
  #expect(found == ["97家@石景山区/-", "14个@石景山区/八角街道", "12个@石景山区/古城街道"])
}

/// A table whose rows are years (`2015\t6\t52`) dates each row's figures by its year, for the
/// sentence's place, whatever the article's year.
@Test func aTableOfYearsDatesEachRow() throws {
  let page = """
    北京日报 2025年6月9日 第5版

    “暖心伴考”十一年

    本报讯（记者 吴迪）十一年来，“暖心伴考”服务规模逐年扩大，历年情况如下：
    年份\t站点数（个）\t志愿者（名）
    2015\t6\t52
    2016年\t30\t300
    2024\t104\t3,000
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\(Int($0.low ?? 0))@\($0.scope.label)/\($0.year.map(String.init) ?? "-")" }
  #expect(found == [
    "stations:6@全市/2015", "volunteers:52@全市/2015", "stations:30@全市/2016", "volunteers:300@全市/2016",
    "stations:104@全市/2024", "volunteers:3000@全市/2024",
  ])
}

/// A column that names only a part of another's noun (`当年新建（个）`, `24小时驿站（个）` beside `驿站总数（个）`)
/// counts that noun, its cells that part; a table set off from its lead-in by a blank line is still
/// its story's, and a note under it closes the story: the title after it opens the next one.
@Test func aTablesColumnMayNameAPartOfAnothersNoun() throws {
  let page = """
    2018年本市新建暖心驿站1035个

    本报讯（记者 赵颖）记者从市总工会了解到，2018年本市新建户外劳动者暖心驿站1035个。

    区	驿站总数（个）	当年新建（个）	24小时驿站（个）
    东城区	412	38	21
    西城区	455	41	26
    注：数据截至2018年12月31日。

    驿站里的“小药箱”
    丰台区卢沟桥街道一家加油站驿站里，一只红色的小药箱格外显眼。去年一年，这里接待户外劳动者两千余人次。
    """
  let found = try facts(page)
  #expect(only(found, .stations).filter { $0.line > 3 }.map { "\($0.surface)@\($0.scope.label)/\($0.subtype ?? "-")" } == [
    "412@东城区/-", "38@东城区/新增", "21@东城区/24小时", "455@西城区/-", "41@西城区/新增", "26@西城区/24小时",
  ])
  #expect(only(found, .peopleServed).map(\.article) == ["驿站里的“小药箱”"])
}

/// A table of several columns: each number counts its own column's noun, in its measure word; a row
/// with another count of numbers than the header has columns reads as nothing.
@Test func aTableOfSeveralColumnsCountsEachColumnsNoun() throws {
  let page = """
    各区暖心驿站服务情况

    本报讯 截至2023年底，各区驿站服务情况如下表。
    区域	驿站数量（家）	服务人次（万人次）
    东城区	45	30
    西城区	52	41.5
    朝阳区	156
    """
  let found = try facts(page).map { "\($0.metric.rawValue):\(Int($0.low ?? 0))\($0.unit ?? "")@\($0.scope.label)" }
  #expect(found == ["stations:45家@东城区", "people_served:300000人次@东城区", "stations:52家@西城区", "people_served:415000人次@西城区"])
  // The header's station noun names the programme of every column.
  #expect(try facts(page).allSatisfy { $0.programme == "户外劳动者暖心驿站" })
}

/// A span's next step after 从 (`，到`, `再到`) and a change that shrinks (`缩减至`) lead to a figure that
/// counts what the figure before it counts; a year opening that figure's own clause dates it.
@Test func aSpansStepsAndShrinkingChangesCountWhatTheSpanCounts() throws {
  let page = """
    暖心伴考回顾

    本报讯（记者 陈晨）2021年6月，“暖心伴考”服务继续开展。从服务点数量看，2019年为61个，2020年受疫情影响缩减至32个，今年恢复并超过疫情前水平。\
    服务点从2015年的12个，到2018年的58个、2019年的61个，再到今年的70个。
    """
  let stations = only(try facts(page), .stations).map { "\($0.surface)@\($0.year ?? 0)" }
  #expect(stations == ["61个@2019", "32个@2020", "12个@2015", "58个@2018", "61个@2019", "70个@2021"])
  // 到 after a comma is a step only before a time: `，到各考点` goes somewhere.
  #expect(ChangeSpan.stepsTo(0..<8, in: Array("，到2018年的".unicodeScalars) + ["5"]))
  #expect(!ChangeSpan.stepsTo(0..<6, in: Array("，到各考点服".unicodeScalars) + ["5"]))
}

/// A review printed early the next year (`总结2024年工作` in January 2025) dates its undated figures,
/// its 全年 and its 去年 by the year it reviews; a story that only recalls a past year does not.
@Test(arguments: [
  ("这次会议的主要任务是：总结2024年工作，部署2025年任务。全年新建驿站23个。去年新建驿站19个。", ["23个@2024", "19个@2023"]),
  ("一、2024年工作回顾。全年新建驿站23个。", ["23个@2024"]),
  ("2024年的经验值得总结。今年新建驿站23个。", ["23个@2025"]),
])
func aReviewDatesItsFiguresByTheYearItReviews(body: String, expected: [String]) throws {
  let found = try facts("劳动午报  2025年1月16日  星期四  第3版\n\n" + oneArticlePage(body, headline: "区总工会工作报告"))
  #expect(only(found, .stations).map { "\($0.surface)@\($0.year ?? 0)" } == expected)
}

/// A headline that opens on last year (`去年本市…超额完成目标任务`) reviews it: its figures with no year
/// of their own are last year's.
@Test func aHeadlineOpeningOnLastYearReviewsIt() throws {
  let found = try facts("劳动午报  2021年1月16日  星期六  第3版\n\n" + oneArticlePage(
    "分区看，朝阳区实际新建站点201家，全区站点总数达到512家。", headline: "去年本市户外劳动者服务站点建设超额完成目标任务"))
  #expect(only(found, .stations).map { "\($0.surface)@\($0.year ?? 0)" } == ["201家@2020", "512家@2020"])
}

/// A run of districts' figures goes on into a new paragraph with only each place and its verb of
/// building (`此外，石景山区新建37家`): each counts what the figures before it in its measure word counted.
/// A clause with words of its own besides places, or no earlier figure in its measure word, counts nothing.
@Test(arguments: [
  ("丰台区新建站点98家。\n此外，石景山区新建37家，门头沟区新建26家，怀柔区、平谷区分别新建28家、25家。",
    ["98家@丰台区", "37家@石景山区", "26家@门头沟区", "28家@怀柔区", "25家@平谷区"]),
  ("丰台区新建站点98家。\n此外，石景山区企业新建37家。", ["98家@丰台区"]),
  ("丰台区新建站点98个。\n此外，石景山区新建37家。", ["98个@丰台区"]),
  // So does a list of places that a lead-in of how the figures spread opens; one that names a noun does not.
  ("西城区新建站点23家。\n按街道分布：展览路街道5家、月坛街道4家。", ["23家@西城区", "5家@西城区", "4家@西城区"]),
  ("西城区新建站点23家。\n各街道分布如下：展览路街道5家。", ["23家@西城区", "5家@西城区"]),
  ("西城区新建站点23家。\n按街道统计的志愿者：展览路街道5家。", ["23家@西城区"]),
  // A lead-in whose sentence holds a figure breaks that one down, whatever it counted.
  ("西城区新建站点23个。\n全区共有考点12个，按街道分布：展览路街道5个。", ["23个@西城区"]),
])
func placesAndAVerbOfBuildingGoOnWithAnEarlierNoun(body: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "户外劳动者服务站点建设情况"))
  #expect(only(found, .stations).map { "\($0.surface)@\($0.scope.label)" } == expected)
}

/// A sentence of only a time and a verb of building before its number leaves its noun to an earlier
/// sentence of its paragraph (`…站点186个。今年上半年新建41个`); one with words of its own does not.
@Test(arguments: [
  ("全区累计建成站点186个，覆盖全部17个街道。今年上半年新建41个，全年计划新建60个。", ["186个", "41个"]),
  ("全区累计建成站点186个。去年新建了108个。", ["186个", "108个"]),
  ("全区累计建成站点186个。各街道新建41个。", ["186个"]),
  ("全区共有志愿者300名。今年新建41个。", [String]()),
])
func aVerbOfBuildingAloneTakesItsParagraphsNoun(body: String, expected: [String]) throws {
  let found = try facts(oneArticlePage(body, headline: "驿站建设"))
  #expect(only(found, .stations).map(\.surface) == expected)
}

/// A correction notice withdraws the figure it quotes as printed (`…26个”有误，应为“…16个”`); the
/// corrected one counts.
@Test func aCorrectionWithdrawsThePrintedFigure() throws {
  let found = try facts(oneArticlePage(
    "本报6月5日第4版《朝阳户外职工有了“歇脚点”》一文中，“今年朝阳区已新建户外职工服务站26个”有误，应为“今年朝阳区已新建户外职工服务站16个”。特此更正。",
    headline: "更正"))
  #expect(only(found, .stations).map(\.surface) == ["16个"])
}

/// A scanned page's OCR put letters for digits (`2O15年`, `l0个`, `3O余名`): the figures are read as
/// the numbers they are, and each fact still quotes the line as printed.
@Test func figuresOCRMisreadAreReadAndQuotedAsPrinted() throws {
  let page = """
    首个“暖心伴考”日

    本报讯　2O15年高考首日，市总工会在东城、西城的l0个考点外设立服务点l0个，3O余名职工志愿者值守。
    """
  let found = try factsOnPage(page)
  #expect(found.map { "\($0.metric.rawValue):\(Int($0.low ?? 0)):\($0.qualifier.rawValue)/\($0.year.map(String.init) ?? "-")" }
    == ["stations:10:exact/2015", "volunteers:30:more_than/2015"])
  #expect(found.allSatisfy { $0.quote.contains("设立服务点l0个，3O余名职工志愿者") })
}
