import Foundation
import Testing
@testable import Extraction

/// Article places and activity types on the seeds against Fixtures/gold/articles.jsonl.
@Suite struct GoldArticleTests {
  /// The gold's label for a scope: districts by name, `全市`, and `京外` for any place outside Beijing.
  static func label(_ scope: Scope) -> String {
    if case .outside = scope { return "京外" }
    return scope.label
  }

  /// Gold rows paired with the article whose lines hold the gold's first body line.
  static func pairs() throws -> [([String: Any], ArticleRecord?)] {
    let segmentation = try SeedModel.gold("segmentation")
    return try SeedModel.gold("articles").enumerated().map { index, gold in
      let firstBody = segmentation[index]["first_body_line"] as! Int
      // The innermost article holding that line: a title printed far from its text can make an
      // article's line range enclose another's.
      let article = SeedModel.model.articles.filter {
        $0.file == gold["file"] as! String && ($0.lineStart...$0.lineEnd).contains(firstBody)
      }.max { $0.lineStart < $1.lineStart }
      return (gold, article)
    }
  }

  @Test func districtsAndPrimaryTypes() throws {
    let pairs = try Self.pairs()
    var placesRight = 0
    var typesRight = 0
    for (gold, article) in pairs {
      let places = Set((article?.places ?? []).map(Self.label))
      if places == Set(gold["districts"] as! [String]) { placesRight += 1 } else {
        print("  places: \(gold["file"]!) \(gold["headline"]!) gold \(gold["districts"]!) got \(places.sorted())")
      }
      if article?.primaryType == gold["primary_type"] as? String { typesRight += 1 } else {
        print("  type: \(gold["file"]!) \(gold["headline"]!) gold \(gold["primary_type"]!) got \(article?.activityTypes ?? [])")
      }
    }
    let placeAccuracy = Double(placesRight) / Double(pairs.count)
    let typeAccuracy = Double(typesRight) / Double(pairs.count)
    print("article districts accuracy \(String(format: "%.3f", placeAccuracy)) (\(placesRight)/\(pairs.count)), primary activity type accuracy \(String(format: "%.3f", typeAccuracy)) (\(typesRight)/\(pairs.count))")
    #expect(placeAccuracy >= 0.9)
    #expect(typeAccuracy >= 0.9)
  }
}
