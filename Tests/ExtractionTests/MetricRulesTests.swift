import Testing
@testable import Extraction

// New phrasings, not sentences from the seeds: (unit, noun window, before, sentence) → metric.
@Test(arguments: [
  ("名", "青年志愿者", "", "本周共有三百名青年志愿者上岗", Metric.volunteers),
  ("人次", "志愿者", "", "全年累计八千人次志愿者提供服务", .volunteers),
  ("支", "职工志愿服务队", "", "组建了12支职工志愿服务队", .volunteerTeams),
  ("支", "代表队", "", "28支代表队参加决赛", .participants),
  ("个", "“伴考服务站点”", "", "设置45个“伴考服务站点”", .stations),
  ("家", "户外劳动者暖心驿站", "", "新建30家户外劳动者暖心驿站", .stations),
  ("个", "设立室内服务站点", "设立室内服务站点", "设立室内服务站点9个", .stations),
  ("家", "快递站点", "", "走访了7家快递站点", .other),
  ("个", "打卡点", "", "沿途设置4个打卡点", .other),
  ("个", "核酸检测站点的医护人员", "", "走访慰问了30个核酸检测站点的医护人员", .other),
  ("个", "公交站点设置了爱心休息点", "", "沿线15个公交站点设置了爱心休息点", .other),
  ("份", "“爱心包”", "", "发放300份“爱心包”", .packs),
  ("份", "发放慰问品", "据统计，全市发放慰问品", "据统计，全市发放慰问品6万余份", .packs),
  ("件", "防暑降温物资", "", "为环卫工人送去3000件防暑降温物资", .packs),
  // Teams entered in a contest are participants; a team named without a contest is not.
  ("支", "队伍、近400名职工报名参赛", "", "共有24支队伍、近400名职工报名参赛", .participants),
  ("支", "球队展开角逐", "", "16支球队展开角逐", .participants),
  ("支", "龙舟队参赛", "", "顺义区26支龙舟队参赛", .participants),
  ("支", "工会干部队伍", "培养", "培养3支工会干部队伍", .other),
  // A team in a sentence of volunteering is a volunteer team (`志愿服务力量：队伍（支）`).
  ("支", "志愿者服务队伍", "", "全区组建志愿者服务队伍12支", .volunteerTeams),
  ("支", "参赛队伍", "", "40支参赛队伍中有3支志愿者代表队", .participants),
  // Those a series of lectures reached took part; those a service reached were served.
  ("人", "", "开展宣讲活动120余场，覆盖职工", "全市各级工会开展宣讲活动120余场，覆盖职工3万余人", .participants),
  ("人", "", "驿站服务覆盖户外劳动者", "驿站服务覆盖户外劳动者10万人", .peopleServed),
  // A team counted in people counts its members, the volunteers (`45人的伴考志愿服务队`, `队伍人数达到412名`).
  ("人", "的伴考志愿服务队", "街道今年组建了", "街道今年组建了45人的伴考志愿服务队", .volunteers),
  ("名", "街道志愿服务队伍人数达到", "街道志愿服务队伍人数达到", "街道志愿服务队伍人数达到412名", .volunteers),
  // Those who received what was handed out were served; teams that take part are participants.
  ("名", "户外劳动者领到了清凉包", "", "已有8600余名户外劳动者领到了清凉包", .peopleServed),
  ("支", "队伍、1500名职工参加", "", "全区20个镇街的50支队伍、1500名职工参加", .participants),
  // Exam sites counted before a team are sites, not teams (`4个考点组建志愿服务队3支`).
  ("个", "考点组建志愿服务队", "", "在辖区4个考点组建志愿服务队3支", .other),
  // The year's exam candidates take part in the exam, not in a union's event; their parents may.
  ("人", "今年北京参加高考的考生", "今年北京参加高考的考生约", "今年北京参加高考的考生约6.1万人", .other),
  ("名", "考生家长参加了讲座", "", "共有300名考生家长参加了讲座", .participants),
  // The towns a figure counts before the stations they hold are no stations.
  ("个", "镇街建成暖心驿站六十八家", "", "全区已在溪翁庄镇等17个镇街建成暖心驿站六十八家", .other),
  // Those a mutual-aid scheme paid out to, and households a union helps in its area, were served.
  ("人次", "", "全年赔付", "全年赔付127.3万人次", .peopleServed),
  ("户", "在档困难职工开展“一对一”帮扶", "回龙观街道工会对辖区", "回龙观街道工会对辖区19户在档困难职工开展“一对一”帮扶", .peopleServed),
  // A box's label after its figure: those who received a service, and the hours of service.
  ("人次", "考生家长接受服务", "", "9.3万人次考生家长接受服务", .peopleServed),
  ("小时", "志愿服务时长", "", "1.2万小时志愿服务时长", .serviceHours),
  // Candidates counted on their own, or by the exam's sign-ups, are the exam's, not the union's.
  ("名", "考生参加高考", "今年本市共有", "今年本市共有5.8万名考生参加高考", .other),
  ("人", "今年高考报名人数", "今年高考报名人数", "今年高考报名人数6.8万人", .other),
  ("名", "考生提供了服务", "志愿者为", "志愿者为3000余名考生提供了服务", .peopleServed),
  // Those an award names are honoured, not counted: after 评选出 or 表彰, or named as the best.
  ("名", "优秀伴考志愿者50名", "活动评选出优秀伴考志愿者", "活动评选出优秀伴考志愿者50名", .other),
  ("个", "、优秀服务站", "、优秀服务站", "活动评选出优秀伴考志愿者50名、优秀服务站10个", .other),
  ("名", "优秀志愿者", "表彰了", "表彰了100名优秀志愿者", .other),
  ("家", "星级驿站", "其中星级驿站", "全市驿站达到1200家，其中星级驿站300家", .stations),
  // A talk's audience and a contest's athletes took part.
  ("人次", "受众", "宣讲活动二十余场，受众", "已组织宣讲活动二十余场，受众3000余人次", .participants),
  ("名", "运动员将在未来两个月里展开比拼", "48支代表队、", "48支代表队、一千二百余名运动员将在未来两个月里展开比拼", .participants),
  // Those a training reached took part in it.
  ("人次", "", "全年开展职工技能培训212期，培训职工", "全年开展职工技能培训212期，培训职工2.1万人次", .participants),
  ("人次", "", "组织各类培训1350场次，参训职工达", "组织各类培训1350场次，参训职工达4.6万人次", .participants),
  // Award winners are not a second count of those who took part.
  ("名", "选手获评“技术能手”", "", "1200余名职工参赛，68名选手获评“技术能手”", .other),
  ("名", "选手获得优胜奖", "最终", "86名选手同台竞技，最终15名选手获得优胜奖", .other),
  ("名", "职工受到表彰", "", "全区3100余名职工参赛，10名职工受到表彰", .other),
  ("人次", "", "累计服务", "累计服务市民12万人次", .peopleServed),
  // Those who take part in a volunteer service are its volunteers, not people it served.
  ("人次", "参与伴考志愿服务的职工达", "今年参与伴考志愿服务的职工达", "今年参与伴考志愿服务的职工达1500人次", .volunteers),
  ("人次", "职工参加志愿服务", "", "全年共有8000人次职工参加志愿服务", .volunteers),
  ("人次", "", "志愿者累计服务考生家长", "志愿者累计服务考生家长2万人次", .peopleServed),
  // Those who benefit, said after the number.
  ("人次", "受益", "", "暖心伴考第七年：1.6万人次受益", .peopleServed),
  // Volunteers who serve are who serves, not what 人次 counts.
  ("人次", "十年来，职工志愿者累计服务考生超过", "十年来，职工志愿者累计服务考生超过", "十年来，职工志愿者累计服务考生超过10万人次", .peopleServed),
  ("名", "困难职工送去慰问金", "为", "为86名困难职工送去慰问金", .peopleServed),
  ("名", "专业律师提供咨询", "选派", "选派3名专业律师提供咨询", .other),
  ("名", "外卖骑手办理入会", "为", "为90名外卖骑手办理入会", .other),
  ("小时", "服务", "提供", "志愿者提供超3000小时服务", .serviceHours),
  ("小时", "就赶到服务点", "志愿者每天提前", "志愿者每天提前半小时就赶到服务点", .other),
  ("小时", "服务", "升级为", "热线升级为24小时服务", .other),
  ("名", "职工参加", "", "400余名职工参加比赛", .participants),
  ("组", "亲子家庭", "", "12组亲子家庭报名", .participants),
  ("对", "新人举办集体婚礼", "", "工会为120对新人举办集体婚礼", .participants),
  ("名", "工会会员", "组织", "区总工会组织45名工会会员前往", .participants),
  ("名", "女职工负责接待", "仅有", "站点仅有2名女职工负责接待", .other),
  ("元", "", "投入", "投入50万元", .other),
  ("份", "发放防暑降温用品", "发放防暑降温用品", "发放防暑降温用品五百余份", .packs),
  ("人次", "", "走访慰问职工", "走访慰问职工10万人次", .peopleServed),
  ("个次", "服务站点", "累计设立服务站点", "累计设立服务站点1200余个次", .stations),
  ("户", "", "走访困难职工家庭", "走访困难职工家庭1200户", .peopleServed),
  ("人次", "", "参与职工超过", "各级工会组织文体活动320余场，参与职工超过5万人次", .participants),
  ("名", "困难职工子女发放助学金共计", "区总工会向", "区总工会向126名困难职工子女发放助学金共计37.8万元", .peopleServed),
  ("名", "农民工追回欠薪", "法律援助中心为", "法律援助中心为42名农民工追回欠薪56万元", .peopleServed),
  ("人次", "", "该区累计资助困难职工子女", "自2010年以来，该区累计资助困难职工子女2100余人次", .peopleServed),
  ("人次", "走进辖区10家企业开展宣讲，听众达", "走进辖区10家企业开展宣讲，听众达", "走进辖区10家企业开展宣讲，听众达600余人次", .participants),
  ("个", "大兴区总工会今年设点", "大兴区总工会今年设点", "大兴区总工会今年设点8个", .stations),
  ("名", "职工聆听报告", "", "组织劳模走进企业开展宣讲，300余名职工聆听报告", .participants),
  // Those a talk or a class is given to are its audience (为…讲述, 授课).
  ("名", "师生讲述奋斗故事", "劳模工匠为", "劳模工匠为2000余名师生讲述奋斗故事", .participants),
  ("名", "职工授课", "劳模为", "劳模为300名职工授课", .participants),
  // Those who give the class are no audience (`60余名教师…负责授课`).
  ("名", "教师", "由专业机构的", "由专业机构的60余名教师和120名大学生志愿者负责授课和看护", .other),
  // Winners of a prize are no count of those taking part.
  ("名", "选手获得一等奖", "经过激烈角逐，共有", "经过激烈角逐，共有24名选手获得一等奖", .other),
  // 服务 with the people served after it is the verb: 服务职工子女3200名.
  ("名", "服务职工子女", "服务职工子女", "今年全市共建设“爱心托管班”80个，服务职工子女3200名", .peopleServed),
  // 服务 before the number is too loose (邀请…服务业…劳模): the figure stays out.
  ("名", "劳模工匠走进车间班组", "首都服务业大学工会邀请", "首都服务业大学工会邀请近230名劳模工匠走进车间班组", .participants),
])
func metricFromUnitAndWords(unit: String, noun: String, before: String, sentence: String, expected: Metric) {
  let context = MetricContext(unit: unit, nounWindow: noun, before: before, sentence: sentence)
  #expect(MetricRules.metric(of: context) == expected)
}

