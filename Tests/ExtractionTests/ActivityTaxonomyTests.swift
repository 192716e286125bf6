// Activity classification in new articles: primary label, secondary labels, cues, fallback.
import Testing
@testable import Extraction

@Suite struct ActivityTaxonomyTests {
  let taxonomy = ActivityTaxonomy.shipped

  struct Case: Sendable, CustomTestStringConvertible {
    let title: String
    let body: [String]
    let primary: String
    let alsoExpected: [String]
    var testDescription: String { title }
  }

  static let cases: [Case] = [
    Case(title: "区总工会举办职工羽毛球比赛", body: ["来自20家单位的选手同场竞技。"], primary: "文体活动", alsoExpected: []),
    Case(title: "单身青年职工联谊会成功举办", body: ["十余对青年现场牵手。"], primary: "联谊交友", alsoExpected: []),
    Case(title: "街道总工会走访慰问困难职工", body: ["为困难职工送去米面油和慰问金。"], primary: "慰问帮扶", alsoExpected: []),
    Case(title: "劳模创新工作室揭牌", body: ["工作室由一名全国劳动模范领衔。"], primary: "劳模工匠", alsoExpected: []),
    Case(title: "为一线职工开展心理疏导", body: ["专业咨询师帮助职工减压。"], primary: "心理关爱", alsoExpected: []),
    Case(title: "工会法律援助帮职工讨回工资", body: ["一起劳动争议得到调解。"], primary: "维权与劳动关系", alsoExpected: []),
    Case(title: "快递员在站点现场入会", body: ["街道工会召开职工沟通会，30名快递员申请入会。"], primary: "组织建设与入会", alsoExpected: ["户外劳动者服务"]),
    Case(title: "区总工会宣讲团走进企业", body: ["宣讲团成员结合岗位实际学习贯彻会议精神。"], primary: "学习宣讲", alsoExpected: []),
    Case(title: "电工技能大赛决出十强", body: ["大赛推动产业工人队伍建设改革。"], primary: "技能与产改", alsoExpected: []),
    Case(title: "职工志愿者走进社区义诊", body: ["志愿服务队为居民测量血压。"], primary: "志愿服务", alsoExpected: []),
    Case(title: "外卖骑手有了歇脚地", body: ["新建的暖心驿站为新就业形态劳动者提供热水。"], primary: "户外劳动者服务", alsoExpected: []),
    Case(title: "120对新人喜结连理", body: ["区总工会为职工举办集体婚礼。"], primary: "联谊交友", alsoExpected: []),
    Case(title: "职代会审议通过集体合同", body: ["职工代表举手表决。"], primary: "维权与劳动关系", alsoExpected: []),
    Case(title: "劳动竞赛推动重点工程建设", body: ["各参建单位比进度、比质量。"], primary: "技能与产改", alsoExpected: []),
    Case(title: "职工互助保障续保启动", body: ["今年参保职工达8.6万人次。"], primary: "慰问帮扶", alsoExpected: []),
    Case(title: "爱心托管班开班", body: ["解决双职工家庭暑期看护难题。"], primary: "慰问帮扶", alsoExpected: []),
    Case(title: "职工书画展开幕", body: ["展出作品200余件。"], primary: "文体活动", alsoExpected: []),
    Case(title: "女职工专场招聘会举行", body: ["80家企业提供岗位1200个。"], primary: "就业服务", alsoExpected: []),
    Case(title: "“春风行动”送岗位进社区", body: ["区总工会为失业职工提供职业介绍和就业援助。"], primary: "就业服务", alsoExpected: []),
    Case(title: "区总工会召开第十届会员代表大会", body: ["大会选举产生新一届委员会。"], primary: "组织建设与入会", alsoExpected: []),
    Case(title: "普惠服务进企业", body: ["为职工现场办理会员卡。"], primary: "组织建设与入会", alsoExpected: []),
    Case(title: "工会组织一线职工健康体检", body: ["500名环卫工人免费体检。"], primary: "慰问帮扶", alsoExpected: []),
    Case(title: "巾帼建功标兵受表彰", body: ["20名女职工获评三八红旗手。"], primary: "劳模工匠", alsoExpected: []),
  ]

  /// 新就业形态 names the outdoor workers, not employment services.
  @Test func newFormsOfEmploymentAreNoJobFair() {
    let result = taxonomy.classify(title: ["新就业形态劳动者集中入会"], body: ["外卖骑手和快递员在驿站填写入会申请。"])
    #expect(result.labelNames.contains("户外劳动者服务") && !result.labelNames.contains("就业服务"))
  }

  @Test(arguments: cases)
  func classifies(_ article: Case) {
    let result = taxonomy.classify(title: [article.title], body: article.body)
    #expect(result.primary == article.primary, "\(result.allScores.map { "\($0.label)=\($0.score)" })")
    for label in article.alsoExpected { #expect(result.labelNames.contains(label)) }
  }

  @Test func nothingMatchesGivesTheFallback() {
    let result = taxonomy.classify(title: ["编者按"], body: ["本版今日起刊发系列报道。"])
    #expect(result.labelNames == ["其他"])
    #expect(result.labels[0].cues.isEmpty)
  }

  @Test func titleCuesWeighMoreThanBodyCues() {
    let result = taxonomy.classify(title: ["职工健步走活动举行"], body: ["活动前，主办方慰问了环卫工人。"])
    #expect(result.primary == "文体活动")
  }

  @Test func cuesExplainTheLabel() throws {
    let result = taxonomy.classify(
      title: ["街道工会开展慰问活动"], body: ["为职工发放慰问品。", "慰问组一行走访了三家企业。"])
    let label = try #require(result.labels.first { $0.label == "慰问帮扶" })
    let visit = try #require(label.cues.first { $0.cue == "慰问" })
    #expect(visit.titleCount == 1)
    #expect(visit.bodyCount == 1)
    #expect(label.cues.contains { $0.cue == "慰问品" })
    #expect(label.score == 3 * 3 * 1 + 3 * 1 + 2 * 1)
    #expect(label.explanation.contains("慰问×2(标题1)"))
  }

  @Test func weakSingleCueIsBelowTheMinimum() {
    #expect(taxonomy.classify(title: ["年终工作会召开"], body: ["会上播放了宣传片。"]).primary == "其他")
  }

  @Test func dataIntegrity() throws {
    let table = try DataTable.bundled("activity-types.tsv")
    var seen: Set<String> = []
    for record in table.records {
      let key = record["label"] + "/" + record["cue"]
      #expect(!seen.contains(key), "activity-types.tsv:\(record.line): duplicate \(key)")
      seen.insert(key)
      if !record["cue"].isEmpty {
        #expect((1...3).contains(Int(record["weight"]) ?? 0), "activity-types.tsv:\(record.line)")
      }
    }
    #expect(taxonomy.fallback == "其他")
    #expect(
      Set(taxonomy.labels) == [
        "志愿服务", "户外劳动者服务", "文体活动", "联谊交友", "慰问帮扶", "劳模工匠", "心理关爱", "维权与劳动关系",
        "组织建设与入会", "学习宣讲", "技能与产改", "就业服务", "其他",
      ])
  }

  /// Every label has one English name, and no name serves two labels.
  @Test func everyLabelHasAnEnglishName() throws {
    let names = try DataTable.bundled("activity-labels.tsv").records.map { ($0["label"], $0["english"]) }
    #expect(Set(names.map(\.0)) == Set(taxonomy.labels))
    #expect(Set(names.map(\.1)).count == names.count)
    for label in taxonomy.labels {
      #expect(Language.en.activity(label) != label && Language.zh.activity(label) == label)
    }
  }
}
