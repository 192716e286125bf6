// Stations a clause says are built into a host of one kind (`依托加油站建设`) are that host's part.
import Testing
@testable import Extraction

/// The host a station figure's clause names is its part, with no 其中, and the host's own words
/// (`网点`) rule nothing out; what relies on the stations themselves names no host, and a list of
/// hosts is `ListedItems`'s.
@Test(arguments: [
  ("房山区依托加油站建设驿站２３家。", ["23家@依托加油站建设"]),
  ("怀柔区依托银行网点建设驿站十余个。", ["十余个@依托银行网点建设"]),
  ("通州区驿站共186个，依托社区（村）服务站的53个。", ["186个@-", "53个@依托社区(村)服务站"]),
  ("怀柔区依托区内9家暖心驿站为考生家长提供避暑服务。", ["9家@-"]),
  ("区总工会走访银行网点20家。", [String]()),
])
func stationsBuiltIntoAHostAreItsPart(sentence: String, expected: [String]) throws {
  let stations = try factsOnPage(oneArticlePage(sentence, headline: "驿站建设")).filter { $0.metric == .stations }
  #expect(stations.map { "\($0.surface)@\($0.subtype ?? "-")" } == expected)
}

@Test(arguments: [
  ("依托加油站建设驿站", "依托加油站建设"), ("其中依托银行网点建设的有", "依托银行网点建设"), ("依托商超、便利店的", nil),
  ("依托区内", nil), ("依托", nil), ("依托12家", nil),
])
func aHostsLabelRunsThroughItsVerbOrUpToItsMark(words: String, label: String?) {
  #expect(HostedPart.label(before: Array(words.unicodeScalars)[...]) == label)
}
