// The article shapes and how often a page carries each.

/// Every shape the generator writes, with its relative frequency.
enum ShapeCatalog {
  typealias Shape = @Sendable (inout Desk) -> ArticleDraft

  static let weighted: [(weight: Int, shape: Shape)] = [
    (8, CitywideExamReport.draft),
    (13, DistrictExamReport.draft),
    (14, RestStationReport.draft),
    (11, SportsContest.draft),
    (8, Matchmaking.draft),
    (10, CondolenceVisit.draft),
    (8, ModelWorkerEvent.draft),
    (7, PsychologicalCare.draft),
    (7, PlainActivity.draft),
    (6, OutsideBeijingReport.draft),
    (8, PhotoStory.draft),
  ]

  private static let totalWeight = weighted.reduce(0) { $0 + $1.weight }

  /// A shape drawn by weight.
  static func draw(_ rng: inout SplitMix64) -> Shape {
    var ticket = rng.int(0...(totalWeight - 1))
    for entry in weighted {
      if ticket < entry.weight { return entry.shape }
      ticket -= entry.weight
    }
    return weighted[0].shape
  }
}
