// A figure said of "this number" counts what the figure before it counts.
import Testing
import NewsCorpus
@testable import Extraction

@Test func aFigureOfThisNumberCountsWhatTheFigureBeforeItCounts() throws {
  let page = """
    北京晚报 2017年6月28日

    驿站

    　　本报讯（记者 李明）去年全年，驿站服务户外劳动者超过20万人次；今年前5个月，这一数字已达15.6万人次。
    　　去年全市有志愿者1200名。今年，这个数字增加到1500名。
    　　今年，这一数字还将继续增长，预计达到2000名。
    """
  let found = try factsOnPage(page).map { "\($0.surface):\($0.metric.rawValue)/\($0.year.map(String.init) ?? "-")" }
  // The figure of a plan stays out, "this number" or not.
  #expect(found == [
    "超过20万人次:people_served/2016", "15.6万人次:people_served/2017", "1200名:volunteers/2016", "1500名:volunteers/2017",
  ])
}

@Test func noPointerNoAntecedent() {
  let text = Array("今年前5个月，已达15.6万人次".unicodeScalars)
  let quantity = QuantityParser.quantities(in: text).last!
  #expect(ThisFigure.antecedent(of: quantity, clause: 0..<text.count, in: text, paragraph: [], before: []) == nil)
}
