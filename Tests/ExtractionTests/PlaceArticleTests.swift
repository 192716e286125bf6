// Article-level places: title first, then lead, weak Beijing cues, then body; clause before article.
import Testing
@testable import Extraction

@Suite struct PlaceArticleTests {
  let gazetteer = Gazetteer.beijing

  struct Case: Sendable, CustomTestStringConvertible {
    let title: [String]
    let body: [String]
    let expected: [Scope]
    let basis: ArticlePlaces.Basis
    var testDescription: String { title.joined(separator: " / ") }
  }

  static let cases: [Case] = [
    // A place outside Beijing a trip goes to is no place of the article's; the union that sends it is.
    Case(
      title: ["首批劳模疗休养团启程赴黔"], body: ["昨天上午，北京市劳模疗休养首批126名劳模从北京西站出发，前往贵州开展为期7天的疗休养活动。", "去年，市总工会共组织劳模疗休养38批次。"],
      expected: [.citywide], basis: .weakCitywide),
    // A title that opens on the city and a colon is about the whole city, not its anecdote's district;
    // 北京 anywhere else in the title stays a weak cue.
    Case(
      title: ["北京：“暖心驿站”织密服务网"], body: ["在朝阳区三里屯街道的一家暖心驿站里，外卖骑手小李刚刚喝上一杯凉茶。"],
      expected: [.citywide], basis: .title),
    Case(
      title: ["“暖心驿站”织密北京服务网"], body: ["在朝阳区三里屯街道的一家暖心驿站里，外卖骑手小李刚刚喝上一杯凉茶。"],
      expected: [.district("朝阳区")], basis: .lead),
    Case(
      title: ["清河街道总工会为环卫工人送清凉"], body: ["近日，海淀区清河街道总工会走访辖区环卫所。"],
      expected: [.district("海淀区")], basis: .title),
    Case(
      title: ["青年职工的周末时光"], body: ["日前，大兴区黄村地区总工会组织青年职工开展观影活动。", "市总工会相关负责人到场。"],
      expected: [.district("大兴区")], basis: .lead),
    Case(
      title: ["全市职工乒乓球赛落幕"], body: ["来自朝阳区、海淀区的选手进入决赛。"],
      expected: [.citywide], basis: .title),
    Case(
      title: ["北京工会服务站点覆盖16个区", "另在河北三河设立两个站点"], body: ["今年共设站点50个。"],
      expected: [.citywide], basis: .title),
    Case(
      title: ["湖州工会为新市民办集体婚礼"], body: ["浙江省湖州市总工会日前举办活动。"],
      expected: [.outside("浙江省湖州市")], basis: .title),
    Case(
      title: ["北京某集团第三届职工运动会开幕"], body: ["该集团工会主办了本届运动会。", "最终顺义分公司代表队夺冠。"],
      expected: [.citywide], basis: .weakCitywide),
    Case(
      title: ["职工亲子活动乐趣多"], body: ["某建设公司工会举办家庭日。"],
      expected: [.citywide], basis: .unionWithoutPlace),
    Case(
      title: ["编者按"], body: ["本栏目将陆续刊发经验。"],
      expected: [], basis: .none),
    Case(
      title: ["编者按"], body: ["本栏目将陆续刊发各地工会的经验。"],
      expected: [], basis: .none),
    Case(
      title: ["两区工会联手办招聘会"], body: ["丰台区总工会与石景山区总工会联合举办招聘会。"],
      expected: [.district("丰台区"), .district("石景山区")], basis: .lead),
    Case(
      title: ["“暖心伴考”十年路"],
      body: ["首批52名职工志愿者走上街头。", "今年，全市16个区共设置伴考服务站点104个。", "大兴区总工会今年设点8个；通州区设点6个。"],
      expected: [.citywide, .district("大兴区")], basis: .body),
    Case(
      title: ["服务站点添新装"], body: ["站点换上了新空调。", "全市站点中，大兴区总工会新装空调8台。"],
      expected: [.district("大兴区"), .citywide], basis: .body),
  ]

  @Test(arguments: cases)
  func articleScopes(_ article: Case) {
    let places = gazetteer.articlePlaces(title: article.title, body: article.body)
    #expect(places.scopes == article.expected)
    #expect(places.basis == article.basis)
  }

