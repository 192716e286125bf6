// Tables and lists as newspapers set them: rounded cells, wide column gaps, places side by side.
import Testing
import NewsCorpus
@testable import Extraction

/// A year table's cells may round their figures as a sentence would (`300余`, `1.1万`), and its
/// columns be set apart by ideographic spaces: each cell keeps its rounding.
@Test func aTablesCellsKeepTheirRounding() throws {
  let page = """
    北京日报 2025年6月9日 第5版

    “暖心伴考”十年数据一览

    本报讯（记者 吴迪）十年来，“暖心伴考”服务规模逐年扩大，历年情况如下：
    年份　　服务站（个）　志愿者（名）　服务考生及家长（人次）
    2015　　28　　　　　　300余　　　　1.1万
    2025　　118　　　　　 2900余　　　 5.8万
    """
  let found = try factsOnPage(page).map {
    "\($0.metric.rawValue):\($0.surface):\($0.qualifier.rawValue):\(Int($0.low ?? 0))/\($0.year.map(String.init) ?? "-")"
  }
  #expect(found == [
    "stations:28:exact:28/2015", "volunteers:300余:more_than:300/2015", "people_served:1.1万:exact:11000/2015",
    "stations:118:exact:118/2025", "volunteers:2900余:more_than:2900/2025", "people_served:5.8万:exact:58000/2025",
  ])
}

/// A district table whose first column is headed by one Han (`区`), set apart by ideographic spaces,
/// counts each countable column for each district; its money column counts nothing, and its note
/// of sources is no title.
@Test func aDistrictTableHeadedByOneHanIsRead() throws {
  let page = """
    劳动午报 2021年2月10日 星期三 第4版

    各区工会元旦春节送温暖情况一览

    区　　　　走访慰问困难职工（户）　慰问金（万元）　慰问品（份）
    东城区　　　　  412　　　　　　　　61.8　　　　　　800
    西城区　　　　  538　　　　　　　　80.7　　　　　 1050
    （数据来源：各区总工会）
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  #expect(document.articles.count == 1)
  let found = try factsOnPage(page).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == ["people_served:412@东城区", "packs:800@东城区", "people_served:538@西城区", "packs:1050@西城区"])
}

/// A list set in two columns (`东城区　86名　　西城区　102名`) gives each place its figure, counted as its
/// lead-in says: those who received aid (`受助学生`) were served.
@Test func placesSideBySideEachKeepTheirFigure() throws {
  let page = """
    金秋助学

    本报讯（记者 李明）今年全市工会金秋助学共资助困难职工子女2100名。
    各区受助学生人数如下：
    东城区　　86名　　　西城区　　102名
    朝阳区　　215名　　　海淀区　　168名
    """
  let found = try factsOnPage(page).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == [
    "people_served:2100名@全市", "people_served:86名@东城区", "people_served:102名@西城区", "people_served:215名@朝阳区",
    "people_served:168名@海淀区",
  ])
}

/// A table with no bracketed measure word: `站点数` counts sites in 个, and a column that opens with 其中
/// is that column's part (`其中今年新建`: the new ones), each row for its town or street.
@Test func aTablesPartColumnMayOpenWithOfWhich() throws {
  let page = """
    房山工会 2020年12月28日

    房山区户外劳动者服务站点建设取得新进展

    　　本报讯 今年，区总工会在全区新建工会户外劳动者服务站点42个，全区站点总数达到310个。

    乡镇/街道\t站点数\t其中今年新建
    长阳镇\t36\t8
    拱辰街道\t25\t4
    """
  let found = try factsOnPage(page).filter { $0.line > 5 }.map {
    "\($0.surface):\($0.metric.rawValue)/\($0.subtype ?? "-")@\($0.locality ?? "-")"
  }
  #expect(found == ["36:stations/-@长阳镇", "8:stations/新增@长阳镇", "25:stations/-@拱辰街道", "4:stations/新增@拱辰街道"])
}

/// A table copied from a report may print its measure word and what it counts only in its caption,
/// and head its columns with years: each cell counts the caption's noun for its row's street, in its
/// column's year, as the stock at that year's end (`2021年底`, `截至2022年底`) or the year's new ones
/// (`2022年新增`, a part named by its column). The caption, the rules and the source note leave the story whole.
@Test func aCaptionedTableOfYearsDatesEachCell() throws {
  let page = """
    劳动午报　　2023年1月12日　星期四

    石景山区去年新建户外劳动者服务站点30家

    　　本报讯（记者 赵磊）2022年，石景山区新建户外劳动者服务站点30家，站点总数达到170家。
    　　各街道站点建设情况见下表。

    　　　　表　石景山区各街道户外劳动者服务站点建设情况（单位：家）
    　　────────────────────────────
    　　　街　道　　　　　2021年底　　　2022年新增　　　截至2022年底
    　　────────────────────────────
    　　　八宝山街道　　　　18　　　　　　　4　　　　　　　22
    　　　广宁街道　　　　　 6　　　　　　　2　　　　　　　 8
    　　────────────────────────────
    　　　合　计　　　　　 140　　　　　　　30　　　　　　 170
    　　────────────────────────────
    　　　　　　　　　　　　　　　　　　数据来源：石景山区总工会

    　　“建站只是第一步，关键要让站点开得了门。”区总工会相关
    负责人介绍，全年共抽查站点49家次。
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  #expect(document.articles.count == 1)
  let found = try factsOnPage(page).filter { $0.line >= 11 && $0.line <= 15 }.map {
    "\($0.surface):\($0.metric.rawValue)/\($0.year.map(String.init) ?? "-")\($0.cumulative ? "累计" : "")/\($0.subtype ?? "-")@\($0.locality ?? $0.scope.label)"
  }
  #expect(found == [
    "18:stations/2021累计/-@八宝山街道", "4:stations/2022/新增@八宝山街道", "22:stations/2022累计/-@八宝山街道",
    "6:stations/2021累计/-@广宁街道", "2:stations/2022/新增@广宁街道", "8:stations/2022累计/-@广宁街道",
    "140:stations/2021累计/-@石景山区", "30:stations/2022/新增@石景山区", "170:stations/2022累计/-@石景山区",
  ])
}

