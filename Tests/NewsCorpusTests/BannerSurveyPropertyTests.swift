import PropertyBased
import Testing

@testable import NewsCorpus

/// The streaming loader's banner pass reads only the top of a page; whatever the page, it must find
/// the candidates the in-memory loader finds reading the whole page.
@Test func theSurveyFindsTheCandidatesOfTheWholePageOnAnyPage() async {
  // Lines of the kinds a page top holds: titles and banners (short, unpunctuated), bylines,
  // datelines, body sentences, blank lines, and lines long enough to run past the decoded top.
  let kinds = [
    "要闻", "北京工会报", "劳动者之家", "暖心驿站专版", "第3版", "本期导读", "伴考十年路", "工会 新闻",
    "本报记者 陆川", "本报讯（记者 陆川）", "2024年6月8日 星期六", "市总工会开展“暖心伴考”服务。",
    "区工会在辖区内新建了一批职工驿", "站，为户外劳动者提供服务。", "", "", "   ",
    String(repeating: "长", count: 3_000) + "。", String(repeating: "题", count: 3_000),
  ]
  let line = Gen.int(in: 0...(kinds.count - 1)).map { kinds[$0] }
  await propertyCheck(count: 300, input: line.array(of: 0...14)) { lines in
    let page = Array((lines.joined(separator: "\n") + "\n").utf8)
    guard let staged = try? StagedFile(bytes: page, file: "p.txt") else {
      #expect(throws: CorpusDiagnostic.self) { try BannerSurvey(bytes: page, file: "p.txt") }
      return
    }
    let survey = try? BannerSurvey(bytes: page, file: "p.txt")
    #expect(survey?.candidates == staged.topTitleKeys)
  }
}
