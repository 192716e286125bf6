// A hand-built parsed corpus (new wording, not the seeds) that exercises every layout state.
import Extraction
import NewsCorpus

/// Facts, articles and mentions written for the tests: gaps, conflicts, breakdowns, running
/// totals, district figures, uncounted mentions, places outside Beijing, unknown years.
enum Fixture {
  static let fileA = "101_fixture_exams.txt"
  static let fileB = "102_fixture_rest.txt"
  static let fileC = "103_fixture_clubs.txt"

  static let examHeadline = "考场外的红马甲又来了"
  static let restHeadline = "驿站里的一杯热茶"
  static let clubHeadline = "职工书法社开课"
  static let chessHeadline = "象棋擂台赛落幕"

  /// A fact with plausible defaults; bounds follow the qualifier as the extractor sets them.
  static func fact(
    _ metric: Metric, _ surface: String, _ value: Double, qualifier: Qualifier = .exact, unit: String? = "名",
    year: Int? = 2022, programme: String? = "暖心伴考", scope: Scope = .citywide, subtype: String? = nil,
    cumulative: Bool = false, periodStart: Int? = nil, periodEnd: Int? = nil,
    file: String = fileA, line: Int, article: String = examHeadline, articleLine: Int = 3, quote: String
  ) -> Fact {
    let (low, high): (Double?, Double?) =
      switch qualifier {
      case .exact: (value, value)
      case .moreThan, .atLeast: (value, nil)
      case .nearly, .lessThan: (nil, value)
      case .about, .range: (nil, nil)
      }
    return Fact(
      file: file, line: line, article: article, articleLine: articleLine, programme: programme, metric: metric,
      subtype: subtype, scope: scope, year: year, cumulative: cumulative, periodStart: periodStart,
      periodEnd: periodEnd, value: value, low: low, high: high, qualifier: qualifier, unit: unit, surface: surface,
      quote: quote)
  }

  static let growthFacts: [Fact] = [
    fact(.volunteers, "12名", 12, year: 2016, line: 5, quote: "头一年只有12名职工志愿者在考点外支起遮阳伞"),
    fact(.stations, "30个", 30, unit: "个", year: 2020, line: 7, quote: "2020年全市搭起30个伴考服务点"),
    fact(.volunteers, "300余名", 300, qualifier: .moreThan, year: 2020, line: 7, quote: "300余名志愿者轮班值守"),
    fact(.stations, "50个", 50, unit: "个", line: 9, quote: "今年伴考服务点增至50个"),
    fact(.stations, "35个", 35, unit: "个", subtype: "高考", line: 9, quote: "其中高考点35个"),
    fact(.stations, "15个", 15, unit: "个", subtype: "中考", line: 9, quote: "中考点15个"),
    fact(.volunteers, "近500名", 500, qualifier: .nearly, line: 11, quote: "近500名志愿者身着红马甲"),
    fact(.volunteers, "600余名", 600, qualifier: .moreThan, line: 14, quote: "累计上岗的600余名志愿者"),
    fact(.packs, "2000个", 2000, unit: "个", line: 12, quote: "发放清凉伴考包2000个"),
    fact(.peopleServed, "20万余人次", 200_000, qualifier: .moreThan, unit: "人次", cumulative: true, periodStart: 2016,
         periodEnd: 2022, line: 16, quote: "七年来累计服务考生和家长20万余人次"),
    fact(.volunteers, "40名", 40, scope: .district("海淀区"), line: 18, quote: "海淀区40名职工志愿者守在人大附中考点"),
    fact(.stations, "3个", 3, unit: "个", scope: .district("延庆区"), line: 20, quote: "延庆区设了3个伴考点"),
  ]

  static let restFacts: [Fact] = [
    fact(.stations, "3000余家", 3000, qualifier: .moreThan, unit: "家", year: 2021, programme: "户外劳动者暖心驿站",
         file: fileB, line: 4, article: restHeadline, articleLine: 2, quote: "全市暖心驿站已达3000余家"),
    fact(.stations, "120家", 120, unit: "家", year: 2021, programme: "户外劳动者暖心驿站", scope: .district("朝阳区"),
         file: fileB, line: 6, article: restHeadline, articleLine: 2, quote: "朝阳区建成120家驿站"),
    fact(.stations, "8家", 8, unit: "家", year: 2021, programme: "户外劳动者暖心驿站", scope: .district("大兴区"),
         file: fileB, line: 8, article: restHeadline, articleLine: 2, quote: "大兴区8家驿站挂牌"),
    fact(.stations, "10家", 10, unit: "家", year: 2021, programme: "户外劳动者暖心驿站", scope: .district("大兴区"),
         file: fileB, line: 9, article: restHeadline, articleLine: 2, quote: "大兴区的10家驿站全天开放"),
    fact(.stations, "2家", 2, unit: "家", year: 2021, programme: "户外劳动者暖心驿站", scope: .outside("河北省廊坊市"),
         file: fileB, line: 11, article: restHeadline, articleLine: 2, quote: "廊坊市也借鉴建起2家驿站"),
  ]

