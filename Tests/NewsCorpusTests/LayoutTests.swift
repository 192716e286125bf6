// Each layout trait of newspaper dumps, on small pages written for the tests.
import Testing
@testable import NewsCorpus

/// Parses a page given as text.
func parse(_ text: String, file: String = "page.txt") throws -> Document {
  try Document.parse(bytes: Array(text.utf8), file: file)
}

/// One case: a page and what its articles' (headline, body lines) must be.
struct LayoutCase: CustomTestStringConvertible, Sendable {
  var name: String
  var page: String
  var articles: [(headline: String?, body: ClosedRange<Int>?)]
  var testDescription: String { name }
}

let layoutCases: [LayoutCase] = [
  LayoutCase(
    name: "line broken mid-word with blank lines between",
    page: "社区工会开办暑期托管班\n\n本报讯（记者 周明）今年暑假，社区工会为双职工家庭开办了托管\n\n班，每天接收四十名\n\n孩子。\n",
    articles: [("社区工会开办暑期托管班", 3...7)]),
  LayoutCase(
    name: "kicker with dash, headline, subtitle",
    page: "聚焦一线职工冷暖——\n\n区总工会走访慰问环卫工人\n\n送去防暑物资三百份\n\n本报讯（记者 何静 通讯员 马力）昨天上午，区总工会走访了辖区环卫站点。\n",
    articles: [("区总工会走访慰问环卫工人", 7...7)]),
  LayoutCase(
    name: "letter-spaced headline",
    page: "向 上 生 长\n\n本报记者 宋远\n\n青年职工在技能比赛中脱颖而出，获得了一等奖。\n",
    articles: [("向上生长", 5...5)]),
  LayoutCase(
    name: "markdown headings and bold byline",
    page: "# 工会开展技能培训\n\n**本报讯 (记者 吴凡)**本月，工会组织电工参加了技能培训。\n\n## 职工篮球赛落幕\n\n**本报讯 (记者 吴凡 通讯员 赵一)**经过五天角逐，职工篮球赛落下帷幕。\n",
    articles: [("工会开展技能培训", 3...3), ("职工篮球赛落幕", 7...7)]),
  LayoutCase(
    name: "titles printed after their bodies",
    page: "本报记者 韩松\n\n快递站点里，新添了一台\n\n微波炉，骑手可以热饭。\n\n站点有了新设备\n\n本报讯（记者 方圆）近日，工会为一百名骑手送上\n\n了清凉包。\n\n骑手收到清凉包\n",
    articles: [("站点有了新设备", 3...5), ("骑手收到清凉包", 9...11)]),
  LayoutCase(
    name: "byline spanning two lines",
    page: "园区工会成立志愿队\n\n本报讯（记者 冯雪 通讯员 邱\n\n实）日前，园区工会成立了职工志愿服务队。\n",
    articles: [("园区工会成立志愿队", 3...5)]),
  LayoutCase(
    name: "photo caption with its own title and a credit line",
    page: "工会开展健步走\n\n本报讯（记者 郝杰）周末，三百名职工参加了健步走活动。\n\n职工在公园赏花\n\n春日里，职工们在公园赏花留影。\n\n本报记者 郝杰 摄\n",
    articles: [("工会开展健步走", 3...3), ("职工在公园赏花", 7...7)]),
  LayoutCase(
    name: "banner and column label dropped",
    page: "# 凝心聚力 共谱新篇\n\n## 工会书屋开放\n\n本报讯（记者 钟灵）书屋今天起对全体职工开放。\n\n工 会 日 记\n",
    articles: [("工会书屋开放", 5...5)]),
  LayoutCase(
    name: "a level-1 heading over its byline is a headline, on a page with deeper headings too",
    page: "### 志愿服务覆盖全市各区\n\n本报讯（记者 高涛）全市共设置68个伴考服务点。\n\n# 门头沟区21名职工志愿者暖心伴考\n\n 本报记者 龙思洁\n\n今年全区共设6个服务点。\n",
    articles: [("志愿服务覆盖全市各区", 3...3), ("门头沟区21名职工志愿者暖心伴考", 9...9)]),
  LayoutCase(
    name: "a level-1 heading over an opening byline bracket is a headline",
    page: "### 志愿服务覆盖全市各区\n\n本报讯（记者 高涛）全市共设置68个伴考服务点。\n\n# 渔阳地区总工会走访慰问环卫工人\n\n**本报讯(记者邓娜阳 通讯员宋阳)\n\n**近日,平谷区渔阳地区总工会开展走访慰问。\n",
    articles: [("志愿服务覆盖全市各区", 3...3), ("渔阳地区总工会走访慰问环卫工人", 9...9)]),
  LayoutCase(
    name: "bare datelines without a reporter bracket open their articles",
    page: "送温暖活动启动\n\n本报讯（记者 韩雪）市总工会启动送温暖活动。\n\n劳模疗休养\n\n本报讯 今年，860名劳模参加疗休养。\n\n职工书屋\n\n中工网讯 全市已建成职工书屋4200余家。\n\n喜讯传来\n\n喜讯传来，职工们十分高兴。\n",
    articles: [("送温暖活动启动", 3...3), ("劳模疗休养", 7...7), ("职工书屋", 11...15)]),
  LayoutCase(
    name: "headline whose figure groups its digits with a comma",
    page: "全市暖心驿站达1,523家\n\n本报讯（记者 王小明）截至今年6月底，本市已建成户外劳动者暖心驿站1,523家。\n",
    articles: [("全市暖心驿站达1,523家", 3...3)]),
  LayoutCase(
    name: "masthead, editor credits and jump lines around the stories",
    page: "北京日报 2019年7月2日 星期二 第5版\n\n责任编辑：张三 校对：李四\n\n（上接第一版）\n\n户外劳动者有了“歇脚地”\n\n"
      + "本报讯（记者 王莉）记者从市总工会获悉，全市新建驿站300家。\n\n（下转第3版）\n",
    articles: [("户外劳动者有了“歇脚地”", 9...9)]),
  LayoutCase(
    name: "headline led by its place and a colon",
    page: "慰问组听取了劳模的意见建议。\n\n旧宫镇:暖心驿站开到劳动者身边\n\n本报讯（记者 王莉）近日，旧宫镇总工会又有一批暖心驿站挂牌。\n",
    articles: [(nil, 1...1), ("旧宫镇:暖心驿站开到劳动者身边", 5...5)]),
  LayoutCase(
    name: "titles last, one led by a district's short name and a colon",
    page: "本报记者 赵琳\n\n海淀区今年共设置伴考服务站点15个。\n\n海淀：暖心伴考站点增至15个\n\n"
      + "本报讯（记者 赵琳）朝阳区总工会今年设立服务站20个。\n\n朝阳暖心伴考再升级\n",
    articles: [("海淀:暖心伴考站点增至15个", 3...3), ("朝阳暖心伴考再升级", 7...7)]),
  LayoutCase(
    name: "subtitle that lists with punctuation, between headline and byline",
    page: "上一篇的正文结束了。\n\n昌平南口镇49家暖心驿站正式启用\n\n热饭、饮水、歇脚、充电 一站解决\n\n本报讯（记者 贺梅鹏）近日，南口镇建成驿站49家。\n",
    articles: [(nil, 1...1), ("昌平南口镇49家暖心驿站正式启用", 7...7)]),
  LayoutCase(
    name: "reprint: original-title label, 文/图 byline, source credit",
    page: "原标题：北京工会“暖心伴考”服务全面启动\n\n文/图 本报记者 王岩\n\n今年，西城区总工会设立伴考服务站12个。\n\n（来源：北京日报）\n",
    articles: [("北京工会“暖心伴考”服务全面启动", 5...5)]),
  LayoutCase(
    name: "a name the masthead rules do not know over a dated date, opening the page",
    page: "首都职工 2026年1月15日\n\n伴考服务站点增至126个\n\n本报讯（记者 陈晨）全市共设立伴考服务站点126个。\n",
    articles: [("伴考服务站点增至126个", 5...5)]),
  LayoutCase(
    name: "a web headline under its column's name, with a comma, opening the page",
    page: "盘点2025 | 这一年，工会服务有温度\n\n2025年，全市各级工会办成了一批实事。\n",
    articles: [("盘点2025|这一年,工会服务有温度", 3...3)]),
  LayoutCase(
    name: "a review's sections in square brackets, inside one story with no byline",
    page: "这一年 工会服务有温度\n\n2025年，全市各级工会办成了一批实事。\n\n【暖心伴考】\n全市共设立伴考服务站点126个。\n\n【暖心驿站】\n全年新建驿站260家。\n",
    articles: [("这一年工会服务有温度", 3...9)]),
  LayoutCase(
    name: "masthead glued to its date, with a page number",
    page: "劳动午报·要闻 3\n工人日报2021年6月8日\n\n伴考服务站点增至86个\n\n本报讯（记者 陈晨）今年全市共设置伴考服务站点86个。\n",
    articles: [("伴考服务站点增至86个", 6...6)]),
  LayoutCase(
    name: "masthead with a lettered page and a section after the paper",
    page: "2024年6月8日 星期六 北京青年报 A05 城事\n\n伴考服务站点增至16个\n\n本报讯（记者 张扬）今年朝阳区设立伴考服务站点16个。\n",
    articles: [("伴考服务站点增至16个", 5...5)]),
  LayoutCase(
    name: "a box of figures, each with its label and a colon, a row a line",
    page: "暖心驿站温暖劳动者\n\n本报讯（记者 刘青）本市驿站建设提速。\n全市暖心驿站：1460家\n职工志愿者：3000名\n其中，海淀区驿站最多。\n",
    articles: [("暖心驿站温暖劳动者", 3...6)]),
  LayoutCase(
    name: "titles last, a photo caption under a title goes with the story above it",
    page: "本报讯（记者 张扬）朝阳区总工会设立服务站16个。\n\n朝 阳 工 会 暖 心 伴 考\n\n志愿者为考生家长送上饮用水。 本报记者 王刚 摄\n\n"
      + "本报讯（通讯员 李娜）丰台区总工会在8个考点设立服务站。\n\n丰台：8个考点设立服务站\n",
    articles: [("朝阳工会暖心伴考", 1...5), ("丰台:8个考点设立服务站", 7...7)]),
  LayoutCase(
    name: "titles last, a photo story with a title of its own after a story's title",
    page: "本报讯（记者 乔丽）职工象棋比赛举行，19支代表队参赛。\n\n19支代表队角逐象棋比赛\n\n职工读书会上，173名职工参加。\n\n本报记者 孔立 摄影报道\n\n"
      + "书 香 润 心\n\n本报讯（记者 钱凯）青年交友活动举办。\n\n青年职工共赴春日之约\n",
    articles: [("19支代表队角逐象棋比赛", 1...1), ("书香润心", 5...5), ("青年职工共赴春日之约", 11...11)]),
  LayoutCase(
    name: "a title-first page whose first story has its title printed under it, then a jump",
    page: "本报记者 赵蕾 通讯员 孙海\n\n记者从顺义区总工会获悉，该区新建户外劳动者服务站点28个，全区站点总数达到126个。\n\n"
      + "顺 义 新 建 28 个 户 外 劳 动 者 驿 站\n\n（上接第1版）\n\n此外，怀柔区总工会为136名困难职工子女发放助学金。\n\n"
      + "职工书屋开放\n\n本报讯（记者 钟灵）书屋今天起对全体职工开放。\n",
    articles: [("顺义新建28个户外劳动者驿站", 3...3), (nil, 9...9), ("职工书屋开放", 13...13)]),
  LayoutCase(
    name: "a title over a photo caption is the photo story's, even under an untitled story it matches",
    page: "本报记者 赵蕾\n\n记者从顺义区总工会获悉，该区新建户外劳动者服务站点28个。\n\n"
      + "顺 义 新 建 28 个 户 外 劳 动 者 驿 站\n\n近日，职工趣味运动会举行。图为活动现场。\n\n本报记者 徐悦 摄影报道\n\n"
      + "趣味运动会 乐享好时光\n\n本报讯（记者 钟灵）书屋今天起开放。\n",
    articles: [(nil, 3...3), ("顺义新建28个户外劳动者驿站", 7...7), ("趣味运动会乐享好时光", 13...13)]),
  LayoutCase(
    name: "a title after an untitled story that shares only the page's common words stays a cross-head",
    page: "本报记者 赵蕾\n\n市总工会工作人员介绍，工会驿站为职工服务。\n\n市总工会相\n\n"
      + "近日，顺义区举办职工趣味运动会。\n\n职工书屋开放\n\n本报讯（记者 钟灵）市总工会的书屋今天起开放。\n"
      + "市总工会服务职工。\n",
    articles: [(nil, 3...7), ("职工书屋开放", 11...12)]),
  LayoutCase(
    name: "titles last, an untitled story after a title whose words are the story's above it",
    page: "本报讯（记者 王芳）市总工会开展“暖心伴考”服务，全市设立服务站点78个，服务考生及家长逾3万人次。\n\n"
      + "“暖 心 伴 考”三 年 服 务 考 生 家 长 逾 三 万 人 次\n\n"
      + "春节前夕，怀柔区总工会走访慰问困难职工386户。\n\n困难职工家中迎来“娘家人”\n",
    articles: [("“暖心伴考”三年服务考生家长逾三万人次", 1...1), ("困难职工家中迎来“娘家人”", 5...5)]),
  LayoutCase(
    name: "titles last, a plain title over an untitled story that opens with its time",
    page: "本报讯（记者 王芳）市总工会开展“暖心伴考”服务，全市设立服务站点78个，服务考生及家长逾3万人次。\n\n"
      + "暖心伴考服务考生家长逾三万人次\n\n春节前夕，怀柔区总工会走访慰问困难职工386户。\n\n困难职工家中迎来“娘家人”\n",
    articles: [("暖心伴考服务考生家长逾三万人次", 1...1), ("困难职工家中迎来“娘家人”", 5...5)]),
  LayoutCase(
    name: "titles last, a line a column broke out of a sentence stays in its story though it shares its words",
    page: "本报讯（记者 柳姗姗）记者从长春市职工服务中心获悉，该中心为企业复工复产贡献工会力量。\n\n"
      + "长春市职工服务中心将12351职工服务\n\n热线升级为24小时服务，为职工提供政策宣传。\n\n长春市职工服务中心助力复工复产\n",
    articles: [("长春市职工服务中心助力复工复产", 1...5)]),
  LayoutCase(
    name: "titles last, a cross-head whose words are the text's after it stays in its story",
    page: "本报讯（记者 张扬）朝阳区总工会设立服务站16个，志愿者300名。\n\n驿站配备微波炉\n\n"
      + "各驿站配备饮水机和微波炉，户外劳动者可以热饭歇脚。\n\n朝阳工会暖心伴考\n",
    articles: [("朝阳工会暖心伴考", 1...5)]),
  LayoutCase(
    name: "a news-in-brief column's name over its first item's title",
    page: "工会动态\n\n门头沟区总工会举办职工趣味运动会\n\n9月20日，门头沟区总工会举办第五届职工趣味运动会，500余名职工参加。\n\n"
      + "大兴区总工会开展“金秋助学”活动\n\n日前，大兴区总工会为136名困难职工子女发放助学金。\n",
    articles: [("门头沟区总工会举办职工趣味运动会", 5...5), ("大兴区总工会开展“金秋助学”活动", 9...9)]),
  LayoutCase(
    name: "a caption with its supplier in brackets stays with the story above, never the next title's kicker",
    page: "# 单身青年职工联谊会举办\n\n5月16日，区总工会举办联谊会，200余名单身职工参加。\n\n图为联谊会现场。（通州区总工会供图）\n\n"
      + "# 延庆表彰劳动模范\n\n延庆区日前召开劳动模范表彰大会。\n",
    articles: [("单身青年职工联谊会举办", 3...5), ("延庆表彰劳动模范", 9...9)]),
  LayoutCase(
    name: "a photo between a headline and its dateline, credited to its source, is that story's; a placeholder is furniture",
    page: "BEIJING DAILY\n北京日报 2019年7月16日 星期二 第6版\n\n户外劳动者有了“歇脚儿”的地方\n\n[图片]\n"
      + "图为西城区一处暖心驿站内，快递小哥在休息。 图片来源：西城区总工会\n\n本报讯（记者 孙乐琪）截至今年6月底，本市已建成暖心驿站1008家。\n",
    articles: [("户外劳动者有了“歇脚儿”的地方", 7...9)]),
  LayoutCase(
    name: "a caption whose photographer's name is letter-spaced stays a caption, never the next title",
    page: "职工运动会闭幕\n\n本报讯 历时两个月的职工运动会落下帷幕，4800余名职工参赛。\n\n图为篮球比赛现场。本报记者 孙 杰 摄\n\n\n"
      + "健步走 走出好心情\n\n本报讯 近日，街道总工会组织近600名职工开展健步走活动。\n",
    articles: [("职工运动会闭幕", 3...5), ("健步走走出好心情", 10...10)]),
  LayoutCase(
    name: "a rule across the page ends a story; a title under it may be as wide as the column",
    page: "东城区站点达67家\n\n本报讯 记者从东城区总工会获悉，目前全区户外劳动者服务站点总数达到67家，今年新增5家站点。\n\n"
      + "------------\n\n西城区：金融街街道站点获评全国工会最美户外劳动者服务站点\n\n"
      + "近日，全国总工会公布2025年度全国工会最美户外劳动者服务站点名单，西城区金融街街道的站点入选。\n",
    articles: [("东城区站点达67家", 3...3), ("西城区:金融街街道站点获评全国工会最美户外劳动者服务站点", 9...9)]),
  LayoutCase(
    name: "a post's account over its date and time is furniture, and the headline under it may hold commas",
    page: "北京经开区总工会\n2026-06-05 18:00\n\n【暖心伴考】亦庄“工”护高考，我们准备好了！\n\n今年经开区设立服务点6个，志愿者150名。\n",
    articles: [("【暖心伴考】亦庄“工”护高考,我们准备好了!", 6...6)]),
  LayoutCase(
    name: "a post's account by its short name over the header that names it in full is furniture, and so is its collection tag",
    page: "海淀工会\n原创 海淀区总工会 海淀工会 2021-10-18 18:30 发表于北京\n收录于合集 #职工服务 36个\n\n"
      + "金秋有约｜海淀区青年职工交友联谊活动圆满落幕\n\n10月16日，海淀区总工会举办联谊活动，300名青年职工参加。\n",
    articles: [("金秋有约|海淀区青年职工交友联谊活动圆满落幕", 7...7)]),
  LayoutCase(
    name: "a post's account by its short name over its full name, date and time is furniture",
    page: "丰台工会\n丰台区总工会 2024年07月12日 17:05 北京\n\n女职工关爱｜丰台区已建成女职工休息室168个\n\n"
      + "截至2024年6月底，丰台区已建成女职工休息室168个。\n",
    articles: [("女职工关爱|丰台区已建成女职工休息室168个", 6...6)]),
  LayoutCase(
    name: "an account's name over a date alone is furniture",
    page: "北京亦庄\n2023年9月15日\n\n经开区新建户外劳动者服务站点\n\n记者获悉，今年以来经开区新建户外劳动者服务站点15家。\n",
    articles: [("经开区新建户外劳动者服务站点", 6...6)]),
  LayoutCase(
    name: "a post's date line may end with where it was sent from; its call to follow is furniture",
    page: "通州工会\n2024年6月9日 20:15 北京\n点击上方蓝字关注我们\n\n暖心伴考｜副中心职工志愿者在行动，我们准备好了！\n\n"
      + "6月7日至8日，通州区总工会组织将近四百名职工志愿者走上街头。\n\n—— END ——\n",
    articles: [("暖心伴考|副中心职工志愿者在行动,我们准备好了!", 7...7)]),
  LayoutCase(
    name: "a report's numbered section headings are cross-heads of the report, not stories",
    page: "房山区总工会工作报告（摘登）\n\n各位委员：2020年，区总工会团结带领全区职工攻坚克难。\n\n"
      + "（一）暖心伴考不断线\n全区共有志愿者680名参与服务。\n\n2. 驿站建设\n全区累计建成驿站47家。\n",
    articles: [("房山区总工会工作报告(摘登)", 3...9)]),
  LayoutCase(
    name: "a post's sections under pictographs are cross-heads; the first one under its headline is no subtitle",
    page: "【聚焦】顺义：暖心伴考 驿站同行\n顺义区总工会 2022年6月8日\n\n💡高考期间\n顺义区总工会组织志愿者180名。\n\n"
      + "📌 驿站服务暖人心\n顺义区现有户外劳动者暖心驿站86家。\n",
    articles: [("【聚焦】顺义:暖心伴考驿站同行", 5...8)]),
  LayoutCase(
    name: "a box's heading after an author's mark (■ 驿站总量) is no byline; its rows after middle dots are the story's",
    page: "朝阳区暖心驿站半年报\n\n本报讯（记者 李明）截至今年6月底，朝阳区已建成暖心驿站1186个。\n\n"
      + "■ 驿站总量\n　· 全区驿站：1186个\n　· 其中24小时驿站：97个\n\n■张岩\n",
    articles: [("朝阳区暖心驿站半年报", 3...7)]),
  LayoutCase(
    name: "a post's headline over its account, date and time may shout",
    page: "【中考加油】海淀工会“暖心伴考”来啦！💪\n海淀区总工会 2021年06月25日 07:45\n\n"
      + "2021年北京市中考于6月25日至27日举行，海淀区总工会“暖心伴考”志愿服务队已在各考点外集结完毕！\n",
    articles: [("【中考加油】海淀工会“暖心伴考”来啦!💪", 4...4)]),
  LayoutCase(
    name: "a banner that ends with its editors' names is furniture, not the first story's text",
    page: "劳动午报　2023年6月8日　星期四　第3版　要闻　　责任编辑：张　岩\n\n全市职工志愿者再上岗\n\n"
      + "本报讯（记者 赵 雪　通讯员 刘 畅）6月7日清晨，东城区考点外支起了红色帐篷。\n",
    articles: [("全市职工志愿者再上岗", 5...5)]),
  LayoutCase(
    name: "a bare name in brackets signs the story above; a rule of box-drawing dashes ends it",
    page: "津城工会助考护航队上岗\n\n本报讯（记者 张玺）天津市总工会组织3000余名职工志愿者走进考点。\n（张玺）\n"
      + "┄┄┄┄┄┄┄┄┄┄┄┄\n\n北京：暖心驿站落户东城胡同\n\n本报讯（记者 陈华）东城区已建成暖心驿站56家。\n",
    articles: [("津城工会助考护航队上岗", 3...3), ("北京:暖心驿站落户东城胡同", 9...9)]),
  LayoutCase(
    name: "a related story's name (图片新闻, —— 延伸阅读 ——) is its kicker, not its headline",
    page: "图片新闻\n\n酷暑里的歇脚点\n\n通州区新建户外劳动者服务站点25家。\n\n—— 延伸阅读 ——\n\n驿站里的一天\n\n早上七点，驿站开门了。\n",
    articles: [("酷暑里的歇脚点", 5...5), ("驿站里的一天", 11...11)]),
  LayoutCase(
    name: "a paper's name over its dateline is its masthead, not the first story's title",
    page: "延庆报\n2018年6月12日　星期二　第2版　要闻\n\n“暖心伴考”温暖妫川考场\n\n本报讯 今年延庆区200余名职工志愿者参与服务。\n",
    articles: [("“暖心伴考”温暖妫川考场", 6...6)]),
  LayoutCase(
    name: "a line the column broke inside a number is text, not a title",
    page: "海淀驿站超百家\n\n本报讯 截至6月底，该区已建成暖心驿站106家。\n海淀区总工会还组织了由3\n50名职工组成的志愿服务队。\n",
    articles: [("海淀驿站超百家", 3...5)]),
]

