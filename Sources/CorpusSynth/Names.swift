// Made-up people and organisations: reporters, union officials, enterprises, schools, venues.

/// Invented names, drawn so that no real reporter or company is implied.
enum Names {
  private static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺龚文")
  private static let given = Array("晓思雅欣磊婷宇浩静洁敏涛鹏琳颖超杰慧娜峰丽强芳军华明亮佳悦然晨阳楠蕾璐倩博凯梅雪薇帆航萌妍昕彤立新志国建春秋宁安达")

  /// A person's name: surname plus one or two given characters.
  static func person(_ rng: inout SplitMix64) -> String {
    var name = String(rng.pick(surnames)) + String(rng.pick(given))
    if rng.chance(0.6) { name.append(rng.pick(given)) }
    return name
  }

  /// Several distinct names.
  static func people(_ count: Int, _ rng: inout SplitMix64) -> [String] {
    var names: [String] = []
    while names.count < count {
      let name = person(&rng)
      if !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// An enterprise, as its union is named: `北京恒远建设集团`.
  static func enterprise(_ rng: inout SplitMix64) -> String {
    let stems = ["恒远", "华信", "京泰", "兴和", "嘉禾", "瑞通", "安达", "首创源", "金桥", "长青", "润泽", "鼎盛", "博远", "中科信", "诚丰", "新纪元"]
    let trades = ["建设集团", "燃热公司", "物业集团", "交通集团", "电子科技有限公司", "商业集团", "水务集团", "医药集团", "环卫集团", "文旅集团", "供电公司", "建工集团"]
    return "北京" + rng.pick(stems) + rng.pick(trades)
  }

  /// A city-level industry union: `北京市金融工会`.
  static func industryUnion(_ rng: inout SplitMix64) -> String {
    "北京市" + rng.pick(["金融", "建设", "商贸", "教育", "卫生健康", "农林水", "交通运输", "国防邮电", "旅游", "科技", "城市运行保障", "工业"]) + "工会"
  }

  /// A college, hospital or institute (its union is named after it).
  static func institution(_ rng: inout SplitMix64) -> String {
    rng.pick([
      "北京城建职业学院", "北京康华医院", "北京联合科技学院", "北京市康宁第二医院", "北京工运职业学院", "首都服务业大学", "北京市园林科学研究院",
    ])
  }

  /// An exam venue in a district: `顺义一中`, `昌平区实验中学`.
  static func school(in district: District, _ rng: inout SplitMix64) -> String {
    rng.pick([
      district.short + "一中", district.short + "二中", district.name + "实验中学", district.short + "第五中学",
      district.name + "第一职业学校", district.short + "育英学校", district.short + "师范附中",
    ])
  }

  /// A venue for a sports or culture event.
  static func venue(_ rng: inout SplitMix64) -> String {
    rng.pick([
      "市职工体育馆", "区全民健身中心", "劳动人民文化宫", "区职工之家", "园区文体中心", "工人体育场训练馆", "职工活动中心", "区文化馆",
    ])
  }
}
