// Programme and station-noun matching in new sentences, plus data tests for programmes.tsv.
import Testing
@testable import Extraction

@Suite struct ProgrammeLexiconTests {
  let lexicon = ProgrammeLexicon.shipped

  @Test(arguments: [
    ("区总工会在三所中学门口设立伴考点", ["暖心伴考"]),
    ("今年的暖心伴考活动新增线上地图", ["暖心伴考"]),
    ("志愿者向家长发放伴考包和暖心包", ["暖心伴考", "暖心伴考"]),
    ("社区超市挂牌成为户外劳动者暖心驿站", ["户外劳动者暖心驿站"]),
    ("新建的37℃+暖心驿站可以热饭", ["户外劳动者暖心驿站"]),
    // A generic station word names the programme only where the text names it plainly too.
    ("工会驿站为环卫工人提供热水", []),
    ("暖心驿站网络扩大，工会驿站为环卫工人提供热水", ["户外劳动者暖心驿站", "户外劳动者暖心驿站"]),
    ("街道每周召开一次职工沟通会", ["职工沟通会"]),
    ("企业的职工之家和职工书屋同时开放", ["职工之家", "职工书屋"]),
    ("驿站里摆放了微波炉", []),
    ("发放暖心包500个", []),
    ("公司设立心灵驿站开展心理服务", []),
  ])
  func mentions(text: String, expected: [String]) {
    #expect(lexicon.mentions(in: text).map(\.programme.id) == expected)
  }

  /// A hallmark (`清凉包`) names its programme unless the article's programme is another one.
  @Test func aHallmarkYieldsToTheArticlesOwnProgramme() {
    #expect(lexicon.mentions(in: "服务站发放清凉包3000余个").map(\.programme.id) == ["夏送清凉"])
    #expect(lexicon.mentions(in: "服务站发放清凉包3000余个", confirmed: ["暖心伴考"]).isEmpty)
    #expect(lexicon.mentions(in: "服务站发放清凉包3000余个", confirmed: ["夏送清凉"]).map(\.programme.id) == ["夏送清凉"])
    #expect(lexicon.programme(ofArticle: ["慰问一线职工"], body: ["送出清凉包200份"])?.id == "夏送清凉")
  }

  @Test func contextTermsCountWhenTheArticleNamesTheProgramme() {
    #expect(lexicon.mentions(in: "发放暖心包500个", confirmed: ["暖心伴考"]).map(\.surface) == ["暖心包"])
    #expect(lexicon.mentions(in: "驿站里摆放了微波炉", confirmed: ["户外劳动者暖心驿站"]).count == 1)
  }

  @Test func offsetsAreScalars() {
    let found = lexicon.mentions(in: "在全区设置伴考服务站点12个")
    #expect(found.map(\.surface) == ["伴考服务站点"])
    #expect(found.map(\.start) == [5])
    #expect(found.map(\.end) == [11])
  }

  @Test(arguments: [
    ("设置伴考服务站点12个", "伴考服务站点", "暖心伴考"),
    ("新建暖心驿站30家", "暖心驿站", "户外劳动者暖心驿站"),
    ("在公园门口设立志愿服务点", "志愿服务点", nil),
  ])
  func stationNouns(text: String, noun: String, programme: String?) {
    let found = lexicon.stations(in: text)
    #expect(found.map(\.surface) == [noun])
    #expect(found.first?.kind.programme == programme)
  }

  @Test(arguments: ["5家快递站点的快递员", "在心灵驿站接受辅导"])
  func workplacesAreNotStations(text: String) {
    #expect(lexicon.stations(in: text).isEmpty)
  }

  @Test func articleAndClauseProgramme() throws {
    let article = lexicon.programme(
      ofArticle: ["顺义区总工会为考生家长设服务点"], body: ["“暖心伴考”活动今年在全区铺开。", "驿站也向家长开放。"])
    #expect(article?.id == "暖心伴考")
    #expect(lexicon.programme(ofClause: "共设置服务点6个", article: article)?.id == "暖心伴考")
    #expect(lexicon.programme(ofClause: "新建暖心驿站3家", article: article)?.id == "户外劳动者暖心驿站")
    #expect(lexicon.programme(ofClause: "活动共持续两天", article: nil) == nil)
  }

  @Test func titleOutweighsBody() {
    let article = lexicon.programme(
      ofArticle: ["暖心驿站里的新变化"], body: ["去年暖心伴考期间，驿站也曾开放。"])
    #expect(article?.id == "户外劳动者暖心驿站")
  }

  @Test func dataIntegrity() throws {
    let ids = lexicon.programmes.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.contains("暖心伴考") && ids.contains("户外劳动者暖心驿站"))
    var owner: [String: String] = [:]
    for programme in lexicon.programmes {
      #expect(programme.kind != .none || programme.id == "-", "\(programme.id) has no kind")
      for raw in programme.terms {
        let term = TermMarker.parse(raw).term
        #expect(owner[term] == nil, "\(term) in both \(owner[term] ?? "") and \(programme.id)")
        owner[term] = programme.id
      }
    }
    for kind in lexicon.stationKinds {
      if let id = kind.programme { #expect(lexicon.programme(id: id) != nil, "\(kind.noun) → \(id)") }
    }
  }
}
