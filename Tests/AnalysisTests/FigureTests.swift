import Testing
import Extraction
@testable import Analysis

@Test func sameReadingOnTwoLinesIsOneFigureWithTwoSources() {
  let cell = FigureCell([
    fact(.stations, "80个", value: 80, unit: "个", line: 3),
    fact(.stations, "80个", value: 80, unit: "个", line: 9),
  ])
  #expect(!cell.isConflict)
  #expect(cell.figures.count == 1)
  #expect(cell.leading?.sources.map(\.line) == [3, 9])
}

/// Measure words that count the same things one by one agree: 12个 and 12家 stations are one figure
/// (shown in the first source's word); 12个次 counts visits and stays apart, as does 12人次 beside 12名.
@Test func measureWordsThatCountOneByOneAgree() {
  let places = FigureCell([
    fact(.stations, "12家", value: 12, unit: "家", line: 7),
    fact(.stations, "12个", value: 12, unit: "个", line: 3),
    fact(.stations, "12处", value: 12, unit: "处", line: 9),
  ])
  #expect(!places.isConflict)
  #expect(places.leading?.unit == "个")
  #expect(places.leading?.sources.map(\.line) == [3, 7, 9])
  #expect(FigureCell([fact(.volunteers, "12名", value: 12, unit: "名"), fact(.volunteers, "12人", value: 12, unit: "人")]).figures.count == 1)
  #expect(FigureCell([fact(.stations, "12个", value: 12, unit: "个"), fact(.stations, "12个次", value: 12, unit: "个次")]).isConflict)
  #expect(FigureCell([fact(.volunteers, "12名", value: 12, unit: "名"), fact(.volunteers, "12人次", value: 12, unit: "人次")]).isConflict)
}

@Test func differentReadingsOfOneThingAreAConflict() {
  let cell = FigureCell([
    fact(.volunteers, "千余名", qualifier: .moreThan, value: 1000, line: 5),
    fact(.volunteers, "1500余名", qualifier: .moreThan, value: 1500, line: 5),
  ])
  #expect(cell.isConflict)
  #expect(cell.figures.map(\.text) == ["1,000余", "1,500余"])
}

@Test(arguments: [
  (Qualifier.exact, "104个", 104.0, "#,##0", "104"),
  (.moreThan, "千余名", 1000, ##"#,##0"余""##, "1,000余"),
  (.moreThan, "超50000小时", 50000, ##""超"#,##0"##, "超50,000"),
  (.moreThan, "200多家", 200, ##"#,##0"多""##, "200多"),
  (.nearly, "近千名", 1000, ##""近"#,##0"##, "近1,000"),
  (.atLeast, "不少于2000元", 2000, ##""不少于"#,##0"##, "不少于2,000"),
  (.about, "约4.5公里", 4.5, ##""约"#,##0"##, "约4.5"),
  (.lessThan, "不到8分钟", 8, ##""不到"#,##0"##, "不到8"),
])
func qualifierKeepsItsWordInTextAndNumberFormat(
  qualifier: Qualifier, surface: String, value: Double, format: String, text: String
) {
  let figure = FigureCell([fact(.other, surface, qualifier: qualifier, value: value)]).leading!
  #expect(figure.cellValue == value)
  #expect(figure.style.numberFormat() == format)
  #expect(figure.text == text)
}

@Test func rangeKeepsBothEnds() {
  let figure = FigureCell([fact(.other, "15万元～30万元", qualifier: .range, low: 150000, high: 300000, unit: "元")]).leading!
  #expect(figure.cellValue == 150000)
  #expect(figure.text == "150,000～300,000")
}

/// Source order is file then line; facts of one line keep their text order (高考 49个 before 中考 27个).
@Test func factsOfOneLineKeepTheirTextOrder() {
  let facts = [
    fact(.stations, "49个", value: 49, file: "b.txt", line: 26), fact(.stations, "27个", value: 27, file: "b.txt", line: 26),
    fact(.stations, "10个", value: 10, file: "a.txt", line: 90), fact(.stations, "5个", value: 5, file: "b.txt", line: 3),
  ]
  #expect(facts.sorted(by: Fact.sourceOrder).map(\.surface) == ["10个", "5个", "49个", "27个"])
}
