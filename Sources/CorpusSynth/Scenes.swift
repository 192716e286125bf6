// Figure-free scene and significance paragraphs, composed sentence by sentence from pools.

/// Descriptive paragraphs that give a story its body without planting anything.
enum Scenes {
  /// What kind of scene a story shows.
  enum Kind { case exam, outdoor, activity, care }

  /// Two scene paragraphs with no sentence in common: three or four sentences, then the rest.
  static func pair(_ kind: Kind, _ rng: inout SplitMix64) -> (Passage, Passage) {
    let pool: [String] =
      switch kind {
      case .exam: [
          "天刚亮，志愿者们就来到考点外，支起帐篷、摆好桌椅，把矿泉水和小扇子整整齐齐码在桌上。",
          "考生入场后，不少家长在服务点坐下来，有的翻看爱心图书，有的在祝福卡上写下对孩子的期盼。",
          "中午时分气温升高，志愿者把冰镇饮品和清凉贴送到家长手中，还提醒大家注意防暑。",
          "一位家长突然感到头晕，志愿者立即扶她到阴凉处休息，又递上温水和药品帮她缓解不适。",
          "考试结束的铃声响起，志愿者们又忙着为走出考场的孩子递上写满祝福的卡片。",
          "服务点旁立着醒目的指示牌，家长们远远就能找到这处可以歇脚的地方。",
          "赶上下雨，帐篷里挤满了避雨的家长，志愿者把备好的雨衣一件件分发出去。",
        ]
      case .outdoor: [
          "正午时分，几位外卖骑手推门走进驿站，熟练地接水、充电，坐下来歇了歇脚。",
          "驿站里的微波炉、饮水机和药箱摆放整齐，角落里还有一个放着针线包和老花镜的便民箱。",
          "环卫工人说，以前午饭只能在路边凑合，现在有了固定的落脚点。",
          "工作人员每天都会检查一遍设施，及时补充饮用水和常用药品。",
          "冬天里驿站备着暖贴和热水，到了夏天则换成绿豆汤和防暑药品。",
          "不少骑手把驿站当成了“加油站”，跑单间隙进来喝口水、喘口气再出发。",
        ]
      case .activity: [
          "活动现场布置得简洁温馨，签到处早早排起了队。", "主持人宣布活动开始后，现场气氛很快热了起来。",
          "不少职工是和同事结伴而来，有的还带上了家人。", "工会工作人员在场边维持秩序，并为大家准备了饮用水和毛巾。",
          "活动间隙，大家三五成群地交流心得，不时传出笑声。", "为了保证安全，现场还安排了医护人员全程值守。",
          "活动结束时，不少职工还意犹未尽，围着工作人员打听下一次的安排。",
        ]
      case .care: [
          "慰问组一行带着米、面、油和慰问信，一家一家地上门走访。",
          "在一处建筑工地，慰问组把慰问品送到刚下班的工人手中，叮嘱大家注意安全。",
          "在快递网点，工会干部和快递小哥聊起了收入、休息和孩子上学的情况。",
          "有的职工家中老人卧病在床，慰问组详细记下了他们的实际困难。",
          "走访中，工会干部把联系卡留给职工，告诉他们遇到困难随时打电话。",
          "慰问品中既有生活必需品，也有适合冬季使用的保暖用品。",
        ]
      }
    let sentences = rng.sample(pool, pool.count)
    let split = rng.int(3...4)
    return (
      Passage(stringLiteral: sentences[..<split].joined()), Passage(stringLiteral: sentences[split...].joined())
    )
  }

  /// Why the work matters, as the union frames it.
  static func significance(_ org: String, _ rng: inout SplitMix64) -> Passage {
    let first = rng.pick([
      "近年来，\(org)坚持把服务职工作为工作的出发点和落脚点", "据了解，\(org)围绕职工的急难愁盼推出了一批服务项目",
      "这是\(org)深化服务职工工作的又一项具体举措", "记者了解到，\(org)把这类服务纳入了年度为职工办实事清单",
      "多年来，\(org)在基层服务上持续发力",
    ])
    let second = rng.pick([
      "不断丰富服务内容、创新服务方式", "推动服务资源向基层一线延伸", "逐步形成了覆盖全年的服务链条",
      "在职工中收获了良好口碑", "探索出一套行之有效的工作方法",
    ])
    let third = rng.pick([
      "也让更多职工认识了工会、走近了工会。", "职工的归属感进一步增强。", "基层工会的凝聚力随之提升。",
      "劳动关系也更加和谐稳定。", "“娘家人”的形象更加深入人心。",
    ])
    return "\(first)，\(second)，\(third)"
  }
}