@Test(arguments: layoutCases)
func segmentsEachLayoutTrait(_ layout: LayoutCase) throws {
  let document = try parse(layout.page)
  let got = document.articles.map { ($0.headline.map { $0.replacingOccurrences(of: " ", with: "") }, $0.bodyLines) }
  #expect(got.count == layout.articles.count, "\(got)")
  for (article, expected) in zip(got, layout.articles) {
    #expect(article.0 == expected.headline)
    #expect(article.1 == expected.body)
  }
}

/// A line that opens with 其中 goes on with the paragraph above, even after a sentence end that a
/// column set at the end of the line before: it breaks down what that sentence counted.
@Test func aLineOpeningWith其中GoesOnWithTheParagraphAbove() throws {
  let document = try parse(
    "驿站覆盖全部街乡\n\n本报讯（记者 马超）昌平区已建成户外劳动者服务站点312家。\n其中，回龙观街道28家。\n据统计，站点服务18.6万人次。\n")
  let paragraphs = try #require(document.articles.first?.paragraphs)
  #expect(paragraphs.map(\.lines) == [3...4, 5...5])
}

/// A report's printed page number (`— 2 —`) neither ends its story nor its sentence: the text runs on
/// across it, and the section after it stays in the same article.
@Test func aPrintedPageNumberIsPassedOver() throws {
  let document = try parse(
    "区总工会工作报告\n\n（一）阵地建设。全区累计建成站点四百一十二家，较20\n\n— 2 —\n\n16年底增加三百二十六家。\n\n（二）志愿服务。全区现有志愿服务队六十三支。\n\n-3-\n")
  #expect(document.articles.count == 1)
  let paragraphs = try #require(document.articles.first?.paragraphs)
  #expect(paragraphs.map(\.normalized) == ["(一)阵地建设。全区累计建成站点四百一十二家,较2016年底增加三百二十六家。", "(二)志愿服务。全区现有志愿服务队六十三支。"])
}

