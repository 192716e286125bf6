// Article years and their evidence: explicit years, relative dates, programme anniversaries.
import Testing
@testable import NewsCorpus

@Test(arguments: [
  ("本报讯（记者 王岩）2022年职工运动会昨天开幕。", Int?(2022), YearEvidence.Kind.explicit),
  ("本报讯（记者 王岩）近日，工会在龙湾1920文创园举办了活动。", nil, .unknown),
  ("本报讯（记者 王岩）近日，职工观看了电影《远航2030》。", nil, .unknown),
  ("本报讯（记者 王岩）二〇一九年，工会建成了职工书屋。", 2019, .explicit),
  ("本报讯（记者 王岩）工会驿站从2016年起陆续建成。", nil, .unknown),
])
func findsExplicitYearsButNotNamesOrPeriodStarts(lede: String, year: Int?, kind: YearEvidence.Kind) throws {
  let article = try #require(try parse("工会动态\n\n\(lede)\n").articles.first)
  #expect(article.year == year)
  #expect(article.yearEvidence.kind == kind)
}

@Test func resolvesRelativeDatesAgainstThePageYear() throws {
  let page = """
    技能大赛举行

    本报讯（记者 陆川）2021年全市职工技能大赛昨天举行。

    食堂换新颜

    本报讯（记者 陆川）9月3日，职工食堂完成了改造。

    """
  let articles = try parse(page).articles
  #expect(articles.map(\.year) == [2021, 2021])
  #expect(articles[1].yearEvidence.kind == .relative)
  #expect(articles[1].yearEvidence.quote == "9月3日")
  #expect(articles[1].yearEvidence.line == 7)
}

@Test func backgroundYearsDoNotDateAnArticleThatDatesItsOwnEvents() throws {
  let page = "书屋迎来读者\n\n本报讯（记者 陆川）近日，职工书屋迎来了新读者。\n\n2018年，这家书屋曾获评示范书屋。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == nil)
  #expect(article.yearEvidence == YearEvidence(.relativeWithoutPageYear, quote: "近日", line: 3))
}

/// A year compared with (`比2019年的90支`) is not when the article's events are: the printed date is.
@Test func aYearComparedWithDoesNotDateTheArticle() throws {
  let page = "劳动午报 2021年7月1日 第3版\n\n服务队伍壮大\n\n本报讯（记者 李明）今年全市共有志愿服务队150支，比2019年的90支多出60支。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == 2021)
  // So is the year of a figure the text gives a multiple of; a year that is what something is, is not.
  let multiple = "本报讯 今年全市共招募志愿者2000人，是2015年首批志愿者人数的两倍多。"
  #expect(ComparedYear.isCompared(Array(multiple.unicodeScalars), yearAt: 21, end: 26))
  #expect(!ComparedYear.isCompared(Array("今年是2021年".unicodeScalars), yearAt: 3, end: 8))
}

/// A year whose figure was small then (`2015年仅30人`, `2015年时只有3个`) is the past the present is
/// measured against: the printed date dates the article.
@Test(arguments: ["志愿者260人（2015年仅30人）。", "志愿者达到260人，而2015年时只有30人。", "志愿者260人，2015年才30人。"])
func aYearWhoseFigureWasSmallThenDoesNotDateTheArticle(body: String) throws {
  let page = "劳动午报 2018年6月7日 第3版\n\n伴考队伍壮大\n\n本报讯 今年全区\(body)\n"
  #expect(try #require(try parse(page).articles.first).year == 2018)
}

/// A year that 至今 follows (`2018年建成，至今已服务…`) starts a period to now: the printed date dates
/// the article.
@Test func aYearThatRunsToNowDoesNotDateTheArticle() throws {
  let page = "劳动午报 2022年9月15日 第3版\n\n驿站服务\n\n本报讯 该驿站2018年建成，至今已服务户外劳动者5000人次。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == 2022)
  // The 至 of 截至 is a point in time, and 至今年 is no 至今.
  #expect(!UntilNow.follows(Array("2021年，截至今年底".unicodeScalars), after: 5, sentenceEnd: 11))
  #expect(!UntilNow.follows(Array("2021年，截至今日".unicodeScalars), after: 5, sentenceEnd: 10))
  #expect(UntilNow.follows(Array("2021年起步，直至今日".unicodeScalars), after: 5, sentenceEnd: 12))
}

