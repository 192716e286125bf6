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

  public var recall: Double { planted == 0 ? 1 : Double(found) / Double(planted) }

  public init(planted: [PlantedFact], extracted: [Fact]) {
    var readings: Set<Reading> = []
    for fact in extracted {
      readings.insert(Reading(
        file: fact.file, line: fact.line, metric: fact.metric, low: fact.low.flatMap { Int(exactly: $0) }, high: fact.high.flatMap { Int(exactly: $0) },
        qualifier: fact.qualifier))
    }
    missed = planted.filter { fact in
      !readings.contains(Reading(
        file: fact.file, line: fact.line, metric: fact.metric, low: fact.low, high: fact.high, qualifier: fact.qualifier))
    }
    self.planted = planted.count
    found = planted.count - missed.count
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
