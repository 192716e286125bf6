// Segmentation and years of every seed file against the hand-made gold.
import Foundation
import Testing
@testable import NewsCorpus

/// One gold article: `{"file", "headline", "first_body_line", "last_body_line", "year", "year_note"}`.
struct GoldArticle: Decodable {
  var file: String
  var headline: String
  var first_body_line: Int
  var last_body_line: Int
  var year: Int?
}

enum Seeds {
  /// The repository root: three levels up from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let folder = root.appendingPathComponent("seeds").path

  static func gold() throws -> [GoldArticle] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/gold/segmentation", withExtension: "jsonl"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").map { try JSONDecoder().decode(GoldArticle.self, from: Data($0.utf8)) }
  }

  /// Headline comparison key: normalised, with letter-spacing, spaces and punctuation removed.
  static func key(_ headline: String) -> String {
    String(String.UnicodeScalarView(Array(headline.unicodeScalars).compactMap { scalar -> Unicode.Scalar? in
      let folded = scalar.properties.isWhitespace || scalar.properties.generalCategory.isPunctuation ? nil : scalar
      return folded.map { Unicode.Scalar($0.value >= 0xFF10 && $0.value <= 0xFF5E ? $0.value - 0xFEE0 : $0.value)! }
    }))
  }
}

extension Unicode.GeneralCategory {
  var isPunctuation: Bool {
    switch self {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .otherSymbol:
      return true
    default: return false
    }
  }
}

@Test func segmentationAndYearsMatchTheGold() throws {
  let gold = try Seeds.gold()
  let corpus = try Corpus.load(from: Seeds.folder)
  #expect(corpus.diagnostics.isEmpty)
  let predicted = corpus.articles
  var matchedGold = Set<Int>()
  var matchedPredicted = 0
  var yearsRight = 0
  for article in predicted {
    let file = URL(fileURLWithPath: article.file).lastPathComponent
    guard let headline = article.headline, let body = article.bodyLines else { continue }
    let candidates = gold.indices.filter { index in
      let g = gold[index]
      let (a, b) = (Seeds.key(headline), Seeds.key(g.headline))
      return !matchedGold.contains(index) && g.file == file && !a.isEmpty && (a.contains(b) || b.contains(a))
        && abs(g.first_body_line - body.lowerBound) <= 1 && abs(g.last_body_line - body.upperBound) <= 1
    }
    guard let index = candidates.first else {
      print("unmatched: \(file) \(headline) \(body)")
      continue
    }
    matchedGold.insert(index)
    matchedPredicted += 1
    if gold[index].year == article.year { yearsRight += 1 } else {
      print("year: \(file) \(headline): gold \(gold[index].year.map(String.init) ?? "null"), got \(article.year.map(String.init) ?? "null")")
    }
  }
  for index in gold.indices where !matchedGold.contains(index) {
    print("missed: \(gold[index].file) \(gold[index].headline) \(gold[index].first_body_line)-\(gold[index].last_body_line)")
  }
  let precision = Double(matchedPredicted) / Double(max(predicted.count, 1))
  let recall = Double(matchedGold.count) / Double(gold.count)
  // Year accuracy over all gold articles (a missed article counts as a wrong year).
  let yearAccuracy = Double(yearsRight) / Double(gold.count)
  print(String(format: "segmentation precision %.3f (%d/%d), recall %.3f (%d/%d), year accuracy %.3f (%d/%d)",
    precision, matchedPredicted, predicted.count, recall, matchedGold.count, gold.count, yearAccuracy, yearsRight, gold.count))
  #expect(precision >= 0.9)
  #expect(recall >= 0.9)
  #expect(yearAccuracy >= 0.9)
}
