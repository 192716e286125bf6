// Figure-free sentences every shape borrows: closings, voices of workers, lists of services.

/// Running text that carries no planted figure, recombined clause by clause.
enum Phrasebook {
  /// `X相关负责人表示，下一步…，…。`
  static func closing(_ org: String, _ rng: inout SplitMix64) -> Passage {
    let speaker = rng.pick(["相关负责人表示", "相关负责人介绍说", "负责同志表示", "主要负责人在活动结束时说"])
    let next = rng.pick([
      "下一步将把这项服务做成常态", "今后会继续倾听一线的声音", "接下来还要把服务往基层再推一步",
      "工会将继续把职工的冷暖放在心上", "后续将总结经验、补齐短板", "将把好做法固定下来并逐步推广",
      "会继续发动更多基层工会参与进来", "还将结合季节特点推出新的服务项目",
    ])
    let goal = rng.pick([
      "让职工在家门口就能感受到组织的关怀", "让服务更贴近职工的实际需要", "让每一位劳动者都能找到歇脚的地方",
      "不断增强职工的获得感和认同感", "把温暖实实在在送到劳动者身边", "努力做职工信得过、靠得住的贴心人",
      "让工会服务看得见、摸得着", "推动工会工作在基层落地见效",
    ])
    let extra = rng.chance(0.8)
      ? "，" + rng.pick(["在服务方式上多想办法", "用好各方资源", "把小事办实、把实事办好", "持续擦亮这块服务招牌", "把职工的需求清单变成服务清单"])
      : ""
    return "\(org)\(speaker)，\(next)\(extra)，\(goal)。"
  }

  /// Whom a story's voices belong to.
  enum Voices { case exam, outdoor, activity }

  /// A worker or parent speaking, then who spoke.
  static func voice(_ voices: Voices, _ rng: inout SplitMix64) -> Passage {
    let (words, who): ([String], [String]) =
      switch voices {
      case .exam: (
          [
            "孩子进了考场，我在这儿等着也不觉得慌了", "工会的同志想得真周到，连充电线和雨衣都准备好了",
            "坐在帐篷里喝口水、写张祝福卡，心一下子就静下来了", "这几天天热，有个地方歇脚真是帮了大忙",
          ], ["一位考生家长", "一位送考的父亲", "一名考务保障人员", "在考点外等候的家长"])
      case .outdoor: (
          [
            "没想到在路边也能喝上一口热水，心里一下子踏实了", "天热的时候能进来坐一坐，对我们跑外卖的来说太重要了",
            "手机没电了就来这儿充一会儿，饭也能热一热", "以前总觉得工会离我们挺远，现在发现就在身边",
          ], ["一位快递员", "一名环卫工人", "一位外卖骑手", "刚送完一单的骑手"])
      case .activity: (
          [
            "平时忙着上班，难得有机会这样放松一回", "大家一起出汗、一起加油，感觉团队更拧成一股绳了",
            "这份心意我们都记在心里，干起活来也更有劲了", "希望工会以后多组织这样的活动",
          ], ["参加活动的职工", "现场的一名职工", "一位青年职工", "一位老劳模"])
      }
    let said = rng.pick(words)
    let speaker = rng.pick(who)
    return rng.chance(0.5) ? "“\(said)。”\(speaker)说。" : "\(speaker)告诉记者：“\(said)。”"
  }

  /// Three to five services from a pool, joined by 、.
  static func services(_ rng: inout SplitMix64) -> String {
    rng.sample([
      "饮用水", "防暑药品", "充电设备", "休息座椅", "雨具", "文具", "应急药箱", "心理疏导", "清凉贴", "纸巾",
      "微波炉热饭", "手机充电", "爱心图书", "解压小玩具", "应急打印",
    ], rng.int(3...5)).joined(separator: "、")
  }

  /// A paragraph on how the work is organised; no numbers.
  static func background(_ org: String, _ rng: inout SplitMix64) -> Passage {
    let first = rng.pick([
      "为了把服务做细，\(org)提前摸清了职工的需求", "活动开始前，\(org)召开了专题部署会",
      "\(org)把这项工作列入了年度重点任务", "围绕职工最关心的问题，\(org)多次走访一线",
      "据了解，\(org)专门成立了工作专班",
    ])
    let second = rng.pick([
      "逐项明确了物资、人员和安全保障的分工", "对参与服务的人员进行了岗前培训", "还邀请专业机构参与方案设计",
      "统一了服务标识和工作流程", "建立了问题收集和反馈的工作台账",
    ])
    let third = rng.pick([
      "确保各项服务有序开展。", "力求每个环节都不出差错。", "做到事前有准备、事中有保障、事后有总结。",
      "让服务既有温度又有章法。", "受到了职工群众的普遍好评。",
    ])
    return "\(first)，\(second)，\(third)"
  }

  /// A sentence with numbers that are not facts: money, areas, distances, events, dates, enterprises.
  static func distractor(_ desk: inout Desk) -> Passage {
    switch desk.int(0...9) {
    case 0: return "今年，相关工会为此安排专项经费\(desk.int(5...90))万元，专款用于物资采购和场地布置。"
    case 1: return "服务场地面积约\(desk.int(20...300))平方米，划分出休息区、阅读区和咨询区。"
    case 2: return "活动路线全长约\(desk.int(3...12))公里，沿途设置了补给和医疗保障。"
    case 3: return "此前，该工会已陆续开展各类主题活动\(desk.int(6...40))场。"
    case 4: return "辖区\(desk.int(12...160))家企业派出工会干部前来观摩。"
    case 5: return "相关服务将持续到\(desk.day(month: 7...12))，为期\(desk.int(2...30))天。"
    case 6: return "职工服务热线12351全天开通，职工可随时拨打咨询。"
    case 7: return "服务覆盖周边\(desk.int(3...25))个社区，职工满意度达到\(desk.int(90...99))%。"
    case 8: return "这已是该活动举办的第\(PrintedNumerals.ordinal(desk.int(2...12)))届。"
    default: return "活动现场还发放了宣传折页\(desk.int(2...9))00余张，宣传工会政策和入会渠道。"
    }
  }
}

/// Chinese ordinals for 第N届 and 连续第N年.
enum PrintedNumerals {
  /// 2 → 二, 12 → 十二.
  static func ordinal(_ n: Int) -> String {
    n == 2 ? "二" : AmountPrinter.chineseSmall(n).replacingOccurrences(of: "两", with: "二")
  }
}
