// Mastheads (`Masthead`), editor credits, source credits and jump lines (`PageFurniture`), from their words.
import Testing
@testable import NewsCorpus
import ChineseText

private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

@Test(arguments: [
  "北京日报 2019年7月2日 第5版", "工人日报2021年6月8日", "2023年6月8日 星期四", "2023年6月8日星期四 农历四月廿一",
  "第05版：要闻", "要闻 第5版", "劳动午报·要闻 3", "二〇一九年七月二日 星期二", "2019-07-02 第A3版", "北京青年报 A3版 2024.5.10",
  // A union's newsletter: its union's name, a date, an issue.
  "门头沟区总工会  2024-07-15", "2023年第6期（总第118期）", "第12期", "昌平工会 2023年6月10日",
  // A district paper's name need not end with 报.
  "通州时讯 2024年3月8日",
  // A banner may end with the page's production credits; a post prints its account, date and time.
  "劳动午报 2023年6月8日 星期四 第3版 要闻 责任编辑：张岩 美编：李楠", "海淀区总工会 2021年06月25日 07:45",
  "2026年1月10日 08:30", "2022-07-18 17:30 发表于北京",
])
func mastheadsAreFurniture(line: String) {
  #expect(Masthead.isMasthead(scalars(line)))
}

/// A paper's name with its name in capitals is its masthead anywhere; the name in capitals alone only
/// where it opens the page, and a line of capitals with other words is none.
@Test(arguments: [
  ("劳动午报 LAODONG WUBAO", false, true), ("LAODONG WUBAO 劳动午报", false, true), ("工人日报 WORKERS' DAILY", false, true),
  ("北京晚报 BEIJING EVENING NEWS", false, true), ("劳动午报 LAODONG WUBAO 2016年6月8日 星期三", false, true),
  ("BEIJING DAILY", true, true), ("BEIJING DAILY", false, false), ("DAILY", true, false),
  ("APP上线 职工服务更便捷", true, false), ("北京工会 APP 上线", true, false),
])
func aPapersNameInCapitalsIsItsMasthead(line: String, atPageTop: Bool, expected: Bool) {
  #expect(Masthead.isMasthead(scalars(line), atPageTop: atPageTop) == expected)
}

/// What a dump prints where it left out a picture is no title and no text.
@Test(arguments: [
  ("[图片]", true), ("＜图片＞", true), ("<图片>", true), ("【图2】", true), ("(视频)", true), ("[IMG]", true),
  ("图片", true), ("视频", true), ("[图片新闻]", false), ("【图说】", false), ("图", false), ("照片", false),
  ("（图片由区总工会提供）", false),
])
func mediaPlaceholdersAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isMediaPlaceholder(TextNormalizer.normalize(line).scalars) == expected)
}

@Test(arguments: [
  "北京日报社工会举办职工运动会", "2024年5月1日 劳动最美", "第十届职工运动会开幕", "6月8日起 全市设86个伴考点", "北京日报",
  "2024年度首都志愿服务", "7月2日 暖心驿站开放", "全市16个区设立服务站 第5版见", "要闻 3",
  "昌平工会", "第三期职工培训班开班", "区总工会举办第6期劳模讲堂", "8:30 职工志愿者就位", "编辑部开放日 2023年6月8日 举行",
])
func headlinesAreNotMastheads(line: String) {
  #expect(!Masthead.isMasthead(scalars(line)))
}

@Test(arguments: [
  ("北京日报 2019年7月2日 第5版", Int?(2019)), ("二〇一九年七月二日 星期二", 2019), ("2019-07-02 第A3版", 2019),
  ("第05版：要闻", nil), ("职工运动会开幕", nil), ("2023年第6期（总第118期）", 2023), ("门头沟区总工会 2024-07-15", 2024),
  ("劳动午报 2023年6月8日 第3版 责任编辑：张岩", 2023),
])
func aMastheadPrintsItsYear(line: String, year: Int?) {
  #expect(Masthead.printedYear(scalars(line))?.year == year)
}

