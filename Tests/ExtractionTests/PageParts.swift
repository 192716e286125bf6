// A one-article page built around a body, and its figures of one metric with their breakdowns.
import NewsCorpus
@testable import Extraction

/// Every figure of `metric` on a page whose one article has `headline` and `body` after a
/// `本报讯` byline, as `surface@place/breakdown`.
func partsOnPage(_ body: String, _ metric: Metric, headline: String = "志愿服务情况") throws -> [String] {
  let page = "\(headline)\n\n本报讯（记者 李明）\(body)\n"
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  return document.articles.flatMap { FactExtractor().extract($0).facts }
    .filter { $0.metric == metric }
    .map { "\($0.surface)@\($0.scope.label)/\($0.subtype ?? "-")" }
}
