// Letters an OCR engine read for digits, inside numbers only.
import Testing
@testable import ChineseText

@Test(arguments: [
  // Inside a number a letter is the digit it looks like.
  ("2O15年高考", "2015年高考"), ("考点外设立服务点l0个", "考点外设立服务点10个"), ("3O余名志愿者", "30余名志愿者"),
  ("新建站点6l8个", "新建站点618个"), ("第l3届", "第13届"), ("2O2O年", "2020年"), ("首批8OOO份已于", "首批8000份已于"), ("志愿者逾l OOO名", "志愿者逾1000名"), ("考生l3O余人次", "考生130余人次"), ("COVID-l9", "COVID-19"), ("iPhone l5", "iPhone 15"),
  ("２Ｏ１５年", "2015年"), ("2O15.6.9", "2015.6.9"), ("1.O万人次", "1.0万人次"),
  // Letter-spacing after a lone digit or letter joins the number; the space goes later, as for any number.
  ("服务家长l 5OO余人次", "服务家长1500余人次"),
  // No number: a word, a number opening with O, letters of a Latin word, a number beside a word.
  ("O2O平台", "O2O平台"), ("B2O", "B2O"), ("hello2O", "hello2O"), ("ISO9001", "ISO9001"),
  ("Il", "Il"), ("lO", "lO"), ("I型", "I型"), ("OO名", "OO名"), ("北京一O一中学", "北京一O一中学"), ("top 10 I think", "top 10 I think"), ("I love 5G", "I love 5G"),
])
func lettersOCRReadForDigitsAreDigitsInsideNumbers(line: String, expected: String) {
  #expect(TextNormalizer.normalize(line).string == expected)
}

/// A repair keeps every scalar where it was: the origin map still points into the text as printed.
@Test func aRepairedNumberKeepsItsOrigins() {
  let normalized = TextNormalizer.normalize("共l 5OO人")
  #expect(normalized.string == "共1500人")
  #expect(normalized.origin == [0, 1, 3, 4, 5, 6])
}