/// `截至目前` and `如今` speak of the page's present: a year told later in the body is background,
/// and the printed date dates the article.
@Test(arguments: ["截至目前", "如今"])
func nowOnAPrintedPageIsThePagesYear(now: String) throws {
  let page = """
    北京日报 2024年6月12日 第5版

    驿站建设提速

    本报讯（记者 王小明）\(now)，全市已建成暖心驿站3200余家。

    2016—2019年，全市驿站从800家增至2100家。

    """
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == 2024)
  #expect(now.hasSuffix(article.yearEvidence.quote))
}

/// A range that writes 年 once (`2016—2019年`) has two years; the first starts nothing on its own.
@Test(arguments: [
  ("2016—2019年，驿站增至2100家。", [2016, 2019]),
  ("2016-2019年", [2016, 2019]),
  ("二〇一六至二〇一九年", [2016, 2019]),
  ("2019—2016年", [2016]),
])
func aRangeWithOne年HasTwoYears(text: String, years: [Int]) {
  let found = YearScan.mentions(in: Array(text.unicodeScalars)).compactMap { mention -> Int? in
    if case .explicit(let year, _) = mention.kind { year } else { nil }
  }
  #expect(found == years)
}

/// A date written in numbers (`2024.7.10`, `2024-07-10`) states its year; a decimal, a longer run
/// of numbers or a month past 12 does not.
@Test(arguments: [
  ("2024.7.10，海淀区总工会为驿站授牌。", [2024]), ("2024-07-10", [2024]), ("2024/7/10上午", [2024]),
  ("全市服务2024.5万人次", []), ("版本2024.7.10.1", []), ("2024.13.1", []), ("2024.7-10", []), ("12024.7.10", []),
])
func aDateInNumbersStatesItsYear(text: String, years: [Int]) {
  let found = YearScan.mentions(in: Array(text.unicodeScalars)).compactMap { mention -> Int? in
    if case .explicit(let year, _) = mention.kind { year } else { nil }
  }
  #expect(found == years)
}

@Test func resolvesAnniversariesFromAStartYearElsewhereInTheCorpus() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try folder.write("a.txt", Array("“清凉驿站”走过多年\n\n本报讯（记者 陆川）从2012年开始，“清凉驿站”为户外职工服务。\n".utf8))
  try folder.write("b.txt", Array("驿站再出发\n\n本报讯（记者 陆川）今年是“清凉驿站”连续第5年开放。\n".utf8))
  let corpus = try Corpus.load(from: folder.path)
  let article = try #require(corpus.documents.last?.articles.first)
  #expect(article.year == 2016)
  #expect(article.yearEvidence.kind == .anniversary)
  #expect(article.yearEvidence.quote.contains("连续第5年"))
  #expect(article.yearEvidence.reason == .anniversary(programme: "清凉驿站", ordinal: 5))
  #expect(corpus.documents.last?.year == 2016)
}

/// On a page that prints its date, an article dated relative to the page takes the page's year,
/// whatever its anniversary counts from a start year stated elsewhere (maybe too late a one).
@Test func thePrintedDateWinsOverAnAnniversary() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try folder.write("a.txt", Array("“清凉驿站”走过多年\n\n本报讯（记者 陆川）从2012年开始，“清凉驿站”为户外职工服务。\n".utf8))
  try folder.write("b.txt", Array("北京日报 2018年7月2日 第5版\n\n驿站再出发\n\n本报讯（记者 陆川）今年是“清凉驿站”连续第5年开放。\n".utf8))
  let article = try #require(try Corpus.load(from: folder.path).documents.last?.articles.first)
  #expect(article.year == 2018)
  #expect(article.yearEvidence.reason == .relativeToThePage)
}