/// A press release headed by its document number (`京建工宣〔2021〕17号`) is titled by its headline, and
/// the page marks at its pages' feet (`（第1页　共3页）`) neither title nor end a story.
@Test func aPressReleasesNumberAndPageMarksAreNoHeadlines() throws {
  let document = try parse(
    "京建工宣〔2021〕17号\n\n首都建设者“清凉”有保障\n\n　　截至7月15日，市建设工会深入全市在建工地136个，慰问建筑工人\n"
      + "（第1页　共3页）\n\n4.2万人次。\n　　活动期间，市建设工会组织志愿服务队18支。\n（第2页　共3页）\n")
  #expect(document.articles.map(\.headline) == ["首都建设者“清凉”有保障"])
  let paragraphs = try #require(document.articles.first?.paragraphs)
  #expect(paragraphs.map(\.normalized) == ["截至7月15日,市建设工会深入全市在建工地136个,慰问建筑工人4.2万人次。", "活动期间,市建设工会组织志愿服务队18支。"])
}

/// The rules a table is drawn with (over and under its header, above its total) end no story.
@Test func aTablesRulesEndNoStory() throws {
  let document = try parse(
    "各区站点建设情况\n\n本报讯（记者 李明）截至2022年底，各区站点情况如下：\n"
      + "──────────────────\n区          站点数（个）    志愿者人数（名）\n──────────────────\n"
      + "东城区          286              1320\n西城区          412              1865\n──────────────────\n"
      + "合  计          698              3185\n──────────────────\n")
  #expect(document.articles.count == 1)
  #expect(document.articles.first?.paragraphs.count == 5)
}

/// A saved web page: the site's name over its breadcrumb is no headline; a subtitle between the
/// headline and the page's header (date, 来源) is a title, so the header still dates the page.
@Test func aWebPagesSiteNameAndSubtitle() throws {
  let document = try parse(
    "北京丰台\n首页 ＞ 丰台要闻 ＞ 正文\n\n丰台区“借”出238个户外劳动者服务站点\n加油站、营业厅都成了“歇脚点”\n\n"
      + "2019-07-16 09:12　　来源：丰台区融媒体中心　　作者：王亚楠\n\n记者从丰台区总工会了解到，截至6月底，丰台区累计建成站点238个。\n")
  let article = try #require(document.articles.first)
  #expect(document.articles.count == 1)
  #expect(article.headline == "丰台区“借”出238个户外劳动者服务站点")
  #expect(article.paragraphs.map(\.lines) == [9...9])
  #expect(article.year == 2019)
}