/// A story whose lead-in sentence names what the table under it counts (海淀区's stations), ending
/// with the line break before the table's blank line.
private let haidianLeadIn = """
    海淀区户外劳动者服务站点达537家

    　　本报讯　截至目前，海淀区累计建成户外劳动者服务站点537家。各街镇站点建设情况见下表：

    """

/// A fact of the Haidian tables: its figure, metric, part, running total and place.
private func haidianRow(_ fact: Fact) -> String {
  "\(fact.surface):\(fact.metric.rawValue)/\(fact.subtype ?? "-")\(fact.cumulative ? "累计" : "")@\(fact.locality ?? fact.scope.label)"
}

/// A column may name no noun (`累计建成（家）`) and run a year into its words (`其中2025年新建（家）`): the
/// sentence that leads in to the table names what its cells count.
@Test func aTablesLeadInNamesWhatItsColumnsCount() throws {
  let page = haidianLeadIn + """

    街道（镇）	累计建成（家）	其中2025年新建（家）
    中关村街道	46	7
    西北旺镇	33	6
    """
  let found = try factsOnPage(page).filter { $0.line > 4 }.map(haidianRow)
  #expect(found == ["46:stations/-累计@中关村街道", "7:stations/新增@中关村街道", "33:stations/-累计@西北旺地区", "6:stations/新增@西北旺地区"])
}

/// A sheet pasted from Excel: a caption, a column of serial numbers, a header on two rows whose
/// merged group (`志愿服务力量`) spans two columns, and a total row. Every district's cell is read with
/// its column's noun; the serial numbers count nothing, nor does a row that names no place.
@Test func aTablePastedFromASheetWithAHeaderOnTwoRowsIsRead() throws {
  let page = """
    工会暖心伴考同行

    本报讯　今年“暖心伴考”在各考点周边共设立服务站点86个。各区分布情况如下：

    2023年“暖心伴考”服务站点及志愿力量分布表
    序号\t区\t服务站点\t志愿服务力量\t
    \t\t（个）\t队伍（支）\t志愿者（名）
    1\t东城区\t5\t6\t68
    18\t市级及产业工会\t4\t8\t210
    \t合计\t86\t98\t1,310
    注：市级及产业工会站点设于市属重点考点周边。
    """
  let found = try factsOnPage(page).filter { $0.line > 6 }.map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == [
    "stations:5@东城区", "volunteer_teams:6@东城区", "volunteers:68@东城区",
    "stations:86@全市", "volunteer_teams:98@全市", "volunteers:1,310@全市",
  ])
}

/// A Markdown table may end with a column of words, and a row may name what it counts with a number
/// in its words (`其余21个街镇`): both are passed over, and the bold total row after them still counts.
@Test func aMarkdownTableWithAColumnOfWordsIsRead() throws {
  let page = haidianLeadIn + """

    | 街道（镇） | 累计建成（家） | 其中2025年新建（家） | 主要依托场所 |
    |---|---|---|---|
    | 中关村街道 | 46 | 7 | 银行网点、科技企业 |
    | 其余21个街镇 | 305 | 28 | — |
    | **全区合计** | **537** | **60** | |
    """
  let found = try factsOnPage(page).filter { $0.line > 4 }.map(haidianRow)
  #expect(found == ["46:stations/-累计@中关村街道", "7:stations/新增@中关村街道", "537:stations/-累计@海淀区", "60:stations/新增@海淀区"])
}