@Test func anArticleWithNoSupportHasAnUnknownYearWithAReason() throws {
  let article = try #require(try parse("工会小记\n\n□夏雨\n\n职工们在书屋里安静地读书。\n").articles.first)
  #expect(article.year == nil)
  #expect(article.yearEvidence.reason == .noSupport)
}

/// The bit table behind `YearScan.canStart` says what `startsMention` says, for every scalar it
/// covers (the Basic Multilingual Plane; beyond it `canStart` asks the predicate itself).
@Test func mentionStartTableMatchesThePredicate() {
  let scalars = (UInt32(0)...0xFFFF).lazy.compactMap(Unicode.Scalar.init)
  #expect(scalars.allSatisfy { YearScan.canStart($0) == YearScan.startsMention($0) })
}

/// Start years are asked for only where an anniversary dates the article, so a loader that
/// records the names asked knows which articles depend on them.
@Test(arguments: [
  ("本报讯（记者 陆川）今年是“清凉驿站”连续第5年开放。", ["清凉驿站"], Int?(2016)),
  ("本报讯（记者 陆川）2024年是“清凉驿站”连续第5年开放。", [], 2024),
  ("本报讯（记者 陆川）“清凉驿站”今年开放。", [], nil),
  ("本报讯（记者 陆川）今年是“清凉驿站”开放的第五个年头。", ["清凉驿站"], 2016),
  // A stated year no later than the start, in a sentence of how it began, is history: the anniversary
  // dates the article. A year that tells of no beginning asks for no start year.
  ("本报讯（记者 陆川）2012年，首批驿站开放。今年是“清凉驿站”连续第5年开放。", ["清凉驿站"], 2016),
  ("本报讯（记者 陆川）2014年，首批驿站扩建。今年是“清凉驿站”连续第5年开放。", ["清凉驿站"], 2014),
  ("本报讯（记者 陆川）2012年，驿站扩建。今年是“清凉驿站”连续第5年开放。", [], 2012),
])
func asksForAStartYearOnlyWhenAnAnniversaryDatesTheArticle(lede: String, asked: [String], year: Int?) throws {
  var document = try parse("驿站再出发\n\n\(lede)\n")
  var names: [String] = []
  YearResolver.resolve(&document) { name in
    names.append(name)
    return name == "清凉驿站" ? 2012 : nil
  }
  #expect(names == asked)
  #expect(document.articles.first?.year == year)
}

/// A page's printed date is its year: an article with only relative dates, or none, takes it, with
/// the masthead as its quote; one that states its own year keeps it.
@Test func aMastheadDatesThePageAndTheArticlesThatStateNoYear() throws {
  let page = """
    北京日报 2019年7月2日 星期二 第5版

    驿站添新装

    本报讯（记者 陆川）近日，驿站换上了新空调。

    书屋迎来读者

    本报讯（记者 陆川）职工书屋迎来了新读者。

    技能大赛举行

    本报讯（记者 陆川）2018年全市职工技能大赛举行。

    技能大赛再举行

    本报讯（记者 陆川）2018年全市职工技能大赛再次举行。
    """
  let document = try parse(page)
  #expect(document.year == 2019)
  #expect(document.printedDate == PrintedDate(year: 2019, quote: "北京日报 2019年7月2日 星期二 第5版", line: 1))
  #expect(document.articles.map(\.year) == [2019, 2019, 2018, 2018])
  #expect(document.articles[0].yearEvidence.reason == .relativeToThePage)
  #expect(document.articles[1].yearEvidence == YearEvidence(.printedDate, quote: "北京日报 2019年7月2日 星期二 第5版", line: 1))
}

