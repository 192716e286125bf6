// QuantityParser on the forms of news text: numerals, approximations, units, ranges, non-numbers.
import Testing

@testable import Extraction

/// What a text's quantity should be: qualifier, bounds and unit, written the short way.
struct Expected: Sendable, CustomTestStringConvertible {
  var value: Double?
  var low: Double?
  var high: Double?
  var qualifier: Qualifier
  var unit: String?

  static func exact(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: value, high: value, qualifier: .exact, unit: unit)
  }
  static func moreThan(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: value, high: nil, qualifier: .moreThan, unit: unit)
  }
  static func atLeast(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: value, high: nil, qualifier: .atLeast, unit: unit)
  }
  static func nearly(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: nil, high: value, qualifier: .nearly, unit: unit)
  }
  static func lessThan(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: nil, high: value, qualifier: .lessThan, unit: unit)
  }
  static func about(_ value: Double, _ unit: String? = nil) -> Expected {
    Expected(value: value, low: nil, high: nil, qualifier: .about, unit: unit)
  }
  static func range(_ low: Double, _ high: Double, _ unit: String? = nil) -> Expected {
    Expected(value: nil, low: low, high: high, qualifier: .range, unit: unit)
  }

  var testDescription: String {
    "\(qualifier.rawValue) \(value.map { "\($0)" } ?? "-") [\(low.map { "\($0)" } ?? "-"), "
      + "\(high.map { "\($0)" } ?? "-")] \(unit ?? "nil")"
  }

  func matches(_ quantity: Quantity) -> Bool {
    PeerSuite.close(quantity.value, value) && PeerSuite.close(quantity.low, low)
      && PeerSuite.close(quantity.high, high) && quantity.qualifier == qualifier
      && quantity.unit == unit
  }
}

@Test(arguments: [
  ("66万余人次", Expected.moreThan(660_000, "人次")),
  ("3万余人", .moreThan(30_000, "人")),
  ("千余名", .moreThan(1_000, "名")),
  ("1500余名", .moreThan(1_500, "名")),
  ("近千名", .nearly(1_000, "名")),
  ("上万人次", .atLeast(10_000, "人次")),
  ("1200余个次", .moreThan(1_200, "个次")),
  ("3个月", .exact(3, "月")),
  ("上百名", .atLeast(100, "名")),
  ("超50000小时", .moreThan(50_000, "小时")),
  ("超五成", .moreThan(0.5)),
  ("1463 家", .exact(1_463, "家")),
  // Schools and exam sites are counted in 所, with the noun they count after it.
  ("85所考点", .exact(85, "所")), ("3所高校", .exact(3, "所")),
  ("12.72万人", .exact(127_200, "人")),
  ("48.13 万人", .exact(481_300, "人")),
  ("15万元～30万元", .range(150_000, 300_000, "元")),
  ("100万元～600万元", .range(1_000_000, 6_000_000, "元")),
  ("百余家", .moreThan(100, "家")),
  ("10余年", .moreThan(10, "年")),
  ("两天半", .exact(2.5, "天")),
  ("9000 余家", .moreThan(9_000, "家")),
  ("近 400人", .nearly(400, "人")),
  ("24 小时", .exact(24, "小时")),
  ("19932 场", .exact(19_932, "场")),
  ("100万人次以上", .atLeast(1_000_000, "人次")),
  ("不少于 2000元", .atLeast(2_000, "元")),
  ("至少3支", .atLeast(3, "支")),
  ("超过300人", .moreThan(300, "人")),
  ("突破5万人次", .moreThan(50000, "人次")),
  ("10万+人次", .moreThan(100_000, "人次")),
  ("500＋名", .moreThan(500, "名")),
  // A bare number after a count noun is a count, not part of a name (驿站总数达1460).
  ("驿站总数达1460", .exact(1460)),
  ("逾百家", .moreThan(100, "家")),
  ("将近两年", .nearly(2, "年")),
  ("接近一半", .nearly(0.5)),
  ("不到 8分钟", .lessThan(8, "分钟")),
  ("不足十人", .lessThan(10, "人")),
  ("约 200 平方米", .about(200, "平方米")),
  ("大约三十公里", .about(30, "公里")),
  ("3年左右", .about(3, "年")),
  ("50人上下", .about(50, "人")),
  ("二十来岁", .about(20, "岁")),
  ("一年多", .moreThan(1, "年")),
  ("36℃多", .moreThan(36, "℃")),
  ("一个半小时", .exact(1.5, "小时")),
  ("三个月", .exact(3, "月")),
  ("半个月", .exact(0.5, "月")),
  ("近半年", .nearly(0.5, "年")),
  ("历时半年", .exact(0.5, "年")),
  ("百分之五", .exact(5, "%")),
  ("12.5%", .exact(12.5, "%")),
  ("３个百分点", .exact(3, "%")),
  ("五成", .exact(0.5)),
  ("三成半", .exact(0.35)),
  ("三分之一", .exact(1.0 / 3)),
  ("三五百公里", .range(300, 500, "公里")),
  ("十五六人", .range(15, 16, "人")),
  ("两三个", .range(2, 3, "个")),
  ("十几万人", .moreThan(100_000, "人")),
  ("1,050,000元", .exact(1_050_000, "元")),
  ("２．５亿元", .exact(250_000_000, "元")),
  ("一千零二十名", .exact(1_020, "名")),
  ("两万三千人", .exact(23_000, "人")),
  ("一万三", .exact(13_000)),
  ("壹万贰仟元整", .exact(12_000, "元")),
  ("20-30人", .range(20, 30, "人")),
  ("10至15天", .range(10, 15, "天")),
  ("两到三万元", .range(20_000, 30_000, "元")),
  ("37℃", .exact(37, "℃")),
  ("零下5度", .exact(-5, "度")),
  ("5kg", .exact(5, "kg")),
  ("1000以上，1500以下", .range(1_000, 1_500)),
  ("大于10小于20", .range(10, 20)),
  ("比 170 低", .lessThan(170)),
  ("10000与20000之间", .range(10_000, 20_000)),
  ("从一到十", .range(1, 10)),
  ("两到三百人", .range(200, 300, "人")),
  ("一块二", .exact(1.2, "块")),
  ("3块5", .exact(3.5, "块")),
  ("五元三毛", .exact(5.3, "元")),
  ("123元1角1分", .exact(123.11, "元")),
  ("三米九", .exact(3.9, "米")),
  ("摄氏37度", .exact(37, "摄氏度")),
  ("一百二十千米", .exact(120, "千米")),
  ("两千米", .exact(2_000, "米")),
  ("2万5", .exact(25_000)),
  ("数十万元", .moreThan(100_000, "元")),
  ("千分之三", .exact(0.3, "%")),
  ("1又1/5", .exact(1.2)),
  ("七十八万五佰零六", .exact(780_506)),
  // 超 that ends a word (商超: supermarkets) qualifies nothing.
  ("商超72家", .exact(72, "家")),
])
func mainQuantity(text: String, expected: Expected) {
  let found = QuantityParser.quantities(in: text)
  #expect(found.count == 1, "\(found.map(\.surface))")
  if let quantity = found.first {
    #expect(expected.matches(quantity), "\(quantity)")
  }
}