/// A reply's title over whom it addresses (`张××委员：`) is its headline, not the start of its text.
@Test func aTitleOverASalutationIsAHeadline() throws {
  let document = try parse(
    "关于区政协第0156号提案的答复\n\n张××委员：\n　　您提出的提案收悉。经认真研究，现答复如下：全区累计建成站点486家。\n")
  let article = try #require(document.articles.first)
  #expect(article.headline == "关于区政协第0156号提案的答复")
}

@Test func aParagraphBrokenMidWordIsRejoinedWithoutSpaces() throws {
  let document = try parse("托管班开班\n\n本报讯（记者 周明）工会为双职工家庭开办了托管\n\n班，每天接收 4 0 名孩子。\n")
  let paragraph = try #require(document.articles.first?.paragraphs.first)
  #expect(paragraph.text == "工会为双职工家庭开办了托管班，每天接收 4 0 名孩子。")
  #expect(paragraph.normalized == "工会为双职工家庭开办了托管班,每天接收40名孩子。")
  #expect(paragraph.lines == 3...5)
}

@Test(arguments: [
  ("本报讯（记者 崔明 通讯员 林立）正文开始。", Byline(reporters: ["崔明"], correspondents: ["林立"])),
  ("本报讯 (记者 唐宁)正文开始。", Byline(reporters: ["唐宁"])),
  ("本报讯(记者孔亮 实习记者严冬)正文开始。", Byline(reporters: ["孔亮", "严冬"])),
  ("本报记者 田野 李想 本报通讯员 石磊", Byline(reporters: ["田野", "李想"], correspondents: ["石磊"])),
  ("劳动网记者 鲁平", Byline(reporters: ["鲁平"])),
  ("□夏雨", Byline(reporters: ["夏雨"])),
  ("■本报记者 孙艳 通讯员 张伟", Byline(reporters: ["孙艳"], correspondents: ["张伟"])),
  ("文/本报记者 刘欣 图/本报记者 于佳", Byline(reporters: ["刘欣"], photographers: ["于佳"])),
  ("文/本报记者 张静 摄/本报记者 李飞", Byline(reporters: ["张静"], photographers: ["李飞"])),
  // A paper's dateline may name where the story was filed from.
  ("本报延庆讯（记者 王芳）正文开始。", Byline(reporters: ["王芳"], dateline: "延庆")),
  ("本报延庆讯 正文开始。", Byline(dateline: "延庆")),
  // A two-character name letter-spaced to the width of three.
  ("本报讯（记者 孙 杰 通讯员 李 娜）正文开始。", Byline(reporters: ["孙杰"], correspondents: ["李娜"])),
])
func readsBylineShapes(line: String, byline: Byline) throws {
  let document = try parse("工会服务进园区\n\n\(line)\n\n职工们纷纷点赞这项服务。\n")
  #expect(document.articles.first?.byline == byline)
}

@Test(arguments: [
  ("职工们在比赛中展现风采。本报记者 梁红 摄", ["梁红"]),
  ("职工们在比赛中展现风采。 本报通讯员 白杨 摄影报道", ["白杨"]),
  ("职工们在比赛中展现风采。本报记者 孙 杰 摄", ["孙杰"]),
])
func readsPhotoCredits(line: String, photographers: [String]) throws {
  let document = try parse("工会举办趣味运动会\n\n\(line)\n")
  let article = try #require(document.articles.first)
  #expect(article.byline.photographers == photographers)
  #expect(article.paragraphs.first?.text == "职工们在比赛中展现风采。")
}

@Test func readsTheAuthorsUnit() throws {
  let document = try parse("基层走访的体会\n\n□石川\n\n走访让我们看到了职工的需求。（作者单位：某市职工服务中心）\n")
  let article = try #require(document.articles.first)
  #expect(article.byline.unit == "某市职工服务中心")
  #expect(article.paragraphs.first?.text == "走访让我们看到了职工的需求。")
}

/// A table header's lower row of bracketed measure words is no signature: its last cell (`（小时）`)
/// is no author, and the row stays the table's.
@Test func aHeaderRowOfBracketedUnitsIsNoSignature() throws {
  let page = """
    出租集团爱心送考年终总结

    　　本报讯 今年高考期间，集团工会组织志愿驾驶员开展爱心送考服务，各单位情况如下。

    单位　　送考车队　　车辆　　服务时长
    　　　　（支）　　（辆）　　（小时）
    东城区　　2　　78　　610

    　　集团工会表示，明年将继续做好送考服务工作。
    """
  let articles = try parse(page).articles
  #expect(articles.map(\.byline.reporters) == [[]])
  #expect(articles.first?.paragraphs.map(\.text).contains("（支）　　（辆）　　（小时）") == true)
}

/// A brief signed with its author's name in brackets ends there: the next brief is a paragraph
/// of its own, and the name is the author's; an editorial note in brackets is neither.
@Test func aSignedBriefEndsAtItsSignature() throws {
  let page = """
    基层动态

    ■东城区总工会日前为辖区内32家驿站配送防暑物资。（王芳）

    ■西城区总工会走访慰问一线职工1200余人次。（李强 赵敏）

    ■丰台区总工会举办职工篮球赛。（待续）

    ■朝阳区总工会开展健步走活动。（本报记者）
    """
  let articles = try parse(page).articles
  #expect(articles.flatMap { $0.paragraphs.map(\.text) } == [
    "■东城区总工会日前为辖区内32家驿站配送防暑物资。", "■西城区总工会走访慰问一线职工1200余人次。",
    "■丰台区总工会举办职工篮球赛。（待续）", "■朝阳区总工会开展健步走活动。（本报记者）",
  ])
  #expect(articles.map(\.byline.reporters) == [["王芳"], ["李强", "赵敏"], [], []])
}

/// A line of a packed column that holds full-width digits (`４８０～`) is as wide as printed, as its
/// neighbours are: the first line of a paragraph, not a short title line inside the story.
@Test func aPackedLineWithFullWidthDigitsIsText() throws {
  // NB: eight lines or more broken at the column's width, each with a comma, set the width.
  let column = [
    "近日，北京市教育工会慰问组走进", "辖区企业和站点，为８０余名快递", "员和外卖骑手送上米面油等慰问物", "资。在快递网点，工会干部和快递",
    "小哥聊起了收入、休息和孩子上学", "的情况。有的职工家中老人卧病在", "床，慰问组详细记下了他们的实际", "困难。走访中，工会干部把联系卡",
    "留给职工，告诉他们遇到困难随时", "打电话。",
  ]
  let page = "为85名快递员送去慰问品\n\n本报讯（记者 武欣 通讯员 龚浩）\n" + column.joined(separator: "\n")
    + "\n\n此次活动共送出温暖包４８０～\n720份，惠及180余名劳动者。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.paragraphs.last?.text == "此次活动共送出温暖包４８０～720份，惠及180余名劳动者。")
  #expect(article.crossHeads.isEmpty)
}

@Test func keepsACaptionApartFromTheBody() throws {
  let page = "区工会看望劳模\n\n本报讯（记者 钱程）近日，区工会看望了十位老劳模。\n\n劳模们讲述了当年的奋斗故事。\n\n老劳模与工会干部合影。\n\n本报记者 钱程 摄\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.paragraphs.count == 2)
  #expect(article.captions.map(\.text) == ["老劳模与工会干部合影。"])
  #expect(article.byline.photographers == ["钱程"])
}

/// A caption that opens the page over the first headline and points at its photo (▲, 图为) is that
/// story's; one with no mark, over a title and another story's byline, stays a photo story of its own.
@Test func aMarkedCaptionAboveTheFirstHeadlineIsThatStorys() throws {
  let story = "伴考服务启动\n\n本报讯（记者 马超）6月7日，全市工会设立伴考站点逾百个。\n"
  let marked = try parse("▲6月7日，志愿者在考点外为家长送水。 记者 王磊 摄\n\n▲志愿者为家长递上扇子。本报记者 王磊 摄\n\n" + story).articles
  #expect(marked.count == 1)
  #expect(marked.first?.headline == "伴考服务启动")
  #expect(marked.first?.captions.map(\.text) == ["▲6月7日，志愿者在考点外为家长送水。", "▲志愿者为家长递上扇子。"])
  #expect(marked.first?.paragraphs.map(\.text) == ["6月7日，全市工会设立伴考站点逾百个。"])
  #expect(marked.first?.byline.photographers == ["王磊"])
  let unmarked = try parse("职工家庭写福字迎新春。\n\n本报通讯员 沈璐 摄\n\n" + story).articles
  #expect(unmarked.map(\.headline) == [nil, "伴考服务启动"])
}

@Test func dropsBannersThatRecurAcrossFiles() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  for name in ["a.txt", "b.txt"] {
    try folder.write(name, Array("奋进新时代 建功新征程\n\n职工书屋开放\(name.prefix(1))\n\n本报讯（记者 钟灵）书屋对全体职工开放。\n".utf8))
  }
  let corpus = try Corpus.load(from: folder.path)
  #expect(corpus.articles.map(\.headline) == ["职工书屋开放a", "职工书屋开放b"])
  #expect(corpus.articles.map(\.kicker) == [nil, nil])
}

