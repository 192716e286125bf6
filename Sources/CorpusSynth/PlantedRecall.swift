// How many of the planted facts the pipeline found: the benchmark's check that speed cost nothing.
import Extraction

/// Planted facts matched against extracted ones.
///
/// A planted fact is found when a fact of the same file and line reads the same measure, the same
/// bounds and the same qualifier (its quote and headline may differ: they are the extractor's
/// own cut of the sentence).
public struct PlantedRecall: Hashable, Sendable {
  public var found: Int
  public var planted: Int
  /// The planted facts nobody found, in planted order.
  public var missed: [PlantedFact]

  /// Of the found facts, how many the pipeline also read the planted year, place, breakdown,
  /// running-total period and programme for: recall says a figure was found, these say it was
  /// found meaning what was planted.
  public var agreeing: Agreement

  public var recall: Double { planted == 0 ? 1 : Double(found) / Double(planted) }

  public init(planted: [PlantedFact], extracted: [Fact]) {
    var readings: [Reading: Fact] = [:]
    for fact in extracted {
      let reading = Reading(
        file: fact.file, line: fact.line, metric: fact.metric, low: fact.low.flatMap { Int(exactly: $0) },
        high: fact.high.flatMap { Int(exactly: $0) }, qualifier: fact.qualifier)
      if readings[reading] == nil { readings[reading] = fact }  // NB: the first of the same reading
    }
    var missed: [PlantedFact] = []
    var agreeing = Agreement()
    for fact in planted {
      let reading = Reading(
        file: fact.file, line: fact.line, metric: fact.metric, low: fact.low, high: fact.high, qualifier: fact.qualifier)
      guard let extracted = readings[reading] else {
        missed.append(fact)
        continue
      }
      agreeing.count(fact, extracted)
    }
    self.missed = missed
    self.agreeing = agreeing
    self.planted = planted.count
    found = planted.count - missed.count
  }

  /// Found facts that agree with what was planted, attribute by attribute.
  public struct Agreement: Hashable, Sendable {
    public var year = 0
    public var place = 0
    public var breakdown = 0
    public var period = 0
    public var programme = 0

    mutating func count(_ planted: PlantedFact, _ extracted: Fact) {
      if planted.year == extracted.year { year += 1 }
      if planted.scope == extracted.scope.label { place += 1 }
      if planted.subtype == extracted.subtype { breakdown += 1 }
      if planted.cumulative == extracted.cumulative, planted.periodStart == extracted.periodStart,
        planted.periodEnd == extracted.periodEnd
      {
        period += 1
      }
      if planted.programme == extracted.programme { programme += 1 }
    }
  }

  /// What must agree between a planted and an extracted fact.
  struct Reading: Hashable {
    var file: String
    var line: Int
    var metric: Metric
    var low: Int?
    var high: Int?
    var qualifier: Qualifier
  }
}