@Test func hoursCountedAfterTheirNounAreServiceHours() {
  let context = MetricContext(
    unit: "小时", nounWindow: "志愿者累计服务时长达", before: "志愿者累计服务时长达",
    sentence: "志愿者累计服务时长达3.4万余小时", nounBeforeNumber: true)
  #expect(MetricRules.metric(of: context) == .serviceHours)
}

/// A `^word` of the not column blocks a metric only when it opens the window after the number.
@Test func aCountedPlaceWordBlocksStationsOnlyWhenItFollowsTheNumber() {
  let after = MetricContext(unit: "个", nounWindow: "区均设立了伴考服务站点", before: "全市", sentence: "全市16个区均设立了伴考服务站点")
  #expect(MetricRules.metric(of: after) == .other)
  let before = MetricContext(
    unit: "个", nounWindow: "朝阳区设立伴考服务站点", before: "朝阳区设立伴考服务站点", sentence: "朝阳区设立伴考服务站点12个",
    nounBeforeNumber: true)
  #expect(MetricRules.metric(of: before) == .stations)
}

/// Before the number, the noun nearest it names what is counted, whatever the rules' order.
@Test(arguments: [
  ("个", "全市各伴考服务站累计发放伴考包", Metric.packs),
  ("个", "在服务点准备了伴考包和暖心包合计", .packs),
  ("个", "伴考包发放站点", .stations),
  ("名", "各驿站共有志愿者", .volunteers),
])
func theNounNearestANumberBeforeItDecides(unit: String, words: String, expected: Metric) {
  let context = MetricContext(unit: unit, nounWindow: words, before: words, sentence: words + "3000", nounBeforeNumber: true)
  #expect(MetricRules.metric(of: context) == expected)
}

/// A noun of volunteers right before the number names what it counts, against a word of serving
/// elsewhere in its clause; a verb of serving that governs the noun keeps it the people served.
@Test(arguments: [
  ("“暖心伴考”服务累计投入志愿者", "七年来，“暖心伴考”服务累计投入志愿者近300人次", Metric.volunteers),
  ("工会走访慰问志愿者", "工会走访慰问志愿者300人次", .peopleServed),
  ("累计服务考生家长", "志愿者累计服务考生家长2万人次", .peopleServed),
])
func aVolunteerNounRightBeforeTheNumberCountsIt(window: String, sentence: String, expected: Metric) {
  let context = MetricContext(unit: "人次", nounWindow: window, before: window, sentence: sentence, nounBeforeNumber: true)
  #expect(MetricRules.metric(of: context) == expected)
}