  @Test func bylineUnitCountsAsTitle() {
    let places = gazetteer.articlePlaces(
      title: ["一线职工喝上了热饮"], bylineUnit: "通州区总工会", body: ["活动在多个驿站举行。"])
    #expect(places.scopes == [.district("通州区")])
    #expect(places.basis == .title)
  }

  @Test func clauseScopeFallsBackToTheArticle() {
    let places = gazetteer.articlePlaces(title: ["门头沟区总工会开展慰问"], body: ["活动覆盖全区。"])
    #expect(places.scope(ofClause: "共发放慰问品300份") == .district("门头沟区"))
    #expect(places.scope(ofClause: "全市共有驿站9000余家") == .citywide)
    #expect(places.scope(ofClause: "迁安市设立了2个点") == .outside("河北省迁安市"))
  }

  /// An article that opens on districts named as one list is about them together: a figure that
  /// names no place is theirs, not the first district's; one that names several apart is not joint.
  @Test func aListOfDistrictsInTheLeadIsTheDefaultTogether() {
    let lead = "入夏以来，朝阳、海淀、丰台三区工会新建驿站共计45家，其中朝阳20家、海淀15家、丰台10家。"
    let places = gazetteer.articlePlaces(title: ["三区新建45家暖心驿站"], body: [lead, "三区驿站总数已达到612家。"])
    #expect(places.scopes.count == 3)
    #expect(places.scope(ofClause: "驿站总数已达到612家") == .region("朝阳区、丰台区、海淀区"))
    let apart = gazetteer.articlePlaces(title: ["驿站建设"], body: ["朝阳区新建驿站20家，海淀区新建15家。"])
    #expect(apart.scope(ofClause: "驿站总数已达到612家") == apart.primary)
  }

  /// A district's own text that never names it is some district's, never the whole city's; a
  /// union with no place at all stays the capital's.
  @Test func aDistrictThatNeverNamesItselfIsAnUnnamedDistrict() {
    let own = gazetteer.articlePlaces(title: ["工会暖心伴考服务启动"], body: ["区总工会负责人介绍，我区今年设立服务站点6个。"])
    #expect(own.scopes == [Scope.unnamedDistrict] && own.basis == .unnamedDistrict)
    #expect(own.scope(ofClause: "招募志愿者80名") == Scope.unnamedDistrict)
    let union = gazetteer.articlePlaces(title: ["集团工会举办职工运动会"], body: ["公司工会组织职工300名参赛。"])
    #expect(union.scopes == [.citywide] && union.basis == .unionWithoutPlace)
  }

  /// A paper's dateline that names where the story was filed from places its district's own text.
  @Test func aDatelinePlacesADistrictsOwnText() throws {
    let page = "驿站新建\n\n本报延庆讯（记者 王芳）近日，区总工会新建暖心驿站8家。\n"
    #expect(try factsOnPage(page).map(\.scope) == [.district("延庆区")])
  }

  @Test func developmentZoneCountsWhenTheArticleNamesIt() {
    let places = gazetteer.articlePlaces(
      title: ["北京经济技术开发区总工会启动新就业形态服务季"], body: ["开发区内的快递站点将全部覆盖。"])
    #expect(places.scopes == [.district("北京经济技术开发区")])
    #expect(places.bodyMentions.isEmpty)
    #expect(places.leadMentions.map(\.surface) == ["开发区"])
  }

  @Test(arguments: [
    ("000_544ca37baae079ca.txt", "金盏地区总工会为户外劳动者送暖“新”餐包", Scope.district("朝阳区")),
    ("004_6cb6b54ead12a2c6.txt", "平谷王辛庄镇6家暖心驿站投入使用", .district("平谷区")),
    ("003_a07a59b70d268fc0.txt", "苏州市总工会打造“相悦会”交友品牌", .outside("江苏省苏州市")),
    ("001_b59a547343a67c10.txt", "市总工会连续十年开展“暖心伴考”服务", .citywide),
  ])
  func seedHeadlines(file: String, headline: String, expected: Scope) {
    #expect(gazetteer.articlePlaces(title: [headline], body: []).primary == expected)
  }

  /// In a list joined by 、, districts counted together read as one item.
  @Test func aJointGroupIsOneItemOfAList() {
    let places: [Scope] = [.district("顺义区"), .region("东城区、西城区"), .region("城六区"), .citywide]
    #expect(places.map(\.listLabel).joined(separator: "、") == "顺义区、东城区+西城区、城六区、全市")
    #expect(Scope.region("东城区、西城区").label == "东城区、西城区")
  }
}