@Test(arguments: [
  ("责任编辑：张三", true), ("编辑 张三 校对 李四", true), ("本版编辑：王五 美编：赵六 刘七", true),
  ("编辑部全体人员参加活动", false), ("张三 编辑", false), ("编辑：", false), ("责任编辑：张三，校对李四。", false),
  ("本版编辑周宁", true), ("设计大赛", false), ("编辑部门", false),
  // Letter-spaced names the normaliser joined to the roles around them.
  ("本版责编李晓美编王芳", true), ("编辑部举办设计大赛", false),
  // A proof-reader glued to the editor before (`本版编辑 周 岩  校对 孙 琳`); an editor must be named.
  ("本版编辑周岩校对孙琳", true), ("校对孙琳审核王芳", false),
])
func editorCreditsAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isEditorCredit(scalars(line)) == expected)
}

/// A page's section name (after its page number) with its editors is a banner, never a headline.
@Test(arguments: [
  ("5  区县传真                                    本版编辑 周 岩  校对 孙 琳", true),
  ("职 工 之 家                                      责编 马 骏  版式 王 欣", true),
  ("工会动态   责任编辑：张岩 美编：李楠", true),
  ("九载伴考路  一片“娘家”情", false), ("区县传真", false), ("暖心伴考 十年同行", false),
  ("全市新建驿站1046家 本版编辑 周岩", false),
])
func sectionBannersAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isSectionBanner(TextNormalizer.normalize(line).scalars) == expected)
}

/// A printed page's number on a line of its own (a report's PDF pasted into a dump) is furniture.
@Test(arguments: [
  ("— 2 —", true), ("-5-", true), ("－3－", true), ("—— 12 ——", true), ("第 3 页", true), ("第2页 共10页", true), ("第2页/共10页", true),
  ("-", false), ("— —", false), ("—2024—", false), ("2", false), ("第3版", false), ("第三页", false), ("— 2 —新建驿站", false),
  ("-5-10", false), ("共10页", false), ("（第1页　共3页）", true), ("(第2页/共3页)", true), ("共3页　第1页", true),
  ("（第1页）共3页）", false), ("（第1页", false), ("（共3页）", false), ("（第1页　共3页）活动", false),
])
func pageNumbersAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isPageNumber(TextNormalizer.normalize(line).scalars) == expected)
}

@Test(arguments: [
  ("（上接第一版）", true), ("(下转第3版)", true), ("转A2版", true), ("【紧接第1版】", true), ("上接1版", true),
  ("（上接第一版）市总工会近日召开会议", false), ("转发文件", false), ("接待职工300人次", false),
])
func jumpLinesAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isJumpLine(scalars(line)) == expected)
}

@Test(arguments: [
  ("（来源：北京日报）", true), ("来源：工人日报", true), ("原载《劳动午报》", true), ("稿件来源：北京市总工会", true),
  // A table's note of where its figures came from.
  ("（数据来源：各区总工会　制表：本报记者 张晶）", true),
  ("来源于职工的需求，工会推出了新服务。", false), ("来源广泛", false),
])
func sourceCreditsAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isSourceCredit(scalars(line)) == expected)
}

