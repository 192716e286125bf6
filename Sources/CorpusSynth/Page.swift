// One synthetic page dump: one day of one year, its layout and typography, about 20 articles.

/// Writes page `index` of a corpus: its text and the facts planted in it.
enum Page {
  static func write(index: Int, articles: Int, rng: SplitMix64) -> (bytes: [UInt8], facts: [PlantedFact]) {
    var rng = rng
    let year = rng.int(2015...2030)
    let layout = PageLayout.draw(&rng)
    let type = Typography.draw(&rng)
    var writer = PageWriter(
      file: SyntheticCorpus.pageName(index), layout: layout, type: type, rng: rng.fork(1))
    for article in 0..<articles {
      var desk = Desk(
        rng: rng.fork(UInt64(article) + 2), type: type, year: year,
        // NB: the page's first story states its year, so 今年 and 近日 resolve everywhere on it; the
        // corpus's first story also states the programme's start year, so 连续第N年 resolves.
        statesYear: article == 0, statesProgrammeStart: index == 0 && article == 0)
      let shape: ShapeCatalog.Shape = desk.statesProgrammeStart ? CitywideExamReport.draft : ShapeCatalog.draw(&desk.rng)
      writer.write(shape(&desk))
    }
    return (writer.page.bytes, writer.facts)
  }
}