/// A caption that gives the measure word and what is counted (`累计建成站点数，单位：家`) over rows of a
/// place's years joined by arrows: each figure is the place's running total at its year, and the
/// caption is its story's text, not a headline.
@Test func aPlacesYearsUnderACaptionAreItsRunningTotals() throws {
  let page = """
    从“有地方歇脚”到“歇得舒心”

    　　本报讯　五年来，本市户外劳动者服务站点建设持续推进，各区站点数量稳步增长。

    各区亮点（累计建成站点数，单位：家）
    门头沟区　2021年 38 → 2022年 45 → 2025年 71
    平谷区　　2021年 42 → 2025年 96
    """
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  #expect(document.articles.count == 1)
  let found = try factsOnPage(page).filter { $0.line > 4 }.map {
    "\($0.surface):\($0.metric.rawValue)/\($0.year.map(String.init) ?? "-")\($0.cumulative ? "累计" : "")@\($0.scope.label)"
  }
  #expect(found == [
    "38:stations/2021累计@门头沟区", "45:stations/2022累计@门头沟区", "71:stations/2025累计@门头沟区",
    "42:stations/2021累计@平谷区", "96:stations/2025累计@平谷区",
  ])
}

/// A table whose rows are organisations with a place in their names (`北京建工集团工会`, `中建一局北京公司工会`)
/// gives no place a figure: each row is a company's part of the total, which only the total row states.
/// Rows of the districts' own unions (`东城区总工会`) stay their districts'.
@Test func aRowOfAnOrganisationHoldingAPlaceIsNoPlacesFigure() throws {
  let companies = """
    夏送清凉进工地

    本报讯　市建设工会“夏送清凉进工地”活动覆盖全市重点工程，各单位情况如下：
    单位名称　　　　　　走访工地（个）　清凉包（份）
    北京建工集团工会　　　　31　　　　　 9200
    中建一局北京公司工会　　15　　　　　 4400
    丰台区环卫中心　　　　　 6　　　　　 1300
    合　　计　　　　　　　　52　　　　　14900
    """
  let found = try factsOnPage(companies).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == ["packs:14900@全市"])

  let districtUnions = """
    各区工会送清凉情况

    本报讯　今夏各区总工会送清凉情况如下：
    单位　　　　　清凉包（份）
    东城区总工会　　　800
    金盏地区总工会　　300
    """
  let districts = try factsOnPage(districtUnions).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(districts == ["packs:800@东城区", "packs:300@朝阳区"])
}

/// A table's caption may stand as a line of its own over its header, as a heading inside the story
/// or as the title a table is printed under: it names what a column with no noun counts
/// (`累计建成（个）`), as a lead-in sentence would.
@Test func aCaptionOnALineOfItsOwnNamesWhatTheColumnsCount() throws {
  let table = """
    区  别        累计建成（个）    其中今年新建（个）
    东 城 区          8 6                4 1
    西 城 区          9 2                50
    """
  let underHeading = "站点建设\n\n本报讯　今年全市新建站点618个。\n部分区服务站点建设情况\n" + table
  let underTitle = "部分区服务站点建设情况\n\n" + table
  for page in [underHeading, underTitle] {
    let found = try factsOnPage(page).filter { $0.scope != .citywide }.map {
      "\($0.metric.rawValue):\($0.subtype ?? "-"):\($0.surface)@\($0.scope.label)\($0.cumulative ? "+" : "")"
    }
    #expect(found == ["stations:-:86@东城区+", "stations:新增:41@东城区", "stations:-:92@西城区+", "stations:新增:50@西城区"])
  }
}

/// An enterprise's table of its branches, each row's district in an aside (`六分公司（顺义区）`): the rows
/// count for no district, and the total row counts for the article's place, which stays its
/// enterprise's (全市, not 顺义区).
@Test func branchesWithTheirDistrictsInAsidesLeaveTheArticleItsEnterprises() throws {
  let page = """
    2018年“爱心送考”活动情况汇总

    　　集团工会组织出租汽车驾驶员开展“爱心送考”，各分公司志愿服务时长如下：
    单位　　　　　　　　志愿者（名）　　服务时长（小时）
    一分公司　　　　　　90　　　　　　　610
    六分公司（顺义区）　37　　　　　　　250
    七分公司（房山区）　33　　　　　　　250
    合计　　　　　　　 412　　　　　　 2840
    """
  let found = try factsOnPage(page).map { "\($0.metric.rawValue):\($0.surface)@\($0.scope.label)" }
  #expect(found == ["volunteers:412@全市", "service_hours:2840@全市"])
}