/// A web page's header dates its article like a masthead; its breadcrumb, buttons and links are no text.
@Test func aWebPagesHeaderDatesItsArticle() throws {
  let page = """
    首页 > 工会动态 > 市总新闻
    市总工会“暖心伴考”服务启动
    发布时间：2023-06-06 09:30:12  来源：北京市总工会  作者：宣传部
    字号：大 中 小
    分享到：
    6月6日，市总工会“暖心伴考”服务启动，全市设立伴考服务站点98个。
    【打印】【关闭】
    上一篇：市总工会召开党组会议
    下一篇：全市职工技能大赛开幕
    """
  let document = try parse(page)
  #expect(document.printedDate == PrintedDate(year: 2023, quote: "发布时间：2023-06-06 09:30:12  来源：北京市总工会  作者：宣传部", line: 3))
  #expect(document.articles.map(\.headline) == ["市总工会“暖心伴考”服务启动"])
  #expect(document.articles.map(\.bodyLines) == [6...6])
  #expect(document.articles.map(\.year) == [2023])
}

/// A WeChat account's article: its header (原创, the account, the date) dates it, and its buttons
/// and end mark are no text and no second article.
@Test func aWeChatArticlesHeaderDatesItAndItsButtonsAreNoText() throws {
  let page = """
    暖心伴考｜全市设立伴考服务站点
    原创 北京工会 北京工会 2025年06月08日 10:00 北京
    点击蓝字 关注我们
    6月7日，高考拉开帷幕。记者从市总工会获悉，全市共设立“暖心伴考”服务站点104个。
    END
    阅读原文
    """
  let document = try parse(page)
  #expect(document.articles.count == 1)
  #expect(document.articles.map(\.bodyLines) == [4...4])
  #expect(document.articles.map(\.year) == [2025])
  #expect(document.articles.flatMap(\.flags).isEmpty)
}

/// Some sites print the date first and the fields after it: the line is the header all the same.
@Test func aWebPagesHeaderMayOpenWithTheDate() throws {
  let page = """
    # 单身青年职工联谊会举办

    2021-05-20 来源：北京工会新闻

    5月16日，区总工会举办单身青年职工联谊会，吸引了200余名单身职工参加。
    """
  let document = try parse(page)
  #expect(document.printedDate == PrintedDate(year: 2021, quote: "2021-05-20 来源：北京工会新闻", line: 3))
  #expect(document.articles.map(\.bodyLines) == [5...5])
  #expect(document.articles.map(\.year) == [2021])
}

/// A bare date under a story is the story's, not the page's.
@Test func aBareDateBelowTheTextDoesNotDateThePage() throws {
  let document = try parse("书屋迎来读者\n\n本报讯（记者 陆川）职工书屋迎来了新读者。\n\n2019年7月2日\n")
  #expect(document.printedDate == nil)
}

/// A lede that looks back is background when later years follow as past: the 今年 of the article is
/// later than all of them, so its year is unknown (or the page's). A year in a plan is ahead: it
/// neither dates the article nor makes its lede look back.
@Test(arguments: [
  ("2015年6月，首批52名志愿者走上街头。\n\n2016年站点为60个，2018年达到80个。\n\n今年设置站点104个。", Int?.none),
  ("2015年6月，首批52名志愿者走上街头。\n\n今年设置站点104个。", 2015),
  ("2023年6月，全市设置站点104个。今年服务考生家长5万人次，计划到2025年增至120个。", 2023),
  ("2023年6月，全市设置站点104个。今年服务考生家长5万人次，2020年曾获评示范项目。", 2023),
  // 将 before a verb of doing says what will be done: a year-end review's next year is ahead.
  ("2022年，全区新建驿站24个。\n\n2023年，我们将继续新建驿站不少于20个。", 2022),
])
func aLedeThatLooksBackDoesNotDateTheArticle(body: String, year: Int?) throws {
  let article = try #require(try parse("“暖心伴考”十年路\n\n本报讯（记者 陆川）\(body)\n").articles.first)
  #expect(article.year == year)
}

