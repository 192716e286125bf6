import Testing
import ChineseText

@Test(arguments: [
  ("十", 10.0), ("十五", 15), ("二十", 20), ("一百零八", 108), ("两千", 2000), ("一千零二十", 1020),
  ("三万五千", 35000), ("十二万", 120000), ("五亿零六", 500000006), ("七十八万五佰零六", 780506),
  ("二〇二四", 2024), ("壹仟贰佰", 1200), ("九", 9),
])
func valueOfNumeralWord(text: String, expected: Double) {
  #expect(ChineseNumeral.value(of: text) == expected)
}

@Test(arguments: ["", "十a", "北京", "12"])
func notANumeralWord(text: String) {
  #expect(ChineseNumeral.value(of: text) == nil)
}