@Test(arguments: [
  ("发布时间：2023-06-06 09:30:12  来源：北京市总工会", true), ("作者：宣传部", true), ("字号：大 中 小", true),
  ("分享到：", true), ("【打印】【关闭】", true), ("[打印本页] [关闭窗口]", true), ("上一篇：市总工会召开党组会议", true),
  ("时间：6月8日，地点：区职工之家。", false), ("来源于职工的建议", false), ("打印机送到了驿站", false), ("关闭", true),
  ("下一步，区总工会将继续推进驿站建设", false), ("2021-05-20 来源：北京工会新闻", true),
  ("2023年6月6日 09:30 作者：宣传部", true), ("2021-05-20", false), ("2021年5月20日 来源于职工的建议", false),
  ("2021年5月20日，区总工会召开会议", false), ("5月20日 来源：北京工会新闻 作者：宣传部", true),
  // A breadcrumb trail, not a sentence that opens with its words.
  ("首页 > 工会动态 > 区县工会", true), ("当前位置：首页 > 新闻中心 > 基层动态", true), ("您的位置：首页»工会新闻", true),
  ("首页>工会动态", true), ("首页推荐的文章", false), ("当前位置：区职工之家，大家正在排队", false),
  // A WeChat account's article: its header, buttons and end mark.
  ("原创 北京工会 北京工会 2025年06月08日 10:00 北京", true), ("原创 北京工会 2025-06-08", true), ("点击蓝字 关注我们", true),
  ("END", true), ("阅读原文", true), ("原创舞蹈《劳动者之歌》获奖", false), ("原创 作品，2025年6月8日获奖。", false),
  // Its call to follow the account, and its end mark between dashes.
  ("点击上方蓝字关注我们", true), ("点击上方“北京工会”，关注我们", true), ("—— END ——", true), ("-END-", true),
  ("点击量超过1万的文章受到关注。", false), ("——", false), ("—— 延伸阅读 ——", false),
  // Its collection tag and the address it takes contributions at.
  ("收录于合集 #职工服务 36个", true), ("收录于话题 #暖心伴考", true), ("投稿邮箱：hdgh@example.cn", true),
  ("收录于《北京工会年鉴》的文章，记录了驿站建设。", false),
  // A government site's open-information header, its field names letter-spaced to line up.
  ("索 引 号：11N000/2024-00312　　发布机构：大兴区总工会", true), ("文　　号：京兴工函〔2024〕9号　有 效 性：有效", true),
  ("主题分类：劳动、人事、监察", true), ("文号不全的文件，一律退回。", false),
])
func webPageFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isWebFurniture(scalars(line)) == expected)
}

@Test(arguments: [
  ("发布时间：2023-06-06 09:30:12", Int?(2023)), ("日期：2021年6月8日", 2021), ("发布日期:2019.07.02", 2019), ("作者：宣传部", nil),
  ("2021-05-20 来源：北京工会新闻", 2021), ("2023年6月6日 09:30 作者：宣传部", 2023), ("5月20日 来源：北京工会新闻", nil),
  ("原创 北京工会 北京工会 2025年06月08日 10:00 北京", 2025),
])
func aWebPageHeaderPrintsItsYear(line: String, year: Int?) {
  #expect(PageFurniture.webPublishedYear(scalars(line)) == year)
}

/// A site's name over its breadcrumb trail is the site's, not a headline.
@Test(arguments: [
  ("北京丰台", "首页 ＞ 丰台要闻 ＞ 正文", true), ("北京市大兴区人民政府", "首页　＞　政务公开　＞　建议提案办理", true),
  ("北京丰台", "丰台区借出238个站点", false), ("丰台区“借”出238个站点", "首页 ＞ 丰台要闻", false),
])
func aSiteNameOverItsBreadcrumbIsFurniture(line: String, next: String, expected: Bool) {
  #expect(PageFurniture.isSiteName(scalars(line), over: scalars(next)) == expected)
}

/// A post's counters under it are furniture, not a story: each counter word with its number.
@Test(arguments: [
  ("阅读3126在看58", true), ("阅读 3126  在看 58", true), ("阅读10万+ 点赞 1.2万", true),
  ("阅读书目3126本", false), ("在看台上", false), ("点赞300余名职工", false),
])
func aPostsCountersAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isWebFurniture(scalars(line)) == expected)
}

/// An official document's number on a line of its own (`京建工宣〔2021〕17号`) heads a notice or a press
/// release: it is furniture, never the headline.
@Test(arguments: [
  ("京建工宣〔2021〕17号", true), ("京总工办发[2023]12号", true), ("东工发〔2025〕3号", true), ("京工发（2024）103号", true),
  ("京工发〔2024〕号", false), ("〔2024〕3号", false), ("京工发〔24〕3号", false), ("第3号", false),
  ("京工发〔2024〕3号文件精神", false), ("按照京工发〔2024〕3号文件要求开展工作12345号", false),
])
func documentNumbersAreFurniture(line: String, expected: Bool) {
  #expect(PageFurniture.isDocumentNumber(TextNormalizer.normalize(line).scalars) == expected)
}
