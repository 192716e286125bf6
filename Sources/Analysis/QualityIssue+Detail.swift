// What a 数据质量 row says is wrong: kept as data, worded in the report's language when written.
import Extraction
import NewsCorpus

extension QualityIssue {
  /// The detail of one row, by the kind of problem.
  public enum Detail: Hashable, Sendable {
    /// Sources disagree: every reading with its first sources.
    indirect case conflict(Conflict)
    /// The loader's message, as `corpus` prints it (in English in both languages).
    case input(String)
    /// The article's flags of the row's kind.
    case flags(ArticleFlagGroup)
    /// Why the article's year is unknown.
    indirect case unknownYear(YearEvidence)
  }

  /// The detail in `l`: `第57、59行整段重复前文，只计一次` / `lines 57, 59 repeat earlier text, counted once`.
  public func detail(_ l: Language) -> String {
    switch detail {
    case .conflict(let conflict): conflict.subject.label(l) + l("：", ": ") + conflict.summary(l)
    case .input(let message): message
    case .flags(let group): group.detail(l)
    case .unknownYear(let evidence): l.yearEvidence(evidence, year: nil)
    }
  }
}
