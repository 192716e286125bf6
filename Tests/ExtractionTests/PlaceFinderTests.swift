// Place finding in new sentences: streets to districts, short and old forms, outside places, cues.
import Testing
@testable import Extraction

@Suite struct PlaceFinderTests {
  let gazetteer = Gazetteer.beijing

  /// Resolved, non-prefix scopes in order of appearance.
  func scopes(_ text: String) -> [String] {
    gazetteer.places(in: text).filter { $0.role != .prefix && $0.isResolved }.map(\.scope.label)
  }

  @Test(arguments: [
    ("学院路街道工会在辖区高校举办讲座", ["海淀区"]),
    ("上周，马驹桥镇的物流园区迎来一批新会员", ["通州区"]),
    ("琉璃河地区总工会组织职工植树", ["房山区"]),
    ("小汤山镇和回龙观街道的职工代表到场", ["昌平区", "昌平区"]),
    ("金盏乡一家企业成立了工会", ["朝阳区"]),
    ("长哨营满族乡的护林员收到了慰问品", ["怀柔区"]),
    ("望京的写字楼里开起了职工书屋", ["朝阳区"]),
    ("良乡大学城的教师们组队参赛", ["房山区"]),
  ])
  func streetsAndTownsResolveToTheirDistrict(text: String, expected: [String]) {
    #expect(scopes(text) == expected)
  }

  @Test(arguments: [
    ("海淀的科技企业工会积极响应", ["海淀区"]),
    ("原崇文区的老职工回忆往事", ["东城区"]),
    ("宣武区工会旧址", ["西城区"]),
    ("密云县和延庆县的山区道路", ["密云区", "延庆区"]),
    ("亦庄的生物医药企业", ["北京经济技术开发区"]),
    ("经开区总工会发布通知", ["北京经济技术开发区"]),
    ("北京亦庄的新能源车企", ["北京经济技术开发区"]),
    ("朝阳路沿线的驿站", ["朝阳区"]),
    ("朝阳门附近的社区", ["东城区"]),
    ("通州区的运河边", ["通州区"]),
  ])
  func shortAndOldForms(text: String, expected: [String]) {
    #expect(scopes(text) == expected)
  }

  @Test(arguments: [
    ("河北迁安的考生家长", ["河北省迁安市"]),
    ("来自辽宁省沈阳市和平区的工会干部", ["辽宁省沈阳市"]),
    ("浙江省湖州市德清县的新居民", ["浙江省德清县"]),
    ("东莞出台新方案", ["广东省东莞市"]),
    ("青岛的疗养院", ["山东省青岛市"]),
    ("辽宁省朝阳市的职工", ["辽宁省朝阳市"]),
    ("吉林省长春市朝阳区的服务中心", ["吉林省长春市"]),
    ("德清县不是北京的区县", ["浙江省德清县", "全市"]),
    ("大兴安岭的林场工人", ["黑龙江省大兴安岭地区"]),
    // 全市 after another city in its sentence is that city; 市总工会 after that city's federation is it.
    ("天津市总工会在全市60个考点设立服务站", ["天津市", "天津市"]), ("天津市的同行来访。全市驿站已达1500家", ["天津市", "全市"]),
    ("天津市总工会组织志愿者3000余名。其中，市总工会机关干部200名", ["天津市", "天津市"]),
    ("天津市的同行来访。市总工会介绍了经验", ["天津市", "全市"]),
    // Tianjin's districts by their own names; a short form shared with Beijing's words (北辰) is not one.
    ("武清区与北京市通州区毗邻", ["天津市武清区", "通州区"]), ("蓟州的职工疗休养基地", ["天津市蓟州区"]),
  ])
  func outsidePlaces(text: String, expected: [String]) {
    let found = gazetteer.places(in: text).filter { $0.role != .prefix }.map(\.scope.label)
    #expect(found == expected)
  }

  @Test(arguments: [
    ("苏州市总工会推出交友平台", "江苏省苏州市"),
    ("长春市总工会开展送温暖", "吉林省长春市"),
    ("由市总工会主办的比赛", "全市"),
    ("市总工会职工服务中心牵头", "全市"),
    ("天桥街道携手市总工会开展活动", "西城区"),
  ])
  func cityUnionBelongsToTheCityBeforeIt(text: String, expected: String) {
    #expect(gazetteer.scope(ofClause: text)?.label == expected)
  }

  /// A place outside Beijing that people travelled to is where they went, not whose figure it is;
  /// a place in Beijing, or one that acts, stays.
  @Test(arguments: [
    ("组织劳模四十八人赴青岛、大连疗休养", String?.none), ("组织120名职工前往承德疗休养", nil),
    ("昌平区总工会组织劳模赴青岛疗休养", "昌平区"), ("组织200名职工到延庆区开展健步走", "延庆区"),
    ("青岛市总工会组织劳模疗休养", "山东省青岛市"),
  ])
  func aTripsDestinationOutsideBeijingIsNoScope(text: String, expected: String?) {
    #expect(gazetteer.scope(ofClause: text)?.label == expected)
  }