/// A year whose clause 以来 closes starts a period to now (`2015年启动“暖心伴考”活动以来，`): it does not
/// date the article, whose year is its page's.
@Test func aYearThatSinceClosesStartsAPeriod() throws {
  let page = "北京晚报　2021年6月9日　星期三　第7版\n\n高考两天 工会志愿者陪伴考生\n\n"
    + "　　今年，顺义区总工会共组建志愿服务队十余支。据悉，北京市总工会2015年启动“暖心伴考”活动以来，截至今年，全市已累计服务考生及家长一百五十万人次。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == 2021)
  #expect(UntilNow.sinceClosesItsClause(Array("2015年启动活动以来，".unicodeScalars), after: 5))
  #expect(!UntilNow.sinceClosesItsClause(Array("2015年，开展以来".unicodeScalars), after: 5))
}

/// The year a review's or a report's title covers dates it, whatever later year its date states.
@Test func aReviewsTitleYearDatesIt() throws {
  let page = "北京市总工会2019年工作报告（摘要）\n（2020年1月8日）\n\n各位委员：全市工会系统在316个考点设立服务站。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.year == 2019)
  #expect(article.yearEvidence.reason == .reviewedYear)
}

/// A place that joined a programme states its own start, not the programme's; the programme's own
/// start in the same corpus still counts.
@Test func aStartYearOfJoiningIsTheJoinersOwn() throws {
  let joined = "伴考服务\n\n本报讯 据悉，怀柔区自2016年起参与“暖心伴考”，九年来累计服务考生家长近2万人次。\n"
  #expect(ProgrammeStarts.collect(from: [try parse(joined)]).years["暖心伴考"] == nil)
  // NB: so does a district, a street or a town that states when it began (`我区自2017年开展…`).
  for local in ["我区自2017年开展“暖心伴考”以来", "朝阳区从2017年起开展“暖心伴考”", "该街道自2017年开展“暖心伴考”以来"] {
    #expect(ProgrammeStarts.collect(from: [try parse("伴考服务\n\n本报讯 据介绍，\(local)，服务考生家长3万人次。\n")]).years.isEmpty)
  }
  let started = "伴考服务\n\n本报讯 从2015年开始，市总工会开展“暖心伴考”服务。\n"
  #expect(ProgrammeStarts.collect(from: [try parse(joined), try parse(started)]).years["暖心伴考"] == 2015)
}

/// A lede's first sentence dates the article; a year later in its paragraph may be the past
/// (`2016年至2020年，全市共设立…`), and the page's date then dates the article's 今年.
@Test func aYearLaterInTheLedeParagraphIsThePast() throws {
  let page = """
    北京日报 2021年6月9日 第8版

    暖心伴考温暖考生家长

    本报讯（记者 孙超）6月7日至8日，市总工会开展“暖心伴考”活动。今年全市设立站点百余个。2016年至2020年，全市共设立站点460个次。
    """
  #expect(try parse(page).articles.map(\.year) == [2021])
}

/// A start year counts for a programme named in 「」 as for one named in “”.
@Test(arguments: ["“暖心伴考”", "「暖心伴考」"])
func aStartYearCountsForAQuotedProgramme(name: String) throws {
  let page = "伴考服务\n\n本报讯（记者 陈明）自2015年\(name)启动以来，累计服务考生家长超过20万人次。\n"
  #expect(ProgrammeStarts.collect(from: [try parse(page)]).years[String(name.dropFirst().dropLast())] == 2015)
}

/// A timeline whose last step is 今年 (`2021年，…；今年，…`) tells its years as the past: the page's
/// date is the article's year, and with no date the year is unknown, not the timeline's last. A year
/// that does not open its clause is no step.
@Test(arguments: [
  ("2015年，首批志愿者200余名；2021年，队伍突破2000人；今年，全市共有3500余名志愿者。", 2025),
  ("2021年，队伍突破2000人；如今，全市共有3500余名志愿者。", 2025),
  ("全市2021年共有3500余名志愿者；今年，服务持续两天。", 2021),
])
func aTimelineThatEndsInThePresentIsThePast(body: String, year: Int) throws {
  let page = "十年伴考路\n\n\(body)\n\n志愿者在考点外服务。\n"
  #expect(try parse("劳动午报 2025年6月9日 第3版\n\n" + page).articles.map(\.year) == [year])
  #expect(try parse(page).articles.map(\.year) == [year == 2025 ? nil : year])
}