@Test(arguments: [
  "010-69366905", "4000151123", "8月14日", "2024年", "2024年度", "12时30分", "12 时 30 分",
  "第五届", "第十年", "第六十七期", "第 10 名", "龙徽1910文化", "北京2022冬奥会", "航天25所", "1+3+N",
  "335工作理念", "一线职工", "他所在的单位", "航天25所。", "一张网", "一起", "统一", "万一发生", "千万不要", "一路", "十分", "一些",
  "上午", "上级工会", "以上", "上半年", "2019年下半年", "后半夜", "上半场", "四化", "五人制足球赛", "三局两胜制", "五四广场", "两岸", "党的二十大", "周五对", "一度", "附近", "成为", "G20", "2024-08-14",
  "", "   ", "万", "万万", "元整", "编号010号", "共05人", "000人次",
  // An accounting digit alone ends a word: 队伍人数 is no 5 people, 大陆 no 6.
  "志愿服务队伍人数", "队伍人", "大陆人", "着陆",
])
func notAQuantity(text: String) {
  #expect(QuantityParser.quantities(in: text).isEmpty, "\(QuantityParser.quantities(in: text))")
}

@Test func quantitiesOfASentenceInTextOrder() {
  let text = "10余年来，“暖心伴考”累计服务职工及考生66万余人次，5000余人次志愿者提供超50000小时服务。"
  let found = QuantityParser.quantities(in: text)
  #expect(found.map(\.surface) == ["10余年", "66万余人次", "5000余人次", "超50000小时"])
  let scalars = Array(text.unicodeScalars)
  for quantity in found {
    let slice = String(String.UnicodeScalarView(scalars[quantity.start..<quantity.end]))
    #expect(slice == quantity.surface)
  }
  #expect(found.map(\.start) == [0, 21, 28, 40])
}

@Test func scalarOverloadGivesTheSameOffsets() {
  let text = "共计50余家单位的近150名青年职工"
  #expect(QuantityParser.quantities(in: Array(text.unicodeScalars)) == QuantityParser.quantities(in: text))
}

@Test func surfaceKeepsStraySpaces() {
  let found = QuantityParser.quantities(in: "企业 1463 家，职工 59 万余人")
  #expect(found.map(\.surface) == ["1463 家", "59 万余人"])
  #expect(found.map(\.value) == [1_463, 590_000])
}
