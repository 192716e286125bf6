// A data box's figures set over their labels: `386` over `个职工志愿服务站点`.
import Testing
@testable import NewsCorpus

@Test(arguments: [
  ("386", true), ("2.6万", true), ("4800余", true), ("1,200", true), ("9.3万 ", true), ("20万+", true),
  ("98%", false), ("2023年", false), ("第3", false), ("共386", false), (".5", false), ("", false),
])
func aBareNumberIsDigitsAndItsRounding(line: String, expected: Bool) {
  #expect(NumberOverLabel.isBareNumber(Array(line.unicodeScalars)) == expected)
}

@Test(arguments: [
  ("个职工志愿服务站点", true), ("人次考生家长接受服务", true), ("名", false), ("份，惠及户外劳动者近两万人。", false), ("考点", false),
])
func aLabelOpensWithItsMeasureWord(line: String, expected: Bool) {
  #expect(NumberOverLabel.isLabel(Array(line.unicodeScalars)) == expected)
}

/// Each figure of a box is a paragraph with its label, never a title; a number a column broke out of
/// a sentence stays in that sentence.
@Test func aBoxsFiguresOverTheirLabelsAreRows() throws {
  let page = """
    高考首日“工会蓝”守在考场外

    本报讯 今年高考首日，全市职工志愿者守在考场外，为考生家长提供服务。

    【数读】
    ３８６
    个职工志愿服务站点

    4800 余
    名职工志愿者

    7月以来，区总工会为户外劳动者发放清凉大礼包
    18 600
    份，惠及户外劳动者近两万人。
    """
  let paragraphs = try parse(page).articles.flatMap(\.paragraphs).map(\.text)
  #expect(paragraphs.contains("３８６个职工志愿服务站点") && paragraphs.contains("4800 余名职工志愿者"))
  #expect(paragraphs.contains { $0.contains("清凉大礼包18 600份，惠及") })
}

@Test(arguments: [
  ("876家", true), ("46.2万人次", true), ("1.2万名", true), ("1600+ 名", true), ("31个", true),
  ("386", false), ("876家，", false), ("876家驿站", false), ("2023年", false), ("98%", false),
])
func aFigureIsANumberAndItsMeasureWord(line: String, expected: Bool) {
  #expect(NumberOverLabel.isFigure(Array(line.unicodeScalars)) == expected)
}

@Test(arguments: [
  ("全区户外劳动者暖心驿站", true), ("中高考伴考服务点", true), ("伴考包", true), ("2023年职工志愿服务时长", true),
  ("“两节”走访慰问职工", true),
  ("覆盖全区43个街乡", false), ("其中，望京街道", false), ("站", false), ("2023年", false),
])
func aPlainLabelIsShortWordsWithNoNumber(line: String, expected: Bool) {
  #expect(NumberOverLabel.isPlainLabel(Array(line.unicodeScalars)) == expected)
}

/// A post's 数说 sets a figure with its measure word under its label or over it: each pair is a row.
@Test func aPostsFiguresUnderAndOverTheirLabelsAreRows() throws {
  let page = """
    数说2023｜朝阳工会这一年

    本报讯 2023年，朝阳区总工会用心服务全区职工。

    全区户外劳动者暖心驿站
    876家
    覆盖全区43个街乡

    31个
    中高考伴考服务点

    全区职工志愿服务队
    １２７
    支

    2023年职工志愿服务时长
    20万+
    小时

    “两节”走访慰问职工
    6.8万
    人次
    """
  let paragraphs = try parse(page).articles.flatMap(\.paragraphs).map(\.text)
  #expect(paragraphs.contains("全区户外劳动者暖心驿站876家") && paragraphs.contains("31个中高考伴考服务点"))
  // Its label, its figure and its measure word on three lines are one row too.
  #expect(paragraphs.contains("全区职工志愿服务队１２７支") && paragraphs.contains("2023年职工志愿服务时长20万+小时"))
  #expect(paragraphs.contains("“两节”走访慰问职工6.8万人次"))
}
