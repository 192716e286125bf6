// Beijing's districts with some of their streets and towns, and cities outside Beijing.
// TODO: read Sources/Extraction/Data/gazetteer.tsv once it lands, instead of this built-in table.

/// A Beijing district (or the Economic-Technological Development Area) and some streets/towns in it.
struct District {
  /// Canonical name, as `Scope.district` holds it: `海淀区`, `北京经济技术开发区`.
  let name: String
  /// The name without 区, as headlines shorten it: `海淀`, `经开区`.
  let short: String
  /// Streets (街道), areas (地区) and towns (镇) of the district.
  let streets: [String]

  /// The 16 districts and the development area, from the table below.
  static let all: [District] = table.split(separator: "\n").map { line in
    let fields = line.split(separator: " ").map(String.init)
    return District(name: fields[0], short: fields[1], streets: Array(fields.dropFirst(2)))
  }

  // name short streets…
  private static let table = """
    东城区 东城 东华门街道 景山街道 交道口街道 安定门街道 北新桥街道 东四街道 朝阳门街道 建国门街道 和平里街道 前门街道 天坛街道 龙潭街道
    西城区 西城 新街口街道 月坛街道 展览路街道 德胜街道 金融街街道 什刹海街道 大栅栏街道 天桥街道 椿树街道 陶然亭街道 牛街街道 白纸坊街道
    朝阳区 朝阳 望京街道 建外街道 朝外街道 呼家楼街道 三里屯街道 团结湖街道 双井街道 劲松街道 潘家园街道 奥运村街道 小关街道 酒仙桥街道 东湖街道 金盏地区
    海淀区 海淀 中关村街道 海淀街道 万寿路街道 羊坊店街道 甘家口街道 紫竹院街道 北太平庄街道 学院路街道 清河街道 上地街道 西三旗街道 温泉镇 上庄镇
    丰台区 丰台 右安门街道 太平桥街道 西罗园街道 大红门街道 东高地街道 方庄街道 六里桥街道 新村街道 长辛店街道 宛平街道 王佐镇
    石景山区 石景山 八宝山街道 老山街道 八角街道 古城街道 苹果园街道 金顶街街道 广宁街道 五里坨街道 鲁谷街道
    门头沟区 门头沟 大峪街道 城子街道 东辛房街道 永定镇 龙泉镇 潭柘寺镇 军庄镇 妙峰山镇 斋堂镇 王平镇
    房山区 房山 拱辰街道 西潞街道 城关街道 新镇街道 向阳街道 星城街道 良乡镇 周口店镇 琉璃河镇 长阳镇 窦店镇 青龙湖镇
    通州区 通州 中仓街道 新华街道 北苑街道 玉桥街道 潞源街道 通运街道 永顺镇 梨园镇 宋庄镇 张家湾镇 台湖镇 西集镇
    顺义区 顺义 胜利街道 光明街道 石园街道 空港街道 双丰街道 旺泉街道 仁和镇 后沙峪镇 天竺镇 杨镇 牛栏山镇 南彩镇
    昌平区 昌平 城北街道 城南街道 回龙观街道 天通苑北街道 霍营街道 史各庄街道 沙河镇 南口镇 小汤山镇 北七家镇 百善镇 阳坊镇
    大兴区 大兴 兴丰街道 林校路街道 清源街道 黄村镇 旧宫镇 西红门镇 瀛海镇 青云店镇 采育镇 魏善庄镇 庞各庄镇 礼贤镇
    怀柔区 怀柔 泉河街道 龙山街道 怀柔镇 雁栖镇 北房镇 杨宋镇 庙城镇 桥梓镇 渤海镇 九渡河镇 琉璃庙镇
    平谷区 平谷 滨河街道 兴谷街道 渔阳地区 峪口镇 马坊镇 金海湖镇 东高村镇 山东庄镇 大华山镇 夏各庄镇 王辛庄镇
    密云区 密云 鼓楼街道 果园街道 檀营地区 溪翁庄镇 西田各庄镇 十里堡镇 河南寨镇 巨各庄镇 穆家峪镇 太师屯镇 古北口镇
    延庆区 延庆 百泉街道 香水园街道 儒林街道 延庆镇 康庄镇 八达岭镇 永宁镇 旧县镇 张山营镇 四海镇 千家店镇
    北京经济技术开发区 经开区 荣华街道 博兴街道
    """
}

/// A city outside Beijing, named as `Scope.outside` holds it: province + city (`江苏省苏州市`).
struct OutsideCity {
  let province: String
  let city: String

  var scopeName: String { province + city }

  static let all: [OutsideCity] = [
    ("河北省", "廊坊市"), ("河北省", "保定市"), ("河北省", "唐山市"), ("江苏省", "苏州市"), ("江苏省", "无锡市"),
    ("浙江省", "杭州市"), ("浙江省", "宁波市"), ("山东省", "青岛市"), ("山东省", "烟台市"), ("广东省", "东莞市"),
    ("广东省", "佛山市"), ("吉林省", "长春市"), ("辽宁省", "大连市"), ("四川省", "成都市"), ("湖北省", "武汉市"),
    ("河南省", "洛阳市"), ("陕西省", "西安市"), ("福建省", "厦门市"), ("安徽省", "合肥市"), ("湖南省", "株洲市"),
  ].map { OutsideCity(province: $0.0, city: $0.1) }
}
