// Pages written in a test, parsed and read for their facts; one-article pages around a body.
import NewsCorpus
@testable import Extraction

/// The facts of every article of `page`, parsed as the file `page.txt`.
func factsOnPage(_ page: String, extractor: FactExtractor = FactExtractor()) throws -> [Fact] {
  let document = try Document.parse(bytes: Array(page.utf8), file: "page.txt")
  return document.articles.flatMap { extractor.extract($0).facts }
}

/// A page of one article: `headline`, then `body` after a `本报讯` byline.
func oneArticlePage(_ body: String, headline: String) -> String {
  "\(headline)\n\n本报讯（记者 李明）\(body)\n"
}

/// Every figure of `metric` on a page whose one article has `headline` and `body` after a
/// `本报讯` byline, as `surface@place/breakdown`.
func partsOnPage(_ body: String, _ metric: Metric, headline: String = "志愿服务情况") throws -> [String] {
  try factsOnPage(oneArticlePage(body, headline: headline))
    .filter { $0.metric == metric }
    .map { "\($0.surface)@\($0.scope.label)/\($0.subtype ?? "-")" }
}