/// A headline at the top of two pages (a story reprinted) stands over its byline, not over another
/// title: it is no banner, and both pages keep it.
@Test func aHeadlineAtTheTopOfTwoPagesIsNoBanner() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  for name in ["a.txt", "b.txt"] {
    try folder.write(name, Array("北京工会为考生家长撑起“暖心伞”\n\n本报讯（记者 钟灵）全市设立伴考站点\(name.prefix(1) == "a" ? 97 : 104)个。\n".utf8))
  }
  let corpus = try Corpus.load(from: folder.path)
  #expect(corpus.articles.map(\.headline) == ["北京工会为考生家长撑起“暖心伞”", "北京工会为考生家长撑起“暖心伞”"])
}

/// A page saved twice counts once towards a banner: its headline over a subtitle does not recur,
/// and both copies keep it; a banner over two different pages is still dropped.
@Test func aPageSavedTwiceMakesNoBanner() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let page = Array("要闻\n\n北京工会为考生家长撑起“暖心伞”\n\n志愿服务覆盖全市各区\n\n本报讯（记者 钟灵）全市设立伴考站点97个。\n".utf8)
  let other = Array("要闻\n\n职工书屋开放\n\n本报讯（记者 钟灵）书屋对全体职工开放。\n".utf8)
  let files = [("a.txt", page), ("a 副本.txt", page), ("b.txt", other)]
  for (name, bytes) in files { try folder.write(name, bytes) }
  let corpus = try Corpus.load(from: folder.path)
  #expect(corpus.articles.map(\.headline) == ["北京工会为考生家长撑起“暖心伞”", "北京工会为考生家长撑起“暖心伞”", "职工书屋开放"])
  #expect(corpus.articles.allSatisfy { $0.kicker == nil })
  // The streaming loader's survey agrees with the in-memory loader's.
  let banners = BannerSurvey.banners(try files.map { try BannerSurvey(bytes: $0.1, file: $0.0) })
  #expect(banners == StagedFile.recurringBanners(try files.map { try StagedFile(bytes: $0.1, file: $0.0) }))
  #expect(banners == ["要闻"])
}

@Test func flagsRepeatedTruncatedAndMissingParts() throws {
  let page = """
    工会食堂推出新菜单

    本报讯（记者 梅兰）食堂每周更新菜单，职工可以在线点餐。

    菜单由职工投票选出，每周公布结果。

    菜单由职工投票选出，每周公布结果。

    下一步，食堂还将延长

    营业时间的调整已在征求意见。

    职工之家挂牌

    """
  let articles = try parse(page).articles
  let flags = articles.map { $0.flags.map(\.kind) }
  #expect(flags.first?.contains(.repeatedParagraph) == true)
  #expect(articles.first?.paragraphs.count == 3)
  #expect(articles.last?.headline == "职工之家挂牌")
  #expect(flags.last == [.noBody])
}

@Test func splitsOffAHeadlineWhoseBodyIsPrintedUnderAnotherStory() throws {
  let page = """
    桃园街道工会为环卫工人送清凉

    ## 青年突击队攻克技术难关

    **本报讯 (记者 薛峰)**近日，青年突击队攻克了一项焊接技术难关。

    突击队成员连续奋战，反复试验，焊接合格率由此提高了

    三成。

    突击队成员连续奋战，反复试验，焊接合格率由此提高了

    高温天气里，工人们收到了绿豆汤和防暑药品。

    桃园街道工会相关负责人表示，将持续关心环卫工人。

    """
  let articles = try parse(page).articles
  #expect(articles.map(\.headline) == ["青年突击队攻克技术难关", "桃园街道工会为环卫工人送清凉"])
  #expect(articles.map(\.bodyLines) == [5...11, 13...15])
  #expect(articles.last?.flags.map(\.kind).contains(.displacedBody) == true)
}

/// Found by the fact extractor's property test: a one-character line once crashed the byline reader.
@Test(arguments: ["名", "甲\n", "记\n者", "\n摄\n"])
func oneCharacterLinesAreReadWithoutCrashing(page: String) throws {
  _ = try? Document.parse(bytes: Array(page.utf8), file: "tiny.txt")
}

/// A comma between a digit and exactly three more groups a number; elsewhere it is punctuation.
@Test(arguments: [
  ("达1,523家", true), ("1,523", true), ("12,345,678人", true), ("第1,2名", false), ("1,5234", false), ("甲,乙", false),
])
func aCommaThatGroupsDigitsIsPartOfTheNumber(_ text: String, _ groups: Bool) {
  let scalars = Array(text.unicodeScalars)
  let commas = scalars.indices.filter { scalars[$0] == "," }
  #expect(commas.allSatisfy { LineShape.groupsDigits(scalars, at: $0) } == groups)
  #expect(LineShape(scalars).hasInnerPunctuation == !groups)
}

/// A list printed a row a line after its lead-in: each row is a paragraph of its own, complete
/// without a sentence end, never a title.
@Test func aListPrintedARowALineKeepsEachRowApart() throws {
  let page = "驿站分布\n\n本报讯（记者 李明）全市驿站分布情况如下：\n东城区 45家\n\n西城区：38家\n石景山区 27家\n以上驿站全天开放。\n"
  let articles = try parse(page).articles
  #expect(articles.count == 1)
  let article = try #require(articles.first)
  #expect(article.paragraphs.map(\.text) == [
    "全市驿站分布情况如下：", "东城区 45家", "西城区：38家", "石景山区 27家", "以上驿站全天开放。",
  ])
  #expect(article.flags.isEmpty)
}

/// A box of figures names each with a label and a colon, a row a line, with no lead-in; a line
/// broken mid-sentence that happens to end with a figure still runs on.
/// A table's header names the rows' measure word: header and rows are paragraphs of their own, the
/// last row included, and none of them is a title or a cut.
@Test func aTableKeepsItsHeaderAndRowsApart() throws {
  let page = "驿站一览\n\n本报讯 截至2023年底，各区驿站数量如下表。\n区域\t驿站数量（家）\n东城区\t45\n西城区\t52\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.headline == "驿站一览")
  #expect(article.paragraphs.map(\.text) == ["截至2023年底，各区驿站数量如下表。", "区域\t驿站数量（家）", "东城区\t45", "西城区\t52"])
  #expect(article.flags.isEmpty)
}

@Test(arguments: [
  ("区域 驿站数量（家）", ["家"]), ("单位 志愿者人数(名)", ["名"]), ("驿站数量（家）", []), ("区域 金额（万元）", ["万元"]),
  ("区域 驿站数量（2023年）", []), ("全市共有驿站（家）。", []),
  // Several columns; normalising drops the space after a full-width bracket.
  ("区域 驿站数量(家)服务人次(万人次)", ["家", "万人次"]), ("区域 驿站数量(家) 志愿者(名)", ["家", "名"]),
  ("区域 驿站数量(家) 备注", []),
  // A column's name may open with a number run into its words.
  ("区 驿站总数(个) 24小时驿站(个)", ["个", "个"]),
  // A count noun with no bracket implies its measure word; a count noun alone names nothing counted.
  ("区域 驿站数量", ["个"]), ("单位 志愿者人数 服务人次", ["人", "人次"]), ("区域 驿站数量 备注", []), ("区域 数量", []),
  // A multiplier alone after a count noun counts in the noun's measure word.
  ("区域 驿站数量(座)服务人次(万)", ["座", "万人次"]), ("区域 服务时长(万小时)", ["万小时"]),
  // The first cell may name two kinds of row; a column that opens with 其中 is a part of the one before it.
  ("乡镇/街道 站点数 其中今年新建", ["个", "个"]), ("街道、乡镇 慰问户数", ["户"]), ("区域 其中新建", []),
  ("街道(地区)服务点   志愿者   伴考包", ["个", "名", "个"]),
  // A countable noun alone heads a column in its usual measure word.
  ("街道 服务点 志愿者 伴考包", ["个", "名", "个"]), ("区域 志愿服务队 服务时长", ["支", "小时"]), ("区域 志愿者 备注", []),
  // A column's name may go on with a year run into its words.
  ("街道(镇)累计建成(家)其中2025年新建(家)", ["家", "家"]), ("街道 2025年新建", []),
  // A column of serial numbers may stand before the rows' names.
  ("序号 区 站点数(个) 志愿者(名)", ["个", "名"]), ("序号 站点数(个)", []),
])
func aTableHeaderNamesEachColumnsUnit(line: String, units: [String]) {
  #expect(ListRow.tableColumns(Array(line.unicodeScalars))?.map(\.unit) ?? [] == units)
}