  static let clubFacts: [Fact] = [
    fact(.participants, "120名", 120, year: 2021, programme: nil, scope: .district("西城区"), file: fileC, line: 4,
         article: clubHeadline, articleLine: 2, quote: "120名职工报名书法社"),
    fact(.participants, "近80人", 80, qualifier: .nearly, unit: "人", year: nil, programme: nil, scope: .district("丰台区"),
         file: fileC, line: 10, article: chessHeadline, articleLine: 8, quote: "近80人参加象棋擂台赛"),
    fact(.participants, "6组", 6, unit: "组", year: nil, programme: nil, scope: .district("丰台区"), file: fileC, line: 11,
         article: chessHeadline, articleLine: 8, quote: "6组亲子家庭观赛"),
  ]

  static let mentions: [StationMention] = [
    StationMention(
      file: fileB, line: 13, article: restHeadline, articleLine: 2, programme: "户外劳动者暖心驿站", kind: "暖心驿站",
      scope: .district("通州区"), year: 2021, quote: "通州区的暖心驿站也备好了热水"),
  ]

  static let articles: [ArticleRecord] = [
    ArticleRecord(
      file: fileA, lineStart: 3, lineEnd: 20, headline: examHeadline, reporters: ["周明"], year: 2022,
      yearEvidence: YearEvidence(.relativeToThePage, quote: "今年", line: 4), places: [.citywide, .district("海淀区"), .district("延庆区")],
      activityTypes: ["志愿服务"], cues: ["志愿服务": ["志愿者", "伴考"]], paragraphCount: 6),
    ArticleRecord(
      file: fileB, lineStart: 2, lineEnd: 13, headline: restHeadline, correspondents: ["吴桐"], year: 2021,
      yearEvidence: YearEvidence(.latestStated, quote: "2021年", line: 3), flags: [ArticleFlag(.repeatedParagraph, line: 9)],
      places: [.citywide, .district("朝阳区"), .district("大兴区"), .district("通州区"), .outside("河北省廊坊市")],
      activityTypes: ["户外劳动者服务"], cues: ["户外劳动者服务": ["驿站"]], paragraphCount: 5),
    ArticleRecord(
      file: fileC, lineStart: 2, lineEnd: 6, headline: clubHeadline, year: 2021, yearEvidence: YearEvidence(.latestStated, quote: "2021年", line: 3),
      places: [.district("西城区")], activityTypes: ["文体活动"], cues: ["文体活动": ["书法"]], paragraphCount: 2),
    ArticleRecord(
      file: fileC, lineStart: 8, lineEnd: 12, headline: chessHeadline, year: nil, yearEvidence: YearEvidence(.noSupport),
      places: [.district("丰台区")], activityTypes: ["文体活动", "职工家庭"], cues: ["文体活动": ["象棋"]], paragraphCount: 2),
    ArticleRecord(
      file: fileC, lineStart: 14, lineEnd: 15, headline: nil, year: 2021, yearEvidence: YearEvidence(.latestStated, quote: "2021年", line: 14),
      flags: [ArticleFlag(.fragment, line: 14)], places: [], activityTypes: [], paragraphCount: 1),
  ]

  static let corpus = ParsedCorpus(
    files: [
      .init(file: fileA, bytes: 2_345, encoding: "UTF-8", year: 2022, articleCount: 1),
      .init(file: fileB, bytes: 1_234, encoding: "GB18030", year: 2021, articleCount: 1),
      .init(file: fileC, bytes: 987, encoding: "UTF-8", year: nil, articleCount: 3),
    ],
    articles: articles, facts: growthFacts + restFacts + clubFacts, stationMentions: mentions,
    diagnostics: [.init(file: fileC, line: 14, severity: .warning, message: "paragraph ends mid-sentence")])
}
