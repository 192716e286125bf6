// Measure words and units written after a number: 人次 名 家 小时 元 公里 平方米 % ℃ kg ….

/// The word after a number that says what is counted or measured.
struct MeasureWord: Sendable, Hashable {
  /// How the word counts.
  enum Kind: Sendable, Hashable {
    /// A classifier (量词) for counted things: 名 人 家 个 支 场 项. `一` + classifier is often
    /// the indefinite article (`一张网`, `一起`), not a count.
    case classifier
    /// A unit of measurement, time or money: 小时 天 年 元 公里 克 ℃. May follow 个 (`一个半小时`).
    case measure
    /// 百分点 and %: the value is a percentage.
    case percent
  }

  /// The unit as reported (`个百分点` → `%`, `CM` → `cm`, `块钱` → `块`).
  let unit: String
  let kind: Kind

  /// Reads the longest measure word at the start of the input. A word is not read when the
  /// next scalar makes it part of another word (`年级`, `人民`, `名单`), when a Latin unit runs
  /// on into more letters (`5G`, `3days`), or when a one-letter unit has the wrong case.
  static func parse(_ input: inout ScalarInput, kinds: Kinds = .all) -> MeasureWord? {
    // NB: the kinds asked for are bits, read once: hashing a `Set<Kind>` three times a call was
    // a fifth of the cost of reading a unit.
    let allowed = (kinds.contains(.classifier), kinds.contains(.measure), kinds.contains(.percent))
    let match = lexicon.longestMatch(in: input) { entry, end in
      let spec = entry.value
      switch spec.word.kind {
      case .classifier: guard allowed.0 else { return false }
      case .measure: guard allowed.1 else { return false }
      case .percent: guard allowed.2 else { return false }
      }
      let next = end < input.endIndex ? input[end] : nil
      if let next, spec.notBefore.contains(next) { return false }
      if spec.needsNoun, !(next?.isHan ?? false) { return false }
      if spec.isLatin {
        if let next, Scalars.isLatinLetter(next) { return false }
        if spec.caseSensitive, input.first != entry.word.first { return false }
      }
      return true
    }
    guard let (entry, end) = match else { return nil }
    input = input[end...]
    return entry.value.word
  }

  /// A set of kinds as bits.
  struct Kinds: OptionSet, Sendable {
    let rawValue: UInt8
    static let classifier = Kinds(rawValue: 1)
    static let measure = Kinds(rawValue: 2)
    static let percent = Kinds(rawValue: 4)
    static let all: Kinds = [.classifier, .measure, .percent]
  }

  /// Whether a word at the start of the input would read as a measure word.
  static func starts(_ input: ScalarInput, kinds: Kinds = .all) -> Bool {
    var copy = input
    return parse(&copy, kinds: kinds) != nil
  }

  /// A lexicon entry: the word, and when it is not one.
  private struct Spec: Sendable {
    let word: MeasureWord
    /// Scalars after which the word is part of another word; a handful, searched in order.
    let notBefore: [Unicode.Scalar]
    /// The word counts only with the noun it counts right after it (`85所考点`; `航天25所` is an institute).
    var needsNoun = false
    let isLatin: Bool
    let caseSensitive: Bool
  }