/// A header printed on two rows (`服务站点` over `（个）`, `志愿服务力量` over `队伍（支） 志愿者（名）`) reads as
/// the one-row header it stands for; rows that do not match cell for cell are no header.
@Test(arguments: [
  ("序号 区 服务站点 志愿服务力量", "(个)队伍(支)志愿者(名)", "区 服务站点(个) 志愿服务力量队伍(支) 志愿服务力量志愿者(名)"),
  ("区 走访慰问", "困难职工(户)慰问金(万元)慰问品(份)", "区 走访慰问困难职工(户) 走访慰问慰问金(万元) 走访慰问慰问品(份)"),
  // A cell with its own bracket takes no lower cell; a group leaves the cells to its right theirs.
  ("区 站点数(个) 志愿服务力量", "队伍(支) 志愿者(名)", "区 站点数(个) 志愿服务力量队伍(支) 志愿服务力量志愿者(名)"),
  ("区 志愿服务力量 服务站点", "队伍(支) 志愿者(名) (个)", "区 志愿服务力量队伍(支) 志愿服务力量志愿者(名) 服务站点(个)"),
  // Cells left over, a lower cell with no measure word, a row of figures: no header.
  ("区 服务站点", "(个) (名)", nil), ("区 参赛情况 获奖情况", "报名(人)参赛(人)一等奖 二等奖", nil),
  ("区 服务站点 志愿者", "东城区 5 68", nil), ("今年全市共设立服务站点", "(个)", nil),
])
func aHeaderOnTwoRowsReadsAsOne(upper: String, lower: String, merged: String?) {
  let read = TwoRowHeader.merged(upper: Array(upper.unicodeScalars), lower: Array(lower.unicodeScalars))
  #expect(read.map { String(String.UnicodeScalarView($0)) } == merged)
}

