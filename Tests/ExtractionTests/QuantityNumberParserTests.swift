// The small parsers under QuantityParser: the value they read and the input they leave.
import Testing

@testable import Extraction

@Test(arguments: [
  ("66万余人次", 660_000.0, "余人次"), ("12.72万人", 127_200, "人"), ("1463 家", 1_463, " 家"),
  ("48.13 万人", 481_300, "人"), ("一千零二十名", 1_020, "名"), ("三十两", 30, "两"),
  ("两千米", 2_000, "米"), ("12千米", 12, "千米"), ("一千克", 1, "千克"), ("十余万", 100_000, ""),
  ("3万4千6百元", 34_600, "元"), ("两个亿卢布", 200_000_000, "卢布"), ("二十点一万", 201_000, ""),
  ("零點77", 0.77, ""), ("10 20", 10, " 20"), ("八点", 8, "点"), ("1,234,567.5元", 1_234_567.5, "元"),
  ("3，5000", 3, "，5000"), ("２．２亿", 220_000_000, ""),
])
func numberAndRemainingInput(text: String, value: Double, rest: String) {
  var input = ArraySlice(Array(text.unicodeScalars))
  let reading = NumberParser.parse(&input)
  #expect(reading.map { PeerSuite.close($0.low, value) } == true, "\(String(describing: reading))")
  #expect(String(String.UnicodeScalarView(input)) == rest)
}

@Test(arguments: [
  ("三五百", 300.0, 500.0), ("十五六", 15, 16), ("七百三四十", 730, 740), ("三万四五", 34_000, 35_000),
  ("一两百", 100, 200), ("四十五六万", 450_000, 460_000),
])
func adjacentDigitsReadAsARange(text: String, low: Double, high: Double) {
  var input = ArraySlice(Array(text.unicodeScalars))
  let reading = NumberParser.parse(&input)
  #expect(reading?.isAdjacentRange == true)
  #expect(reading?.low == low && reading?.high == high)
}

@Test(arguments: ["人", "", "成", "点五", "，", "-"])
func noNumberLeavesTheInputAlone(text: String) {
  var input = ArraySlice(Array(text.unicodeScalars))
  #expect(NumberParser.parse(&input) == nil)
  #expect(input.count == text.unicodeScalars.count)
}

@Test(arguments: [
  ("人次", "人次", ""), ("人民", nil, "人民"), ("个百分点", "%", ""), ("CM高", "cm", "高"), ("G网", nil, "G网"),
  ("年级", nil, "年级"), ("名员工", "名", "员工"), ("kgs", nil, "kgs"), ("块钱", "块", ""),
] as [(String, String?, String)])
func measureWordAndRemainingInput(text: String, unit: String?, rest: String) {
  var input = ArraySlice(Array(text.unicodeScalars))
  #expect(MeasureWord.parse(&input)?.unit == unit)
  #expect(String(String.UnicodeScalarView(input)) == rest)
}
