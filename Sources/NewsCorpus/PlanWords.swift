// Words that say something is planned, expected or aimed at: what they speak of has not happened.

/// The plan words both readings share: a year in a sentence that plans may lie ahead
/// (`YearResolver`), and a figure after one counts nothing yet (`PlannedFigure` in Extraction).
public enum PlanWords {
  public static let words = ["计划", "规划", "预计", "预期", "力争", "争取", "目标", "届时", "有望"]
}
