// A list of places after a lead-in that names nothing breaks down the figure of the sentence before.
import Testing
@testable import Extraction

@Test(arguments: [
  // The first figure of the sentence before, not the change after it; the list runs past semicolons.
  ("截至今年5月底，全市户外劳动者服务站点达到2846家，比去年同期增加312家。各区情况如下：朝阳区：312家；海淀区：268家。",
   Metric.stations, ["2846家@全市/-", "312家@全市/新增", "312家@朝阳区/-", "268家@海淀区/-"]),
  // A total of new ones is broken down as new ones.
  ("今年全市新建驿站50家。具体分布如下：朝阳区12家，海淀区9家。", .stations,
   ["50家@全市/新增", "12家@朝阳区/新增", "9家@海淀区/新增"]),
  // A lead-in that says from which side the list looks may end with a comma.
  ("今年全市设立伴考服务站点120个。分区来看，东城区12个，西城区15个，朝阳区30个。", .stations,
   ["120个@全市/-", "12个@东城区/-", "15个@西城区/-", "30个@朝阳区/-"]),
  ("今年全市设立伴考服务站点120个。分区域看，东城区12个；西城区15个。", .stations,
   ["120个@全市/-", "12个@东城区/-", "15个@西城区/-"]),
  // Rows a line each under a lead-in that ends its paragraph.
  ("全市共建成驿站2846家，比去年增加312家。各区情况如下：\n\n朝阳区 312家\n\n海淀区 268家", .stations,
   ["2846家@全市/-", "312家@全市/新增", "312家@朝阳区/-", "268家@海淀区/-"]),
])
func aListAfterALeadInThatNamesNothingBreaksDownTheTotalBefore(
  _ body: String, _ metric: Metric, _ expected: [String]
) throws {
  #expect(try partsOnPage(body, metric) == expected)
}

@Test(arguments: [
  // A lead-in that names a noun of its own counts that noun (企业 is no station).
  ("全市驿站达到2846家。参与共建的企业如下：朝阳区：312家。", Metric.stations, ["2846家@全市/-"]),
  // Two sentences between the total and the lead-in: no list of the total.
  ("全市驿站达到2846家。驿站服务不断升级。各区情况如下：朝阳区：312家。", .stations, ["2846家@全市/-"]),
  // Another measure word counts something else.
  ("全市驿站达到2846家。各区情况如下：朝阳区：312个。", .stations, ["2846家@全市/-"]),
  // A clause before a comma that says no viewpoint (目前) leads in no list.
  ("全市驿站达到2846家。目前，朝阳区312家，海淀区268家。", .stations, ["2846家@全市/-"]),
  // Rows a line each after a total of new ones are left unread, not read as the districts' stock.
  ("今年全市新建驿站50家。具体分布如下：\n\n朝阳区 12家\n\n海淀区 9家", .stations, ["50家@全市/新增"]),
])
func otherListsAfterALeadInAreNotTheTotals(_ body: String, _ metric: Metric, _ expected: [String]) throws {
  #expect(try partsOnPage(body, metric) == expected)
}