/// A place's figures year by year, joined by arrows, make a row: each figure its year's.
@Test(arguments: [
  ("门头沟区 2021年 38 → 2022年 45 → 2025年 71", "门头沟区: 2021=38 2022=45 2025=71"), ("平谷区 2021年42→2025年96", "平谷区: 2021=42 2025=96"),
  ("密云区 2021年 55 -> 2025年 1,118", "密云区: 2021=55 2025=1,118"), ("延庆区 2021年 31 —> 2025年 77", "延庆区: 2021=31 2025=77"),
  // One year is no series; nor is a sentence, nor words after the last figure.
  ("门头沟区 2021年 38", nil), ("站点由2021年的38家→2025年的71家", nil), ("门头沟区 2021年 38 → 2025年 71家", nil),
])
func aPlacesYearsJoinedByArrowsMakeARow(line: String, read: String?) {
  let scalars = Array(line.unicodeScalars)
  let text = { (range: Range<Int>) in String(String.UnicodeScalarView(scalars[range])) }
  let series = YearSeries.items(scalars).map { "\(text($0.name)): " + $0.items.map { "\($0.year)=\(text($0.number))" }.joined(separator: " ") }
  #expect(series == read)
  if read != nil { #expect(ListRow.isRow(scalars)) }
}

/// A header may name only years (`街道 2021年底 2022年新增 截至2022年底`): each column is that year's, its
/// stock at the year's end or its own figure; any other cell makes it no such header.
@Test(arguments: [
  ("街道 2021年底 2022年新增 截至2022年底", "2021stock 2022own 2022stock"),
  ("区域 2023年 2024年 2025年", "2023own 2024own 2025own"), ("乡镇/街道 2024年累计", "2024stock"),
  ("街道 2021年底 备注", ""), ("街道 2022年计划", ""), ("2021年底 2022年新增", ""), ("街道 20210 2022年", ""),
  ("街道 2021年底 2022年新增 合计", ""),
])
func aHeaderOfYearsDatesEachColumn(line: String, expected: String) {
  let columns = YearColumns.columns(Array(line.unicodeScalars)) ?? []
  #expect(columns.map { "\($0.year)\($0.isStock ? "stock" : "own")" }.joined(separator: " ") == expected)
}

/// A table's caption may give its cells' measure word (`（单位：家）`); a sentence about units gives none.
@Test(arguments: [
  ("表 石景山区各街道户外劳动者服务站点建设情况(单位:家)", "家"), ("表1 各区志愿者人数 单位:名", "名"),
  ("各街道服务站点统计(单位: 个)", "个"), ("表 各区站点建设情况", nil), ("承建单位:区总工会", nil),
  ("单位:万元以上的捐赠按规定公示,其余由各基层工会自行安排并报区总工会备案", nil),
])
func aCaptionGivesItsCellsUnit(line: String, unit: String?) {
  #expect(YearColumns.captionUnit(Array(line.unicodeScalars)) == unit)
}

/// A quoted sentence with words after it opens a paragraph (its speaker follows), never a headline.
@Test(arguments: [
  ("“建站只是第一步,关键要让站点开得了门。”区总工会相关", true), ("“暖心驿站”开到家门口", false), ("“暖心驿站真暖心。”", false),
])
func aQuotedSentenceWithWordsAfterItIsNoTitle(line: String, punctuated: Bool) {
  #expect(LineShape(Array(line.unicodeScalars)).hasInnerPunctuation == punctuated)
}

/// A row named by its year may list that year's counts, each with its noun and measure word.
@Test(arguments: [
  ("2021年  服务点60个   志愿服务队56支   志愿者900余名", true), ("2021年：服务点60个 志愿者900余名", true),
  ("2021年新建站点60个", false), ("2021年：新建584个，年末累计4684个；", false), ("2021年  服务点60个", false),
])
func aYearsRowListsItsCounts(line: String, expected: Bool) {
  #expect(ListRow.isYearOfItems(Array(line.unicodeScalars)) == expected)
  if expected { #expect(ListRow.isRow(Array(line.unicodeScalars))) }
}

@Test(arguments: [
  ("东城区45 30", ["45", "30"]), ("东城区 45", ["45"]), ("朝阳区：1,200 3.5", ["1,200", "3.5"]),
  ("东城区45家", []), ("东城区45 30人", []), ("45 30", []),
  // A row may be named by its year, set apart by a space or ended by 年; a date in prose is no row.
  ("2015 6 52", ["6", "52"]), ("2016年30 300", ["30", "300"]), ("2015年6月", []), ("20156 52", []), ("1800 6 52", []),
  // A cell may round its figure; wide column gaps do not count against a row's length.
  ("2015 28 300余 1.1万", ["28", "300余", "1.1万"]), ("2019 67 1200余 3.6万余", ["67", "1200余", "3.6万余"]),
  ("东城区      412        61.8       800", ["412", "61.8", "800"]), ("2015 28 300人", []),
  // A serial number before the name is neither, set apart or glued to it; four digits are a year.
  ("1 东城区 5 6 68", ["5", "6", "68"]), ("18市级及产业工会 4 8 210", ["4", "8", "210"]), ("1000东城区 5 6", []),
  ("3 45 30", []),
  // A name may run a number into its words (`其余21个街镇`); a figure glued to the name is a cell.
  ("其余21个街镇 305 28", ["305", "28"]), ("东城区300余 5", ["300余", "5"]),
  // A name may close with an aside of Han in brackets, where a unit is; a number must follow it.
  ("六分公司(顺义区)1 32 37", ["1", "32", "37"]), ("六分公司（顺义区） 1 32", ["1", "32"]), ("六分公司(顺义区)站 1 32", []),
  ("六分公司(2018) 1 32", []),
])
func aTableRowIsANameAndNumbers(line: String, numbers: [String]) {
  let scalars = Array(line.unicodeScalars)
  #expect(ListRow.tableCells(scalars)?.numbers.map { String(String.UnicodeScalarView(scalars[$0])) } ?? [] == numbers)
}

@Test func aBoxOfFiguresKeepsEachRowApart() throws {
  let page = "驿站数据\n\n本报讯（记者 李明）本市驿站建设提速。\n全市暖心驿站：1460家\n职工志愿者：3000名\n其中海淀区最多。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.paragraphs.map(\.text) == ["本市驿站建设提速。", "全市暖心驿站：1460家", "职工志愿者：3000名", "其中海淀区最多。"])
  let broken = "驿站数据\n\n本报讯（记者 李明）记者从市总工会获悉：全市已建成驿站1460家\n，较去年增加200家。\n"
  #expect(try #require(try parse(broken).articles.first).paragraphs.count == 1)
}

@Test(arguments: [
  ("东城区 45家", true), ("东城区：45家", true), ("朝阳区 1,200余家", true), ("门头沟区3个", true),
  ("东城区 45家，西城区 38家", false), ("2024年全市建成驿站", false), ("45家", false), ("全市共建成暖心驿站一千五百多家", false),
  // A name may hold a number run into its words, and a figure may be a range.
  ("2025年新增：5家", true), ("24小时站点：9家", true), ("站点面积：20—60平方米", true), ("东城区45家、西城区38家", false),
  ("志愿者：260人（2015年仅30人）", true), ("① 志愿者：260人", true),
  // A middle dot opens a row at the line's start.
  ("· 全区驿站：1186个", true), ("· 其中24小时驿站：97个", true), ("缘来亦庄·青春有约", false),
  // A ranking numbers its rows; a number alone after the point's number is none.
  ("1. 望京街道　　58个", true), ("3、三里屯街道 39个", true), ("1、 2名", false),
  // Two places side by side in one measure word, as a list set in two columns prints them.
  ("东城区　　86名　　　西城区　　102名", true), ("门头沟区 91名 房山区 157名", true),
])
func listRowsAreShortNamedFigures(line: String, expected: Bool) {
  #expect(ListRow.isRow(Array(line.unicodeScalars)) == expected)
}

@Test func aRowOfPlacesSideBySideIsReadItemByItem() {
  let row = Array("东城区　　86名　　　西城区　　102名".unicodeScalars)
  #expect(ListRow.pairedItems(row)?.map { String(String.UnicodeScalarView(row[$0])) } == ["东城区　　86名", "西城区　　102名"])
  // One item, items in two measure words, or a name of one Han are no such row.
  for line in ["东城区 86名", "东城区 86名 西城区 12个", "区 86名 市 12名"] {
    #expect(ListRow.pairedItems(Array(line.unicodeScalars)) == nil)
  }
}

/// A ranking under a bulleted heading keeps its rows apart, and the heading heads them: it goes on
/// from no box row above it, nor does a box row's next bulleted line go on from that row.
@Test func aRankingUnderABulletedHeadingIsRowByRow() throws {
  let page = """
    驿站半年报

    本报讯（记者 李明）截至今年6月底，朝阳区已建成驿站1186个。
    · 上半年服务：86.5万人次
    · 同比增长：12.3%

    ■ 街乡排行（驿站数）
    1. 望京街道　　58个
    2. 建外街道　　47个

    """
  let article = try #require(try parse(page).articles.first)
  #expect(article.paragraphs.map(\.text).suffix(4) == ["· 上半年服务：86.5万人次", "· 同比增长：12.3%", "1. 望京街道　　58个", "2. 建外街道　　47个"])
  #expect(article.crossHeads.map(\.text) == ["■ 街乡排行(驿站数)"])
}

/// A column of briefs is an article per brief, the column's title its kicker; a lede that lists
/// points after a byline is one article.
@Test func aColumnOfBriefsIsAnArticlePerBrief() throws {
  let page = """
    基层动态

    ■东城区总工会日前为辖区内32家驿站配送防暑物资。（王芳）

    ■西城区总工会走访慰问一线职工1200余人次。

    【朝阳】朝阳区总工会在望京街道新建驿站8家。

    驿站建设成效明显

    本报讯（记者 周洋）今年全市驿站建设成效如下：

    ■新建驿站300家。

    ■改造驿站120家。
    """
  let articles = try parse(page).articles
  #expect(articles.map(\.kicker) == ["基层动态", "基层动态", "基层动态", nil])
  #expect(articles.map(\.headline) == [nil, nil, nil, "驿站建设成效明显"])
  #expect(articles.map(\.paragraphs.count) == [1, 1, 1, 2])
  #expect(articles[0].byline.reporters == ["王芳"] && articles[1].byline.reporters.isEmpty)
  #expect(articles.allSatisfy { !$0.flags.contains { $0.kind == .noHeadline } })
}

/// A title over a box of figures set a row a line with bullets is one story: its rows tell no story
/// each, as a column's briefs do.
@Test(arguments: ["✅ ", "◆"])
func aTitleOverABoxOfBulletedFiguresIsOneStory(bullet: String) throws {
  let page = """
    北京工会 2024-06-10 18:30 北京

    “暖心伴考”十周年

    \(bullet)服务站点：126个
    \(bullet)职工志愿者：2800余名
    \(bullet)服务考生及家长：12万人次

    十年来，“暖心伴考”累计招募志愿者2.3万余人次。
    """
  let articles = try parse(page).articles
  #expect(articles.map(\.headline) == ["“暖心伴考”十周年"])
  #expect(articles.first?.kicker == nil)
}

/// A news-in-brief column's name over its first item's title is that item's kicker, not its headline.
@Test func aColumnNameOverATitleIsItsKicker() throws {
  let articles = try parse("基层传真\n\n门头沟区总工会举办趣味运动会\n\n9月20日，500余名职工参加。\n").articles
  #expect(articles.map(\.kicker) == ["基层传真"])
  #expect(articles.map(\.headline) == ["门头沟区总工会举办趣味运动会"])
  #expect(PageLabel.isColumnName(Array("工会动态".unicodeScalars)))
  #expect(!PageLabel.isColumnName(Array("动态".unicodeScalars)))
  #expect(!PageLabel.isColumnName(Array("驿站服务动态，持续更新".unicodeScalars)))
}

/// A photo credit in brackets after the caption's sentence (`（通州区总工会供图）`) names the supplier;
/// brackets that supply nothing, or follow no sentence end, are no credit.
@Test(arguments: [
  ("图为联谊会现场。（通州区总工会供图）", Optional("通州区总工会")), ("图为活动现场。(资料供图)", "资料"),
  ("区总工会举办联谊会（通州区总工会供图）", nil), ("活动现场。（王芳）", nil), ("活动现场。（作者单位：区总工会）", nil),
])
func aBracketedSupplyIsAPhotoCredit(line: String, supplier: String?) throws {
  let text = try #require(SourceLine.split(Array(line.unicodeScalars)).first).normalized.scalars
  #expect(BylineParser.trailingCredit(text)?.byline.photographers.first == supplier)
}

/// A headline may hold punctuation (`“暖心伴考”第三年：…`), and may stand over a subtitle that lists;
/// a line with a comma before a byline is the end of a text, never a title.
@Test func aPunctuatedHeadlineOverItsByline() throws {
  let page = """
    “暖心伴考”第三年：志愿者队伍扩大到1200人

    本报讯（记者 李岩）今年共有1200名职工志愿者参与服务。

    小驿站撑起户外劳动者的“暖心港湾”

    热饭、饮水、歇脚、充电 一站解决

    本报记者 贺峰芳

    近日，又有一批暖心驿站挂牌。

    区总工会相关负责人表示，下一步将把这项服务做成常态，持续

    本报讯（记者 王岩）日前，职工书屋迎来新读者。

    家门口的驿站真暖心！

    本报讯（记者 王岩）日前，朝阳区新建驿站10家。
    """
  let articles = try parse(page).articles
  #expect(articles.map(\.headline) == ["“暖心伴考”第三年:志愿者队伍扩大到1200人", "小驿站撑起户外劳动者的“暖心港湾”", nil, "家门口的驿站真暖心!"])
  #expect(articles[1].subtitle == "热饭、饮水、歇脚、充电 一站解决")
  #expect(articles[1].paragraphs.last?.text.hasPrefix("区总工会相关负责人表示") == true)
}

/// A headline in two parts opens a page's first story with no byline under it; a notice's field
/// (`活动时间：6月7日至8日`) or a line of a story already begun stays text.
@Test func aHeadlineInTwoPartsOpensAPageWithNoByline() throws {
  let story = "今年是“暖心伴考”活动开展的第五年。今年，全市共招募志愿者2000人。"
  let page = "北京工人报 2019年6月10日\n\n“暖心伴考”第五年：志愿者人数翻了一番\n\n\(story)\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.headline == "“暖心伴考”第五年:志愿者人数翻了一番")
  #expect(article.paragraphs.map(\.text) == [story])
  let notice = try parse("活动联系人：王老师 张老师\n\n\(story)\n").articles
  #expect(notice.first?.headline == nil)
  let later = try parse("志愿者人数翻了一番\n\n\(story)\n\n“暖心伴考”第五年：志愿者人数翻了一番\n\n\(story)\n").articles
  #expect(later.map(\.headline) == ["志愿者人数翻了一番"])
}

/// A closing credit in brackets, after the last sentence or on a line of its own, signs the story
/// above it: the next story keeps its own headline, and no story is made of the credit alone.
@Test(arguments: ["。（本报记者  孙悦）", "。\n（本报记者 孙悦）", "。\n\n(记者 孙悦)"])
func aClosingCreditSignsTheStoryAbove(ending: String) throws {
  let page = "驿站暖人心\n\n本报讯 近日，朝阳区新建驿站10家\(ending)\n\n书屋迎新\n\n本报讯 近日，职工书屋迎来读者。\n（区总工会宣传部 供稿）\n"
  let articles = try parse(page).articles
  #expect(articles.map(\.headline) == ["驿站暖人心", "书屋迎新"])
  #expect(articles.map { $0.paragraphs.map(\.text) } == [["近日，朝阳区新建驿站10家。"], ["近日，职工书屋迎来读者。"]])
  #expect(articles[0].byline.reporters == ["孙悦"])
  #expect(articles[1].byline.unit == "区总工会宣传部")
  #expect(articles.allSatisfy(\.flags.isEmpty) && articles.allSatisfy(\.captions.isEmpty))
}

/// A credit line without brackets under a story (`文/本报记者 张静 摄/本报记者 李飞`) signs it when the
/// page ends there or the next story opens with its title and byline; no story is made of the credit alone.
@Test(arguments: ["", "\n\n书屋迎新\n\n本报讯 近日，职工书屋迎来读者。"])
func aCreditLineUnderAStorySignsIt(after: String) throws {
  let page = "伴考服务站暖意浓\n\n记者从市总工会获悉，今年全市共设置伴考服务站点109个。\n文/本报记者 张静 摄/本报记者 李飞\(after)\n"
  let articles = try parse(page).articles
  #expect(articles.first?.headline == "伴考服务站暖意浓")
  #expect(articles.first?.byline == Byline(reporters: ["张静"], photographers: ["李飞"]))
  #expect(articles.map(\.headline) == (after.isEmpty ? ["伴考服务站暖意浓"] : ["伴考服务站暖意浓", "书屋迎新"]))
  #expect(articles.allSatisfy { $0.flags.isEmpty })
}

/// A union's name over a title is the issuer of a newsletter or a notice: the kicker, never the
/// headline; its issue number is furniture that dates the page.
@Test func aUnionsNameOverATitleIsItsIssuer() throws {
  let page = "昌平工会\n2023年第6期（总第118期）\n\n我区“暖心伴考”服务再升级\n\n今年，区总工会共招募志愿者300余名。\n"
  let article = try #require(try parse(page).articles.first)
  #expect([article.kicker, article.headline] == ["昌平工会", "我区“暖心伴考”服务再升级"])
  #expect(article.year == 2023)
  let notice = try #require(try parse("怀柔区总工会\n关于2023年度工会工作情况的报告\n\n一年来，区总工会共走访慰问困难职工386户。\n").articles.first)
  #expect([notice.kicker, notice.headline] == ["怀柔区总工会", "关于2023年度工会工作情况的报告"])
  // A masthead's union is the unit of the page's stories that name none (so `区总工会` has a place).
  let newsletter = try parse("门头沟区总工会  2024-07-15\n\n区总工会开展送清凉活动\n\n7月12日，区总工会走访一线职工3000余人。\n")
  #expect(newsletter.articles.map(\.byline.unit) == ["门头沟区总工会"])
  #expect(newsletter.printedDate?.year == 2024)
  // Inside a story, a union's name on a line of its own is a column's break in a sentence.
  let broken = try parse("驿站挂牌\n\n本报讯 近日，又有一批驿站挂牌。\n\n据怀柔区总工会\n\n介绍，全区现有驿站458家。\n").articles
  #expect(broken.map(\.headline) == ["驿站挂牌"])
}

/// A page that prints its title under the story is title-last even when a photo caption closes it.
@Test func aTitleUnderItsStoryOverACaptionClosesTheStory() throws {
  let page = """
    北京日报 2024年7月15日 第6版

    本报记者 王晨

    入夏以来，三区工会新建户外劳动者暖心驿站共计45家。

    驿站内配备了冰箱、微波炉等设施。

    三区新建45家暖心驿站

    ■图为户外劳动者正在驿站休息。 本报记者 王晨 摄
    """
  let articles = try parse(page).articles
  #expect(articles.map(\.headline) == ["三区新建45家暖心驿站"])
  #expect(articles.first?.byline.reporters == ["王晨"])
  #expect(articles.first?.flags == [])
}

/// A paragraph the dump printed again at the page's foot, cut short, closes nothing: the page still
/// prints its titles under its stories, and each story keeps its own title.
@Test func aRepeatedParagraphAtThePagesFootKeepsItTitleLast() throws {
  let page = """
    北京日报 2022年6月9日 第7版

    本报讯（通讯员 李静）6月7日至8日，怀柔区总工会组织86名职工志愿者开展“暖心伴考”服务。

    怀 柔 区 暖 心 伴 考 服 务 考 生

    本报讯（记者 王磊）记者从密云区总工会获悉，今年密云区新建户外劳动者暖心驿站12家，
    全区驿站总数达到58家。

    密云区驿站实现镇街全覆盖

    本报讯（记者 王磊）记者从密云区总工会获悉，今年密云区新建户外劳动者暖心驿站12家，
    """
  let articles = try parse(page).articles
  #expect(articles.prefix(2).map(\.headline) == ["怀柔区暖心伴考服务考生", "密云区驿站实现镇街全覆盖"])
  #expect(articles.dropFirst(2).allSatisfy { $0.headline == nil && $0.flags.map(\.kind).contains(.repeatedParagraph) })
}

/// A title line that opens with a dash is the subtitle, even printed above the headline.
@Test(arguments: [
  ("——“暖心伴考”服务第五年侧记\n考场外的红马甲", "考场外的红马甲", "——“暖心伴考”服务第五年侧记"),
  ("考场外的红马甲\n——“暖心伴考”服务第五年侧记", "考场外的红马甲", "——“暖心伴考”服务第五年侧记"),
])
func aDashLedTitleLineIsTheSubtitle(titles: String, headline: String, subtitle: String) throws {
  let page = "北京晚报 2019年6月8日\n\n\(titles)\n\n本报记者 王蕾\n\n6月7日早上7点，海淀区总工会在全区32个考点设立服务站。\n"
  let article = try #require(parse(page).articles.first)
  #expect(article.headline == headline)
  #expect(article.subtitle == subtitle)
}

/// A Markdown table row reads as its cells set apart by single spaces, the rule under its header as
/// a blank line; a line that does not open and close with a pipe keeps its pipes. A trailing column of
/// words is left out of the header and the rows; a table of words keeps all its cells.
@Test(arguments: [
  ("| 八角街道 | 14 |", "八角街道 14"), ("|街道|驿站数量（家）|", "街道 驿站数量(家)"), ("|---|:---:|", ""),
  ("| 合计 |  |", "合计"), ("| 东城区 | 45 | 30 |", "东城区 45 30"), ("东城区 | 45", "东城区 | 45"), ("|", "|"),
  ("| 街道 | 驿站数量（家） | 主要依托场所 |", "街道 驿站数量(家)"), ("| 中关村街道 | 46 | 银行网点、科技企业 |", "中关村街道 46"),
  ("| 其余街镇 | 305 | — |", "其余街镇 305"), ("| 站点名称 | 地址 | 开放时间 |", "站点名称 地址 开放时间"),
  ("| 1 | 卢沟桥街道驿站 | 卢沟桥南里 |", "1 卢沟桥街道驿站 卢沟桥南里"),
])
func aMarkdownTableRowReadsAsItsCells(line: String, read: String) throws {
  let original = Array(line.unicodeScalars)
  let normalized = try #require(SourceLine.split(original).first).normalized
  #expect(normalized.string == read)
  // Each cell scalar keeps the offset it was printed at.
  for (scalar, origin) in zip(normalized.scalars, normalized.origin) where scalar != " " && scalar != "(" && scalar != ")" {
    #expect(original[origin] == scalar)
  }
}


/// Title lines that name their parts (`引题：`, `主题：`, `副题：`) are those parts, without their labels.
@Test func labelledTitleLinesAreThePartsTheyName() throws {
  let page = "引题：2026年“两节”送温暖活动启动\n全市工会将投入资金2.3亿元慰问职工\n副题：去年各级工会累计走访慰问困难职工3.6万户\n"
    + "　　本报讯（记者 陈曦）1月9日，市总工会送温暖活动启动仪式在西城区举行。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.kicker == "2026年“两节”送温暖活动启动")
  #expect(article.headline == "全市工会将投入资金2.3亿元慰问职工")
  #expect(article.subtitle == "去年各级工会累计走访慰问困难职工3.6万户")
  let named = try #require(try parse("主题：全市工会慰问职工\n引题：送温暖\n\n本报讯 市总工会启动送温暖活动。\n").articles.first)
  #expect(named.headline == "全市工会慰问职工" && named.kicker == "送温暖")
}

/// A short name set letter-spaced over a longer line is its column's name, the kicker; a longer
/// letter-spaced line, or one alone, is the headline.
@Test func aShortSpacedNameOverALongerLineIsTheKicker() throws {
  let page = "暖 心 伴 考\n西城千余名职工志愿者坚守考点两天\n\n本报记者 孙颖\n\n高考首日清晨，西城区考点外排起了长队。\n"
  let article = try #require(try parse(page).articles.first)
  #expect(article.kicker == "暖心伴考" && article.headline == "西城千余名职工志愿者坚守考点两天")
  let long = try #require(try parse("暖 心 伴 考 十 区 同 行\n顺义 昌平 两区工会志愿者今起上岗\n\n本报讯 志愿者上岗。\n").articles.first)
  #expect(long.headline == "暖心伴考十区同行")
}

/// A title printed under an untitled story is that story's when its words are, even over the next
/// story's byline; its last line may be the next story's own title, and a rule parts two groups.
@Test func aTitleUnderAnUntitledStoryIsItsOwnEvenOverABylineOrSplit() throws {
  let overByline = """
    劳动午报 2024年2月2日 第2版

    　　本报讯（记者 孙艳）2月1日，市总工会召开送温暖工作部署会。截至1月31日，全市各级工会已走访慰问困难职工3.2万余户，发放慰问品5.6万份。
    市总工会部署元旦春节送温暖工作
    全市工会已走访慰问困难职工3.2万余户

    　　本报讯（通讯员 李静）1月30日，朝阳区总工会走访慰问困难职工家庭620户，为环卫工人送去暖心包2400个。

    """
  #expect(try parse(overByline).articles.map(\.headline) == ["市总工会部署元旦春节送温暖工作", nil])
  let split = """
    工人日报 2017年9月26日 第4版

    　　本报讯（记者 马学礼）9月24日，北京市第三届职工运动会闭幕，全市26万人次职工参与，208支代表队进入决赛。

    职 工 运 动 会 闭 幕

    昌平区职工足球联赛落幕
    　　本报讯（通讯员 郑伟）日前，昌平区职工足球联赛落幕，16支参赛队伍的400余名职工参赛，足球联赛已连续举办五年。

    """
  #expect(try parse(split).articles.map(\.headline) == ["职工运动会闭幕", "昌平区职工足球联赛落幕"])
  let ruled = """
    北京日报 2022年1月20日 第9版

    本报讯（记者 于丽爽）1月18日，门头沟区总工会在永定镇举办送万福活动，为职工送去春联福字1000份。
    门头沟：春联福字送到职工家
    －－－－－－－－－－－－－－－－－－－－－－－－

    房山区总工会
    为农民工发放“返乡大礼包”
    本报记者　曹政
    1月19日，房山区总工会在良乡镇等5个建筑工地举办活动，发放返乡大礼包1200个。

    """
  let articles = try parse(ruled).articles
  #expect(articles.map(\.headline) == ["门头沟:春联福字送到职工家", "房山区总工会"])
  #expect(articles.last?.subtitle == "为农民工发放“返乡大礼包”")
}