  /// A place named to locate or compare another is not the clause's, unless it is the only one.
  @Test(arguments: [
    ("与西城相邻的东城区，今年也有近八百名志愿者", "东城区"), ("与朝阳区相比，海淀区新建驿站更多", "海淀区"),
    ("与朝阳区毗邻的通州区", "通州区"), ("与朝阳区相邻的街道设立了站点", "朝阳区"),
  ])
  func aPlaceNamedToLocateAnotherIsNoScope(text: String, expected: String) {
    #expect(gazetteer.scope(ofClause: Array(text.unicodeScalars))?.label == expected)
  }

  /// A group of districts named as one is its own scope: less than 全市, more than a district.
  @Test(arguments: [
    ("城六区已建成暖心驿站1800余家", Scope.region("城六区")),
    ("全市中心城区的驿站", .region("城六区")),
    ("首都功能核心区共有驿站160家", .region("首都功能核心区")),
    ("平原新城新建驿站40家", .region("平原新城")),
    ("生态涵养区各区工会", .region("生态涵养区")),
    ("城六区中朝阳区的驿站最多", .district("朝阳区")),
    ("远郊各区共建成1420家", .region("远郊区")),
    // 东西城 is the two districts, the same row as the list 东城区、西城区 (never 西城区 alone).
    ("东西城两区驿站数量合计达到312家", .region("东城区、西城区")),
    ("东城区、西城区合计有312家", .region("东城区、西城区")),
  ])
  func aGroupOfDistrictsIsARegion(text: String, expected: Scope) {
    #expect(gazetteer.scope(ofClause: text) == expected)
  }

  @Test func anUnknownCitysUnionIsNotBeijings() {
    #expect(gazetteer.scope(ofClause: "宁国市总工会举办培训") == nil)
  }

  @Test(arguments: [
    "全市各级工会共建立服务站", "16个区均设有服务点", "十六个区同步开展", "各区总工会积极响应", "北京市总工会印发通知",
    "北京工会推出新举措", "首都职工踊跃参与", "本市金融行业代表队", "北京市金融工会主办", "北京市工业(国防)工会系统",
  ])
  func citywideCues(text: String) {
    #expect(gazetteer.scope(ofClause: text) == .citywide)
  }

  @Test(arguments: ["各区域职工", "全市场化运营", "朝阳产业工人"])
  func blockersHideShortForms(text: String) {
    #expect(gazetteer.places(in: text).filter { !$0.isWeak }.isEmpty)
  }

  @Test func longestMatchKeepsDistrictAndStreet() {
    let found = gazetteer.places(in: "朝阳区东湖街道总工会")
    #expect(found.map(\.surface) == ["朝阳区", "东湖街道"])
    #expect(found.map(\.scope) == [.district("朝阳区"), .district("朝阳区")])
    #expect(found.map(\.role) == [.prefix, .organisation])
    #expect(found.map(\.start) == [0, 3])
    #expect(found.map(\.end) == [3, 7])
  }

  @Test(arguments: [
    ("海淀区总工会", PlaceRole.organisation), ("金盏地区总工会", .organisation), ("顺义区委", .organisation), ("海淀区委托第三方", .location),
    ("拱辰街道工会", .organisation), ("在顺义区举行", .location),
  ])
  func organisationNames(text: String, role: PlaceRole) {
    #expect(gazetteer.places(in: text).last?.role == role)
  }

  @Test func beijingPrefixIsNotACitywideCue() {
    let found = gazetteer.places(in: "北京市朝阳区的一家企业")
    #expect(found.map(\.role) == [.prefix, .location])
    #expect(gazetteer.scope(ofClause: "北京市朝阳区的一家企业") == .district("朝阳区"))
  }

  @Test(arguments: [
    ("海淀区八里庄街道的社区", Scope.district("海淀区")),
    ("朝阳区团结湖和八里庄街道", .district("朝阳区")),
  ])
  func ambiguousStreetTakesTheDistrictTheTextNames(text: String, expected: Scope) {
    let street = gazetteer.places(in: text).first { $0.place.name == "八里庄街道" }
    #expect(street?.scope == expected)
    #expect(street?.isResolved == true)
  }

  @Test func ambiguousStreetAloneStaysUnresolved() {
    let street = gazetteer.places(in: "八里庄街道的社区").first
    #expect(street?.isResolved == false)
    #expect(Set(street?.alternatives ?? []) == [.district("朝阳区"), .district("海淀区")])
    #expect(gazetteer.scope(ofClause: "八里庄街道的社区") == nil)
  }

  @Test(arguments: [
    ("开发区的企业", false), ("北京经济技术开发区总工会表示，开发区的企业", true),
  ])
  func developmentZoneNeedsContext(text: String, counted: Bool) {
    let bare = gazetteer.places(in: text).filter { $0.surface == "开发区" }
    #expect(bare.isEmpty == !counted)
  }

  @Test func weakCuesAreMarked() {
    let found = gazetteer.places(in: "北京燃气集团工会举办比赛")
    #expect(found.count == 1)
    #expect(found[0].isWeak)
    #expect(found[0].role == .organisation)
  }

  /// A place that ranks an honour is no place of the clause, even alone; another place there is.
  @Test(arguments: [
    ("其中全国劳模8人", nil), ("北京市劳模41人", nil), ("朝阳区有全国五一劳动奖章获得者3人", "朝阳区"), ("北京市职工1200人", "全市"),
  ] as [(String, String?)])
  func aPlaceThatRanksAnHonourIsNoPlace(clause: String, expected: String?) {
    #expect(gazetteer.scope(ofClause: clause)?.label == expected)
  }
}
