import ChineseText
import Testing

@Test(arguments: [
  ("十", 10.0), ("十五", 15), ("二十", 20), ("一百零八", 108), ("两千", 2000), ("一千零二十", 1020),
  ("三万五千", 35000), ("十二万", 120000), ("五亿零六", 500000006), ("七十八万五佰零六", 780506),
  ("二〇二四", 2024), ("壹仟贰佰", 1200), ("九", 9), ("零", 0), ("零十", 10),
  ("一万三", 13000), ("九百九", 990), ("两千三百五", 2350), ("一百二十万三", 1203000), ("千三", 1300),
  ("萬九", 19000), ("百二萬", 1200000), ("四万万", 400000000), ("一亿七万两千三百", 100072300),
  ("五十五兆一十二亿四万五千二", 55001200045200), ("一千一百一十一万一千一百一十一亿", 1111111100000000),
  ("一百零十万", 1100000), ("十一億零十萬", 1100100000), ("五百卅四", 534), ("一萬零卌", 10040),
  ("倆千两百贰拾二", 2222), ("叄仟貳佰壹拾肆萬陸仟捌佰零陸", 32146806), ("一一一", 111),
])
func valueOfNumeralWord(text: String, expected: Double) {
  #expect(ChineseNumeral.value(of: text) == expected)
}

@Test(arguments: ["", "十a", "北京", "12", "万", "万万", "千万", "百"])
func notANumeralWord(text: String) {
  #expect(ChineseNumeral.value(of: text) == nil)
}

@Test(arguments: [
  ("〇", 0), ("零", 0), ("一", 1), ("壹", 1), ("两", 2), ("兩", 2), ("俩", 2), ("贰", 2), ("叁", 3),
  ("肆", 4), ("伍", 5), ("陆", 6), ("柒", 7), ("捌", 8), ("玖", 9),
] as [(Unicode.Scalar, Int)])
func digitOfScalar(scalar: Unicode.Scalar, expected: Int) {
  #expect(ChineseNumeral.digit(scalar) == expected)
}

@Test func accumulatorAddsDecimalsBeforeALargeUnit() {
  var accumulator = NumeralAccumulator()
  accumulator.add(2, isSingleDigit: true)
  accumulator.multiply(bySmallUnit: 10)
  accumulator.addFraction(0.1)
  accumulator.multiply(byLargeUnit: 1e4)
  #expect(accumulator.value == 201000)
}
