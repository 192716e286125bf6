// The activity findings as sentences: the commonest types, their reach and their participants.
import Analysis
import Extraction

/// Sentences built from the type table; articles without a head count are counted, not summed as 0.
struct ActivityFindings {
  let summary: ActivityTypeSummary
  let articleCount: Int
  let language: Language

  /// Types described one by one in the findings.
  static let describedTypes = 5

  var sentences: [String] {
    let l = language
    guard !summary.rows.isEmpty else { return [] }
    var out = [l(
      "\(articleCount) 篇文章分属 \(summary.rows.count) 类活动（一篇文章可属多类）。",
      "\(articleCount) articles fall into \(summary.rows.count) activity types (an article may have several).")]
    for row in summary.rows.prefix(Self.describedTypes) {
      var sentence = l.activity(row.label) + l.colon + l.articles(row.articles)
      if !row.places.isEmpty { sentence += l("，涉及\(Scope.list(row.places))", ", in \(Scope.list(row.places, separator: ", "))") }
      if row.articlesWithParticipants > 0 {
        let low = Phrases.number(row.participantsLow)
        let hasLow = row.participantFacts.contains { $0.low != nil }
        let range: String =
          switch (hasLow, row.participantsHigh) {
          case (true, let high?) where Phrases.number(high) == low: l("\(low) 人", "\(low) people")
          case (true, let high?): l("\(low)～\(Phrases.number(high)) 人", "\(low)–\(Phrases.number(high)) people")
          case (false, let high?): l("至多 \(Phrases.number(high)) 人", "at most \(Phrases.number(high)) people")
          default: l("至少 \(low) 人", "at least \(low) people")
          }
        let (with, without) = (row.articlesWithParticipants, row.articlesWithoutParticipants)
        sentence += l("；参与人数合计 \(range)（\(with) 篇给出人数", "; participants \(range) (\(l.articles(with)) \(with == 1 ? "gives" : "give") a figure")
        sentence += without > 0 ? l("，\(without) 篇未给）", ", \(without) \(without == 1 ? "doesn't" : "don't"))") : l("）", ")")
      } else {
        sentence += l("；没有文章给出参与人数", "; no article gives a head count")
      }
      out.append(sentence + l("。", "."))
    }
    return out
  }
}