  private static let lexicon: Lexicon<Spec> = {
    var pairs: [(String, Spec)] = []
    func add(_ words: String, _ kind: Kind, as unit: String? = nil, notBefore: String = "", needsNoun: Bool = false) {
      for written in words.split(separator: " ") {
        let text = String(written)
        let isLatin = text.unicodeScalars.contains(where: Scalars.isLatinLetter)
        let isLatinWord = text.unicodeScalars.allSatisfy(Scalars.isLatinLetter)
        let reported = unit ?? (isLatinWord && text.count > 1 ? text.lowercased() : text)
        pairs.append(
          (
            text,
            Spec(
              word: MeasureWord(unit: reported, kind: kind),
              notBefore: Array(notBefore.unicodeScalars), needsNoun: needsNoun, isLatin: isLatin,
              caseSensitive: isLatin && text.unicodeScalars.count == 1)
          ))
      }
    }
    // Counted people and things.
    add("人次", .classifier)
    add("个次 個次", .classifier)
    add("人", .classifier, notBefore: "民气")
    add("名", .classifier, notBefore: "称字义额牌誉次")
    add("位", .classifier, notBefore: "置于列")
    add("家", .classifier, notBefore: "庭人长乡属园具电门")
    add("个 個", .classifier)
    add("支", .classifier, notBefore: "持付部援出撑")
    add("对 對", .classifier, notBefore: "于象接话口待比照外手标应")
    add("份 张 張 期 批 件 篇 双 雙 只 隻 枚 盒 袋 瓶 箱 束 幢 棵 株 匹 笔 筆 例 起", .classifier)
    add("场 場", .classifier, notBefore: "所地馆景")
    add("项 項", .classifier, notBefore: "目")
    add("组 組", .classifier, notBefore: "织成建委长")
    add("次", .classifier, notBefore: "数日年要")
    add("届 屆 轮 輪 栋 棟 辆 輛 套 册 冊 座 间 間 户 戶 条 條 类 類 种 種 款 把 顶 根 杯 餐 桌 道", .classifier,
      notBefore: "外口籍件例款理")
    add("处 處", .classifier, notBefore: "理长室分")
    // NB: schools and exam sites are counted in 所 (`85所考点`, `3所高校`); 所有, 所以, 所在… are no count.
    add("所", .classifier, notBefore: "有以在属谓得长需", needsNoun: true)
    add("台 臺", .classifier, notBefore: "湾阶风上")
    add("门 門", .classifier, notBefore: "口户槛")
    add("本", .classifier, notBefore: "地市次届报科领身")
    add("包", .classifier, notBefore: "括")
    add("片", .classifier, notBefore: "区")
    add("层 層", .classifier, notBefore: "面级")
    add("头 頭", .classifier, notBefore: "脑")
    add("节 節", .classifier, notBefore: "日约能目点")
    add("块 塊", .measure, notBefore: "儿")
    add("块钱 塊錢", .measure, as: "块")
    // Time and age.
    add("小时 小時 钟头 鐘頭 分钟 分鐘 刻钟 刻鐘 秒钟 秒鐘 秒 毫秒 微秒 天 日 周 週 星期 工作日 季度 周年 週年 周岁 週歲 岁 歲", .measure)
    add("年", .measure, notBefore: "级代轻纪龄会货画")
    add("月", .measure)
    // Money.
    add("角", .measure, notBefore: "形落色度洲逐")
    add("元 圆 圓 毛 美元 欧元 歐元 日元 日圆 英镑 英鎊 港元 港币 港幣 澳元 卢布 盧布 人民币 人民幣 新台币 新台幣", .measure)
    add("台币 台幣 美圆 美金 韩元 韓元 法郎 比特币 比特幣 美分 欧 歐 加元 加币 加幣 澳币 澳幣 新加坡元 新元", .measure)
    add("泰铢 泰銖 卢比 盧比 韩币 韓幣 越南盾 瑞士法郎 瑞郎 马克 馬克 里拉 比索 兰特 林吉特 先令 第纳尔 英磅", .measure)
    add("分钱 分錢", .measure, as: "分")
    // Length, area, weight, volume, temperature, others.
    add("公里 千米 米 厘米 公分 毫米 分米 公尺 英里 英裏 英尺 英寸 吋 寸 海里 光年", .measure)
    add("尺", .measure, notBefore: "度寸")
    add("平方米 平方公里 平方千米 平方厘米 平米 亩 畝 公顷 公頃 立方米", .measure)
    add("吨 噸 公吨 公噸 公斤 千克 公克 克 斤 两 兩 微克 毫克 磅 盎司 升 公升 毫升 加仑 加侖 品脱 夸脱", .measure)
    add("码 碼 英亩 英畝 微米 纳米 奈米 立方厘米 立方分米 立方英尺 马力 馬力 赫兹 千赫 兆赫 焦耳 卡路里 大卡 千卡 分贝", .measure)
    add("字节 千字节 兆字节 比特", .measure)
    add("摄氏度 攝氏度 华氏度 華氏度 度 °C ℃ °F ℉ ° 千瓦时 千瓦 瓦 摩尔 倍", .measure)
    add("km cm mm kg mg ml m² ㎡ m g L l", .measure)
    // Percentages.
    add("% ％", .percent, as: "%")
    add("个百分点 個百分點 百分点 百分點", .percent, as: "%")
    return Lexicon(pairs)
  }()
}
