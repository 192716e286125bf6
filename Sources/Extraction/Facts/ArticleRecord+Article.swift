// Building an article's record from the segmenter's article and the extraction's findings.
import Foundation
import NewsCorpus

extension ArticleRecord {
  /// The record of `article`, of the file named `file` (its path's last part).
  init(_ article: Article, file: String, places: [Scope], classification: ActivityClassification) {
    self.init(
      file: file, lineStart: article.lineStart, lineEnd: article.lineEnd, kicker: article.kicker,
      headline: article.headline, subtitle: article.subtitle, reporters: article.byline.reporters,
      correspondents: article.byline.correspondents, photographers: article.byline.photographers,
      authorUnit: article.byline.unit, year: article.year,
      yearEvidence: article.yearEvidence,
      flags: article.flags.map { ArticleFlag($0.kind, line: $0.line) }, places: places,
      activityTypes: classification.labelNames.isEmpty ? [classification.primary] : classification.labelNames,
      cues: Dictionary(uniqueKeysWithValues: classification.labels.map { ($0.label, $0.cues.map(\.cue)) }),
      paragraphCount: article.paragraphs.count)
  }
}
